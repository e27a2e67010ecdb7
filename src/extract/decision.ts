import type { Decision, DecisionOutcome } from '../schema/document.js'
import { DECISION_PHRASES } from '../split/lexicon.js'
import { parseDate } from './date.js'

/**
 * The outcome of a decision text: the earliest lexicon phrase in it wins,
 * a longer phrase winning a tie ("Ikke godkendt" over "godkendt").
 */
export function decisionOutcome(text: string): DecisionOutcome {
  let best: { at: number; length: number; outcome: DecisionOutcome } | undefined
  for (const [outcome, pattern] of DECISION_PHRASES) {
    const hit = text.matchAll(pattern).next().value
    if (!hit) continue
    const candidate = { at: hit.index, length: hit[0].length, outcome }
    if (!best || candidate.at < best.at || (candidate.at === best.at && candidate.length > best.length)) best = candidate
  }
  return best?.outcome ?? 'unknown'
}

export interface DecisionBlock {
  readonly heading: string
  readonly text: string
}

/**
 * The decision of this meeting among an item's decision blocks: the one dated
 * the meeting day, else the last one (earlier treatments come first), else none.
 */
export function chooseDecision(blocks: readonly DecisionBlock[], meetingDate: string | null): Decision | null {
  const withText = blocks.filter((block) => block.text.trim() !== '')
  const dated = meetingDate ? withText.find((block) => parseDate(block.heading) === meetingDate) : undefined
  const chosen = dated ?? withText.at(-1)
  if (!chosen) return null
  const text = withoutListMarkers(chosen.text)
  return { text, outcome: decisionOutcome(text) }
}

/**
 * A decision written as a bullet list reads as its sentences: the markers go,
 * the line breaks stay. (The Beslutning section keeps the text as printed.)
 */
export function withoutListMarkers(text: string): string {
  return text.replace(/^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+/gmu, '')
}
