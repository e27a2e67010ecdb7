import { SUSPENDED_HYPHEN_NEXT } from '../split/lexicon.js'

/** How many blank lines a page break may leave between the halves of a word. */
const MAX_GAP = 8
const ENDS_IN_BROKEN_WORD = /(?<![\s\-])(\p{Ll}{2,})-$/u
const STARTS_LOWER = /^(\p{Ll}[\p{L}]*)/u

function joinNext(out: string[], i: number): boolean {
  const line = out[i]!.trimEnd()
  // Test only the tail: the pattern scanned over a 1 MB line would be quadratic.
  if (!line.endsWith('-') || !ENDS_IN_BROKEN_WORD.test(line.slice(-64))) return false
  let j = i + 1
  while (j < out.length && j - i <= MAX_GAP && out[j]!.trim() === '') j++
  if (j >= out.length || j - i > MAX_GAP) return false
  const next = out[j]!.trim()
  const word = STARTS_LOWER.exec(next)?.[1]
  if (!word || SUSPENDED_HYPHEN_NEXT.test(word)) return false
  // Only the rest of the word (with its punctuation) moves up; the line keeps the
  // rest, so a wrapped paragraph gets no blank line in its middle.
  const token = /^\S+/u.exec(next)![0]
  out[i] = line.slice(0, -1) + token
  out[j] = next.slice(token.length).trimStart()
  return true
}

/**
 * Joins words split across a line or page break ("botilbudskapacite-" … "ten.").
 * The rest of the word moves up onto the first line, so line numbers hold.
 * Suspended hyphens ("Social- og") are kept: the next word is a
 * conjunction, or the continuation does not start in lower case.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out = [...lines]
  for (let i = 0; i < out.length; i++) {
    // A joined line may end in a broken word again: keep joining, so that a second
    // pass finds nothing left to do.
    while (joinNext(out, i));
  }
  return out
}

// Anchored at a word start so a long run of letters is scanned once, not once per letter.
const INLINE_BREAK = /(?<!\p{L})(\p{L}+)(?<=\p{Ll})-(\p{Ll}+)/gu

/**
 * Repairs hyphens left inside a word by an earlier line break ("prin-cipper"),
 * but only where the joined word occurs elsewhere in the same document.
 * Why the document's own vocabulary: Danish writes many real hyphens between
 * lower-case letters (handicap-og, børne-ungeområdet); only a word the text also
 * spells whole is certainly a broken one.
 */
export function repairInlineHyphens(lines: string[]): string[] {
  const vocabulary = new Set<string>()
  for (const line of lines) {
    for (const word of line.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(word)
  }
  return lines.map((line) =>
    line.includes('-')
      ? line.replace(INLINE_BREAK, (whole, left: string, right: string) => {
          if (SUSPENDED_HYPHEN_NEXT.test(right)) return whole
          return vocabulary.has((left + right).toLowerCase()) ? left + right : whole
        })
      : line
  )
}
