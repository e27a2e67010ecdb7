/**
 * Which of an item's decision sections is this meeting's, by who decided and when:
 * an item may carry the committee's and the council's decision, a case history of
 * earlier meetings' decisions, or an outside body's ruling ("Afgørelse fra
 * Byggeklageenheden"). The heading's organ and date are weighed against the
 * meeting's body and date; the text's own subject ("Økonomiudvalget anbefaler …")
 * breaks a tie; the section order decides the rest.
 */
import { DECISION_HEADING_ORGAN, DECISION_SUBJECT, GENERIC_ORGAN, HEADING_SMALL_WORDS, SIGNATURE_LINE } from '../lexicon/index.js'
import { parseDate } from './date.js'

export interface DecisionBlock {
  readonly heading: string
  readonly text: string
}

/** What the choice needs of the meeting: the deciding body and the day. */
export interface DecidingMeeting {
  readonly body: string | null
  readonly date: string | null
}

/**
 * Whether a block says something: letters or digits, and not opening with a
 * signature line ("." and "Referat vedtaget af:" with the names under it are empty).
 */
export function hasDecisionText(text: string): boolean {
  const first = text.split('\n').find((line) => /[\p{L}\d]/u.test(line))
  return first !== undefined && !SIGNATURE_LINE.test(first.trim().toLowerCase())
}

/** An all-capitals heading as it would be printed in mixed case: names capitalised, small words not. */
function asPrinted(heading: string): string {
  if (/\p{Ll}/u.test(heading)) return heading
  return heading.toLowerCase().split(' ').map((word) => (HEADING_SMALL_WORDS.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ')
}

/** The organ a decision heading names, or null ("Beslutning", "Udvalgets beslutning"). */
export function headingOrgan(heading: string): string | null {
  const found = DECISION_HEADING_ORGAN.exec(asPrinted(heading.trim().replace(/\s*:$/u, '')))
  const organ = (found?.[1] ?? found?.[2] ?? '').trim()
  return organ === '' || GENERIC_ORGAN.test(organ) ? null : organ
}

const STOP_WORDS = new Set(['og', 'for', 'i', 'af', 'til'])
const wordsOf = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word !== '' && !STOP_WORDS.has(word))
/** Two forms of one word: "byrådets" and "byråd", "udvalget" and "udvalgets" (genitive and definite endings). */
const sameWord = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 2 && long.startsWith(short) && long.length - short.length <= 3
}

/** Whether an organ's name is the meeting body's: every word of one stands in the other ("Byrådets" in "Greve Byråd"). */
export function isSameOrgan(organ: string, body: string): boolean {
  const a = wordsOf(organ)
  const b = wordsOf(body)
  if (a.length === 0 || b.length === 0) return false
  const within = (xs: string[], ys: string[]): boolean => xs.every((x) => ys.some((y) => sameWord(x, y)))
  return within(a, b) || within(b, a)
}

/** How well a block fits the meeting: its heading's date and organ, then the text's subject. */
function fit(block: DecisionBlock, meeting: DecidingMeeting): number {
  let score = 0
  const date = parseDate(block.heading)
  if (date && meeting.date) score += date === meeting.date ? 4 : -8
  const organ = headingOrgan(block.heading)
  if (organ && meeting.body) score += isSameOrgan(organ, meeting.body) ? 2 : -8
  const subject = DECISION_SUBJECT.exec(block.text.trim())?.[1]
  if (subject && meeting.body && !GENERIC_ORGAN.test(subject)) score += isSameOrgan(subject, meeting.body) ? 1 : -2
  return score
}

/**
 * The index of this meeting's decision among an item's decision blocks (see the
 * module comment), -1 for none. Blocks without text never count. Of equal fits the
 * last wins: earlier treatments are printed first.
 */
export function chooseDecisionIndex(blocks: readonly DecisionBlock[], meeting: DecidingMeeting | string | null): number {
  const held: DecidingMeeting = typeof meeting === 'string' || meeting === null ? { body: null, date: meeting } : meeting
  let best = -1
  let bestFit = -Infinity
  for (const [index, block] of blocks.entries()) {
    if (!hasDecisionText(block.text)) continue
    const score = fit(block, held)
    if (score >= bestFit) {
      best = index
      bestFit = score
    }
  }
  return best
}
