/**
 * Votes, unanimity and dissent in a decision text, in the forms Danish minutes use:
 * the Folketing's "For stemte 57 (S, V og M), imod stemte 50 (…), hverken for eller
 * imod stemte 0", a committee's "For: A, C, V" / "Imod: Ø og F på punkt 3 og 4" /
 * "Mette Berg (A) stemte imod med bemærkning om …" / "Jens Holm tog forbehold", an
 * association's "Enstemmigt vedtaget". Pure: text in, fields out; never throws.
 */
import type { Dissent, Votes, VoteSide } from '../schema/document.js'
import { MAJORITY, UNANIMOUS, VOTE_CORRECTION, VOTE_LABEL_OPENERS, VOTE_LABELS, VOTE_VERBS, type VoteSideName } from '../lexicon/index.js'
import { firstEndingAfter, foldText, sentenceSpans, spanAt, type Span } from './sentences.js'
import { voteLabelSegment } from './vote-segment.js'
import { dissentOf, MAX_DISSENT_TEXT, sentenceText, unique } from './dissent.js'
import { votersBefore, type Voter } from './voters.js'
import { talliesOf } from './vote-tally.js'
import { matchesOf } from './matches-of.js'

export interface VoteFacts {
  readonly unanimous: boolean | null
  readonly votes: Votes | null
  readonly dissent: Dissent[]
  /** The text after the last recorded vote (where its result is said), or null without one. */
  readonly afterVote: string | null
  /** Those who voted for: the dissent where the proposal was rejected (see dissentForOutcome). */
  readonly forVoters: Dissent[]
  /** A count was corrected ("Rettelse: …", "Efter fornyet optælling …"): the last count stands. */
  readonly corrected: boolean
}

interface Side {
  count: number | null
  voters: Voter[]
}
type Record = Partial<Readonly<{ [side in VoteSideName]: Side }>>

interface Label {
  readonly side: VoteSideName
  readonly start: number
  readonly end: number
}

/** Matches of a label pattern that start a clause (see VOTE_LABELS). */
function* atClauseStart(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text[match.index - 1]
    if (before === undefined || VOTE_LABEL_OPENERS.test(before)) yield match
    // Not a clause start: look again one character on, as a lookbehind would have.
    else pattern.lastIndex = match.index + 1
  }
}

