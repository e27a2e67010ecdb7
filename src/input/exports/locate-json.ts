/**
 * Where each value of a JSON text starts and ends, by JSON Pointer ("/Dagsordenpunkter/3/Navn").
 * Why: JSON.parse gives values but no offsets, and an export's items must point
 * at their lines in the file. The scan assumes text JSON.parse has accepted, and
 * recurses once per level of nesting (exports are a few levels deep).
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
  const value = (pointer: string): void => {
    skipSpace()
    const start = i
    const ch = text[i]
    if (ch === '"') readString()
    else if (ch === '{' || ch === '[') {
      i++
      let index = 0
      for (;;) {
        skipSpace()
        if (text[i] === '}' || text[i] === ']') {
          i++
          break
        }
        if (text[i] === ',') {
          i++
          skipSpace()
        }
        if (ch === '{') {
          const key = readString()
          skipSpace()
          i++ // the colon
          value(`${pointer}/${escapePointer(key)}`)
        } else value(`${pointer}/${index++}`)
      }
    } else {
      while (i < text.length && !WHITESPACE.has(text[i]!) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++
    }
    spans.set(pointer, { start, end: i })
  }
  value('')
  return spans
}
