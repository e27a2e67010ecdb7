import type { DecisionCore, DecisionOutcome } from '../schema/document.js'
import { DECISION_CLAUSE, DECISION_PHRASES, FALLBACK_OUTCOME_PHRASES, MAJORITY_CARRIES, OUTCOME_PHRASES, SIGNATURE_LINE } from '../lexicon/index.js'
import { anyPattern } from '../lexicon/any-pattern.js'
import { chooseDecisionIndex, type DecisionBlock, type DecidingMeeting } from './decision-choice.js'

export { chooseDecisionIndex, type DecisionBlock, type DecidingMeeting } from './decision-choice.js'

/**
 * The outcome of a decision text: the earliest lexicon phrase in it wins,
 * a longer phrase winning a tie ("Ikke godkendt" over "godkendt"); the fallback
 * phrases ("orienterede", "besluttede") only where no other phrase is found.
 */
export function decisionOutcome(text: string): DecisionOutcome {
  const lower = text.toLowerCase()
  const carried = MAJORITY_CARRIES.find(([, pattern]) => pattern.test(lower))
  if (carried) return carried[0]
  // The earliest phrase is nearly always near the start: look there first, then
  // everywhere. A window hit is only taken if it starts inside the window.
  const short = lower.length <= WINDOW + 200
  return (short ? earliest(lower, Infinity) : earliest(lower.slice(0, WINDOW + 200), WINDOW) ?? earliest(lower, Infinity))
    ?? FALLBACK_OUTCOME_PHRASES.find(([, pattern]) => pattern.test(lower))?.[0]
    ?? 'unknown'
}

const WINDOW = 1500
const PHRASES = [...DECISION_PHRASES, ...OUTCOME_PHRASES]

/**
 * Outcomes that describe how an item was handled rather than what was decided: one
 * yields to what a decision clause after it says ("udvalget drøftede sagen …
 * Udvalget besluttede herefter at udsætte sagens behandling" is postponed), and
 * stands otherwise ("Punktet blev drøftet. Sagen genoptages …" is discussed).
 */
const PROCESS_OUTCOMES: ReadonlySet<DecisionOutcome> = new Set(['discussed'])

function earliest(text: string, startsBefore: number): DecisionOutcome | undefined {
  const found = earliestPhrase(text, startsBefore)
  if (found === undefined || !PROCESS_OUTCOMES.has(found.outcome)) return found?.outcome
  DECISION_CLAUSE.lastIndex = 0
  const clause = DECISION_CLAUSE.exec(text.slice(found.at))
  const decided = clause ? earliestPhrase(text.slice(found.at + clause.index + clause[0].length), Infinity) : undefined
  return decided !== undefined && !PROCESS_OUTCOMES.has(decided.outcome) ? decided.outcome : found.outcome
}

/**
 * Every phrase in one pattern: its first match is where the earliest phrase starts, found
 * in one scan instead of one per phrase. Each phrase is then tried at that place only.
 */
const ANY_PHRASE = anyPattern(PHRASES, 'gu')
const PHRASES_AT: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = PHRASES.map(([outcome, pattern]) => [outcome, new RegExp(pattern.source, 'uy')])

export function earliestPhrase(text: string, startsBefore = Infinity): { at: number; outcome: DecisionOutcome } | undefined {
  ANY_PHRASE.lastIndex = 0
  const first = ANY_PHRASE.exec(text)
  if (!first || first.index >= startsBefore) return undefined
  // The longest phrase starting there wins ("ikke godkendt" over "godkendt"); the first listed at a tie.
  let best: { length: number; outcome: DecisionOutcome } | undefined
  for (const [outcome, pattern] of PHRASES_AT) {
    pattern.lastIndex = first.index
    const hit = pattern.exec(text)
    if (hit && (!best || hit[0].length > best.length)) best = { length: hit[0].length, outcome }
  }
  return best && { at: first.index, outcome: best.outcome }
}

/** The decision of this meeting among an item's decision blocks (see chooseDecisionIndex), or null. */
export function chooseDecision(blocks: readonly DecisionBlock[], meeting: DecidingMeeting | string | null): DecisionCore | null {
  return chooseDecisionAt(blocks, meeting)?.decision ?? null
}

/** The decision of this meeting and the index of the block it was read from (each block weighed once). */
export function chooseDecisionAt(blocks: readonly DecisionBlock[], meeting: DecidingMeeting | string | null): { decision: DecisionCore; index: number } | null {
  const index = chooseDecisionIndex(blocks, meeting)
  const chosen = blocks[index]
  if (!chosen) return null
  const text = withoutListMarkers(withoutSignature(chosen.text))
  return { decision: { text, outcome: decisionOutcome(text) }, index }
}

/**
 * A decision written as a bullet list reads as its sentences: the bullets go, the
 * line breaks stay. Numbers stay: "1. Godkendt" answers point 1 of the
 * recommendation. (The Beslutning section keeps the text as printed.)
 */
export function withoutListMarkers(text: string): string {
  return text.replace(/^[ \t]*[-•*–][ \t]+/gmu, '')
}

/**
 * A decision without the signature block printed under it ("Godkendt." then "Referat
 * vedtaget af:" and the names): the signatures approve the minutes, not the item.
 */
export function withoutSignature(text: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => SIGNATURE_LINE.test(line.trim().toLowerCase()))
  return at <= 0 ? text : lines.slice(0, at).join('\n').trimEnd()
}
