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
