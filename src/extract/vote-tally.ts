/**
 * Counted votes written as a sentence rather than under labels: "vedtaget med 31
 * stemmer mod 8", "med 15 stemmer for, 5 imod og 2 undlod", "27 stemte for, 9 imod",
 * "5 stemmer for / 2 stemmer imod". Where a count is given twice (a ballot, then its
 * correction) the last one is the vote.
 */
import { TALLY_REJECTED, VOTE_COUNTS, VOTE_TALLY } from '../lexicon/index.js'
import { matchesOf } from './matches-of.js'

export interface Tally {
  /** Where the tally starts and ends in the text. */
  readonly start: number
  readonly end: number
  readonly for: number
  readonly against: number
  readonly abstain: number | null
}

/** How far back the rejecting verb of a "med N stemmer mod M" tally may stand ("Forslaget blev forkastet med …"). */
const VERB_REACH = 60

const TALLY = new RegExp(VOTE_TALLY.source, 'gi')

/** Every tally in the text, in order. */
export function talliesOf(text: string): Tally[] {
  const found: Tally[] = []
  for (const match of matchesOf(text, TALLY)) {
    const first = Number(match[1])
    const second = Number(match[2])
    const abstain = match[3] === undefined ? null : Number(match[3])
    // "forkastet med 6 stemmer mod 5": the first count is the majority, here against.
    const rejected = TALLY_REJECTED.test(text.slice(Math.max(0, match.index - VERB_REACH), match.index).toLowerCase())
    const swap = rejected && !/ for\b/u.test(match[0])
    found.push({ start: match.index, end: match.index + match[0].length, for: swap ? second : first, against: swap ? first : second, abstain })
  }
  for (const match of matchesOf(text, VOTE_COUNTS)) {
    found.push({ start: match.index, end: match.index + match[0].length, for: Number(match[1]), against: Number(match[2]), abstain: match[3] === undefined ? null : Number(match[3]) })
  }
  return found.sort((a, b) => a.start - b.start)
}