/** Every vote label, overlaps resolved: "hverken for eller imod stemte" wins over its "imod stemte". */
function labelsOf(text: string): Label[] {
  const found: Label[] = []
  for (const [side, pattern] of VOTE_LABELS) {
    for (const match of atClauseStart(text, pattern)) found.push({ side, start: match.index, end: match.index + match[0].length })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Label[] = []
  // Sorted by start, longest first: a label overlaps a kept one only if it starts before the last kept ends.
  for (const label of found) if (label.start >= (kept.at(-1)?.end ?? 0)) kept.push(label)
  return kept
}

/** Whether [start, end) overlaps a label (labels sorted and disjoint). */
function insideLabel(labels: readonly Label[], start: number, end: number): boolean {
  const first = firstEndingAfter(labels, start)
  return first < labels.length && labels[first]!.start < end
}

const STANCE_OF: Readonly<{ [side in VoteSideName]: Dissent['stance'] | null }> = { for: null, against: 'against', abstain: 'abstain' }

function toSide(side: Side | undefined): VoteSide {
  const names = [...new Set((side?.voters ?? []).flatMap((voter) => (voter.name ? [voter.name] : [])))]
  const parties = [...new Set((side?.voters ?? []).flatMap((voter) => (!voter.name && voter.party ? [voter.party] : [])))]
  return { count: side?.count ?? null, parties, names }
}

/** Reads the vote fields off a decision text (see the module comment). */
export function readVotes(raw: string): VoteFacts {
  const text = foldText(raw)
  // Sentences are split only for a text that records a vote: most decisions do not.
  let spans: Span[] | undefined
  const sentence = (at: number): Span => spanAt((spans ??= sentenceSpans(text)), at) ?? { start: 0, end: text.length }
  const labels = labelsOf(text)
  const records: Record[] = []
  const dissent: Dissent[] = []
  let lastVoteEnd = -1
  let current: { [side in VoteSideName]?: Side } = {}
  let labelDissent: Dissent[] = []
  let forDissent: Dissent[] = []
  const forVoters: Dissent[] = []
  let recordStart = -1
  let votesCounted = 0
  // Labels that gave voters; one that gave none ("stemte imod Ø's forslag") leaves its verb to the verb reader.
  const read: Label[] = []
  for (const [i, label] of labels.entries()) {
    const segment = voteLabelSegment(text, label.end, labels[i + 1]?.start ?? text.length)
    if (segment.count === null && segment.voters.length === 0) continue
    read.push(label)
    if (current[label.side]) {
      records.push(current)
      current = {}
      labelDissent = []
      forDissent = []
    }
    if (Object.keys(current).length === 0) {
      recordStart = label.start
      votesCounted++
    }
    current[label.side] = { count: segment.count, voters: segment.voters }
    const stance = STANCE_OF[label.side]
    const around = sentence(label.start)
    // The whole sentence says what the vote was on, unless it runs on (then the label's own clause).
    const clause = around.end - around.start > MAX_DISSENT_TEXT ? { start: label.start, end: segment.end } : { start: around.start, end: Math.max(around.end, segment.end) }
    if (stance) labelDissent.push(...dissentOf(segment.voters, stance, sentenceText(text, clause)))
    else forDissent.push(...dissentOf(segment.voters, 'for', sentenceText(text, clause)))
    lastVoteEnd = Math.max(lastVoteEnd, segment.end, around.end)
  }
  if (Object.keys(current).length > 0) records.push(current)
  dissent.push(...labelDissent)
  forVoters.push(...forDissent)

  // Verbs after their voters, first pattern first where two cover the same words.
  const verbSides: { [side in VoteSideName]?: Side } = {}
  // Verbs overlapping each other start at the same blank ("stemte imod med følgende mindretalsudtalelse").
  const taken = new Set<number>()
  for (const [stance, pattern] of VOTE_VERBS) {
    for (const match of matchesOf(text, pattern)) {
      const start = match.index
      if (taken.has(start) || insideLabel(read, start, start + match[0].length)) continue
      taken.add(start)
      const around = sentence(start)
      const { count, voters } = votersBefore(text.slice(around.start, start))
      if (voters.length === 0 && count === null) continue
      const side: VoteSideName | null = stance === 'for' ? 'for' : stance === 'abstain' ? 'abstain' : stance === 'reservation' ? null : 'against'
      if (side) {
        const known = verbSides[side] ?? { count: null, voters: [] }
        verbSides[side] = { count: known.count ?? count, voters: [...known.voters, ...voters] }
      }
      if (stance !== 'for') dissent.push(...dissentOf(voters, stance, sentenceText(text, around)))
      else forVoters.push(...dissentOf(voters, 'for', sentenceText(text, around)))
    }
  }

  const tallies = talliesOf(text)
  const tally = tallies.at(-1)
  votesCounted += tallies.length
  // A label record is the vote; verbs add the sides it leaves out ("V og A undlader.").
  let chosen: { [side in VoteSideName]?: Side } = { ...verbSides, ...records.at(-1) }
  if (tally) {
    // The tally's counts, with the voters the verbs named ("Jens Bo (Ø) stemte imod");
    // a tally after the labelled vote is its correction, and its counts stand.
    const later = tally.start > recordStart
    const merge = (side: Side | undefined, n: number | null): Side | undefined =>
      n === null ? side : { count: later ? n : side?.count ?? n, voters: side?.voters ?? [] }
    chosen = { for: merge(chosen.for, tally.for), against: merge(chosen.against, tally.against), abstain: merge(chosen.abstain, tally.abstain) }
    lastVoteEnd = Math.max(lastVoteEnd, sentence(tally.start).end)
  }
  const votes: Votes | null = chosen.for || chosen.against || chosen.abstain
    ? { for: toSide(chosen.for), against: toSide(chosen.against), abstain: toSide(chosen.abstain) }
    : null
  return {
    unanimous: unanimity(text, votes, dissent), votes, dissent: unique(dissent), afterVote: lastVoteEnd < 0 ? null : text.slice(lastVoteEnd).trim(),
    forVoters: unique(forVoters), corrected: votesCounted > 1 && VOTE_CORRECTION.test(text)
  }
}

/** true for "enstemmigt" or a vote with none against or abstaining; false where dissent is recorded. */
function unanimity(text: string, votes: Votes | null, dissent: readonly Dissent[]): boolean | null {
  const opposed = (side: VoteSide): boolean => (side.count ?? 0) > 0 || side.parties.length > 0 || side.names.length > 0
  if (dissent.some((entry) => entry.stance !== 'reservation')) return false
  if (votes && (opposed(votes.against) || opposed(votes.abstain))) return false
  if (MAJORITY.test(text)) return false
  if (UNANIMOUS.test(text)) return true
  if (votes && votes.against.count === 0 && (votes.abstain.count ?? 0) === 0 && (votes.for.count ?? 0) > 0) return true
  return null
}
