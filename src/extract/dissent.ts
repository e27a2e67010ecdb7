/**
 * Dissent entries: who did not simply agree, how, and the sentence that says so,
 * with the sub-points it concerns ("1.-4. (V) stemmer imod med bemærkning om …").
 */
import type { Dissent } from '../schema/document.js'
import type { Span } from './sentences.js'
import type { Voter } from './voters.js'

/** One entry per voter, all with the same stance and sentence. */
export const dissentOf = (voters: readonly Voter[], stance: Dissent['stance'], text: string): Dissent[] =>
  voters.map((voter) => ({ name: voter.name, party: voter.party, stance, text }))

/** Longest sentence kept whole as a label's dissent text; past it, the label's own clause is kept. */
export const MAX_DISSENT_TEXT = 600

/** Sub-point markers opening a line: "1.", "1.-4.", "2. - 6.". */
const SUB_POINT = /^\d{1,2}\.(?:\s?-\s?\d{1,2}\.)?(?=\s)/u

/**
 * The sentence at `span`, with the sub-point marker of its line in front where the
 * sentence starts mid-line ("1. Imod stemte UP. V og A undlader." → "1. V og A undlader."):
 * which sub-points a dissent concerns is part of what it says.
 */
export function sentenceText(text: string, span: Span): string {
  const sentence = text.slice(span.start, span.end).trim()
  // The line start, looked for a short way back only: a marker stands a sentence or two before.
  let lineStart = span.start
  while (lineStart > 0 && lineStart > span.start - 200 && text[lineStart - 1] !== '\n') lineStart--
  const marker = SUB_POINT.exec(text.slice(lineStart, span.start))
  return marker && !SUB_POINT.test(sentence) ? `${marker[0]} ${sentence}` : sentence
}

/** Entries said twice (the same sentence for several sub-points) kept once. */
export function unique(entries: readonly Dissent[]): Dissent[] {
  // Keyed by text first, as is: a long sentence shared by thousands of entries is never copied into a key.
  const seen = new Map<string, Set<string>>()
  return entries.filter((entry) => {
    const key = JSON.stringify([entry.name, entry.party, entry.stance])
    const keys = seen.get(entry.text) ?? new Set<string>()
    seen.set(entry.text, keys)
    return keys.has(key) ? false : (keys.add(key), true)
  })
}
