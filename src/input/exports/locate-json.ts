/**
 * Where each value of a JSON text starts and ends, by JSON Pointer ("/Dagsordenpunkter/3/Navn").
 * Why: JSON.parse gives values but no offsets, and an export's items must point
 * at their lines in the file. The scan assumes text JSON.parse has accepted; it keeps
 * its own stack of open objects and arrays, so any depth is one loop.
 */
export interface JsonSpan {
  readonly start: number
  readonly end: number
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])

const escapePointer = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1')

/** Spans of every object, array and value in a valid JSON text, keyed by pointer ('' is the root). */
export function locateJson(text: string): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>()
  let i = 0
  const skipSpace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++
  }
  const readString = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  // An explicit stack, not recursion: nesting is bounded by the budget, never by the call stack.
  interface Open { readonly pointer: string; readonly start: number; readonly object: boolean; index: number }
  const stack: Open[] = []
  /** Reads one value at `pointer`; an object or array is opened and left on the stack. */
  const value = (pointer: string): void => {
    skipSpace()
    const start = i
    const ch = text[i]
    if (ch === '{' || ch === '[') {
      i++
      stack.push({ pointer, start, object: ch === '{', index: 0 })
      return
    }
    if (ch === '"') readString()
    else while (i < text.length && !WHITESPACE.has(text[i]!) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++
    spans.set(pointer, { start, end: i })
  }
  value('')
  while (stack.length > 0 && i < text.length) {
    const open = stack.at(-1)!
    skipSpace()
    if (text[i] === '}' || text[i] === ']') {
      i++
      stack.pop()
      spans.set(open.pointer, { start: open.start, end: i })
      continue
    }
    if (text[i] === ',') {
      i++
      skipSpace()
    }
    if (open.object) {
      const key = readString()
      skipSpace()
      i++ // the colon
      value(`${open.pointer}/${escapePointer(key)}`)
    } else value(`${open.pointer}/${open.index++}`)
  }
  return spans
}
