import { ALPHABET } from '../lexicon/index.js'
/**
 * Item-number arithmetic: "2.1" follows "2" or "1.3"; "3" follows "2.6".
 * Why: without a TOC, the numbering sequence is what tells an agenda item from
 * a numbered list inside one.
 */
export function numberParts(number: string): number[] {
  return number.split('.').filter(Boolean).map(partValue)
}

/** A part's value: its number, or a letter's place in the alphabet ("C" → 3). */
function partValue(part: string): number {
  // A suffixed number ("6a", "6b") counts as its base: the letter orders items within it.
  if (/^\d+\p{Ll}$/u.test(part)) return Number(part.slice(0, -1))
  const letter = /^\p{Lu}$/u.test(part) ? ALPHABET.indexOf(part) : -1
  return letter >= 0 ? letter + 1 : Number(part)
}

/** The numbers that may come right after `last`: the next at any level, or a first child. */
export function isNextNumber(last: string | null, next: string): boolean {
  if (last === null) return true
  const a = numberParts(last)
  const b = numberParts(next)
  if (b.length === a.length + 1 && b.at(-1) === 1 && a.every((n, i) => n === b[i])) return true
  for (let depth = a.length; depth >= 1; depth--) {
    const expected = [...a.slice(0, depth - 1), a[depth - 1]! + 1]
    const child = [...expected, 1]
    if (same(b, expected) || same(b, child)) return true
  }
  return false
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i])
}

/** Whether `child` is numbered under `parent` ("2.3" under "2"). */
export function isChildNumber(parent: string, child: string): boolean {
  return child.startsWith(`${parent}.`)
}

/** "6a" → "a": the letter of a suffixed number, if any. */
const suffixOf = (number: string): string => /\d(\p{Ll})$/u.exec(number)?.[1] ?? ''

/** Whether two printed numbers are the same number ("01" and "1"; "6a" and "6 a"). */
export function isSameNumber(a: string, b: string): boolean {
  return same(numberParts(a), numberParts(b)) && suffixOf(a) === suffixOf(b)
}

/** The most numbers a chain may skip at once ("… 9, 11"): more is another run. */
const MAX_GAP = 3

/**
 * How `next` follows `last` in a run as printed: 'next' (the next number or a first child),
 * 'suffix' ("6a" after "5", "6b" after "6a", "7" after "6b"), 'repeat' (the same number
 * again), 'gap' (a few numbers skipped at the same level) or undefined (no continuation).
 * Why: real minutes skip and repeat numbers; a run that bends is still one run.
 */
export function stepOf(last: string, next: string): 'next' | 'suffix' | 'repeat' | 'gap' | undefined {
  const a = numberParts(last)
  const b = numberParts(next)
  if (a.some(Number.isNaN) || b.some(Number.isNaN)) return undefined
  const [sa, sb] = [suffixOf(last), suffixOf(next)]
  if (same(a, b)) return sa < sb ? 'suffix' : 'repeat'
  if (sb !== '' && sb !== 'a') return undefined
  if (isNextNumber(last, next)) return sb === '' ? 'next' : 'suffix'
  if (a.length < b.length) return undefined
  // The same level (or back up to a parent's level) a few numbers on.
  const depth = b.length
  const prefix = a.slice(0, depth - 1)
  const skip = b[depth - 1]! - a[depth - 1]! - 1
  return same(prefix, b.slice(0, depth - 1)) && skip >= 1 && skip <= MAX_GAP ? 'gap' : undefined
}
