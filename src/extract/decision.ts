import type { DecisionCore, DecisionOutcome } from '../schema/document.js'
import { DECISION_PHRASES, ELECTION_PHRASE, MAJORITY_CARRIES } from '../lexicon/index.js'
import { parseDate } from './date.js'

/**
 * The outcome of a decision text: the earliest lexicon phrase in it wins,
 * a longer phrase winning a tie ("Ikke godkendt" over "godkendt").
 */
export function decisionOutcome(text: string): DecisionOutcome {
  const lower = text.toLowerCase()
  const carried = MAJORITY_CARRIES.find(([, pattern]) => pattern.test(lower))
  if (carried) return carried[0]
  // The earliest phrase is nearly always near the start: look there first, then
  // everywhere. A window hit is only taken if it starts inside the window.
  const short = lower.length <= WINDOW + 200
  return (short ? earliest(lower, Infinity) : earliest(lower.slice(0, WINDOW + 200), WINDOW) ?? earliest(lower, Infinity))
    // An election is the assembly's approval of the candidate ("Agnete Moos blev genvalgt").
    ?? (ELECTION_PHRASE.test(lower) ? 'approved' : 'unknown')
}

const WINDOW = 1500

function earliest(text: string, startsBefore: number): DecisionOutcome | undefined {
  let best: { at: number; length: number; outcome: DecisionOutcome } | undefined
  for (const [outcome, pattern] of DECISION_PHRASES) {
    // exec from the start rather than matchAll, which recompiles the pattern per call.
    pattern.lastIndex = 0
    const hit = pattern.exec(text)
    if (!hit || hit.index >= startsBefore) continue
    const candidate = { at: hit.index, length: hit[0].length, outcome }
    if (!best || candidate.at < best.at || (candidate.at === best.at && candidate.length > best.length)) best = candidate
  }
  return best?.outcome
}

export interface DecisionBlock {
  readonly heading: string
  readonly text: string
}

/**
 * Which of an item's decision blocks is this meeting's: the one dated the meeting
 * day, else the last one with text (earlier treatments come first); -1 for none.
 */
export function chooseDecisionIndex(blocks: readonly DecisionBlock[], meetingDate: string | null): number {
  const withText = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.text.trim() !== '')
  const dated = meetingDate ? withText.find(({ block }) => parseDate(block.heading) === meetingDate) : undefined
  return (dated ?? withText.at(-1))?.index ?? -1
}

/** The decision of this meeting among an item's decision blocks (see chooseDecisionIndex), or null. */
export function chooseDecision(blocks: readonly DecisionBlock[], meetingDate: string | null): DecisionCore | null {
  const chosen = blocks[chooseDecisionIndex(blocks, meetingDate)]
  if (!chosen) return null
  const text = withoutListMarkers(chosen.text)
  return { text, outcome: decisionOutcome(text) }
}

/**
 * A decision written as a bullet list reads as its sentences: the bullets go, the
 * line breaks stay. Numbers stay: "1. Godkendt" answers point 1 of the
 * recommendation. (The Beslutning section keeps the text as printed.)
 */
export function withoutListMarkers(text: string): string {
  return text.replace(/^[ \t]*[-•*–][ \t]+/gmu, '')
}
