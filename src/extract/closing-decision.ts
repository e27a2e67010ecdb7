import type { DecisionCore } from '../schema/document.js'
import { ELECTION_PHRASE, PROPOSAL_SENTENCE, SIGNATURE_LINE } from '../lexicon/index.js'
import { decisionOutcome, withoutListMarkers } from './decision.js'

/** A line that opens a sentence after one that closed ("… valgt." / "Enstemmigt vedtaget."). */
const ENDS_SENTENCE = /[.!?:]["”’)]*$/u
const LIST_ENTRY = /^(?:[-•*–]|\d{1,2}[.)]|[ivx]{1,4}\.|\(?[a-z]\))\s/u
/** How many sentences from the end the decision may start: it closes the item. */
const MAX_FROM_END = 10
/** A decision sentence is short; a long one is an account of the discussion. */
const MAX_SENTENCE = 400

interface Sentence {
  readonly lines: string[]
  readonly paragraph: number
}

/** Splits paragraphs into runs of lines that each start a sentence or a list entry. */
function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const units: Sentence[] = []
  paragraphs.forEach((paragraph, p) => {
    let previous = ''
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim()
      if (line === '') continue
      const starts = previous === '' || ENDS_SENTENCE.test(previous) || LIST_ENTRY.test(line)
      if (starts || units.length === 0) units.push({ lines: [line], paragraph: p })
      else units.at(-1)!.lines.push(line)
      previous = line
    }
  })
  return units
}

/** List markers of sub-points ("ii.", "(a)") besides those withoutListMarkers knows. */
const SUB_POINT = /^[ \t]*(?:[ivx]{1,4}\.|\(?[a-z]\))[ \t]+/gmu

/** Whether a sentence records what was decided: an outcome phrase or an election (a signature block never does). */
function isDecisionSentence(text: string): boolean {
  if (text.length > MAX_SENTENCE || PROPOSAL_SENTENCE.test(text) || SIGNATURE_LINE.test(text.toLowerCase())) return false
  return decisionOutcome(text) !== 'unknown' || ELECTION_PHRASE.test(text.toLowerCase())
}

/**
 * The decision of an item without section headings, as association and parliament
 * minutes write it: the last sentence that records an outcome ("Enstemmigt vedtaget.",
 * "Agnete Moos blev genvalgt.", "Det er vedtaget.") and what follows it.
 * Why the last: the text before it is the account of the discussion, and a closing
 * sentence is how such minutes state the result.
 */
export function closingDecision(paragraphs: readonly string[]): DecisionCore | null {
  const units = sentencesOf(paragraphs)
  for (let k = units.length - 1; k >= Math.max(0, units.length - MAX_FROM_END); k--) {
    if (!isDecisionSentence(units[k]!.lines.join(' '))) continue
    // The sentence and the rest of its paragraph ("… godkendt som nedenstående:" and its table);
    // a sentence ending in a colon with nothing after it in its paragraph introduces the next one.
    const at = units[k]!.paragraph
    const introduces = /:$/u.test(units[k]!.lines.at(-1)!) && units[k + 1]?.paragraph !== at
    const own = units.slice(k).filter((unit) => unit.paragraph === at || (introduces && unit.paragraph === at + 1))
    const text = withoutListMarkers(own.map((unit) => unit.lines.join('\n')).join('\n')).replace(SUB_POINT, '')
    return { text, outcome: decisionOutcome(text) }
  }
  return null
}
