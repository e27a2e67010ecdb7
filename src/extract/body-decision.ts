/**
 * The decision of an item whose minutes have no decision heading: the Folketing
 * records the vote and its result in the item's running text ("For stemte 111 (…),
 * imod stemte 0 … Udvalgets indstilling er vedtaget enstemmigt."), an association's
 * minutes write "Regnskabet blev enstemmigt godkendt." under the item. The last
 * sentence that says what the meeting did is the decision, with the vote sentences
 * just before it; its outcome is that sentence's.
 */
import type { DecisionCore } from '../schema/document.js'
import { RESULT_SENTENCE, SIGNATURE_LINE, VOTE_SENTENCE } from '../lexicon/index.js'
import { decisionOutcome } from './decision.js'
import { foldText, sentenceSpans } from './sentences.js'

export interface BodyParagraph {
  readonly text: string
  readonly line: number | null
}

export interface BodyDecision {
  readonly decision: DecisionCore
  /** The line of the paragraph the decision starts in, where known. */
  readonly line: number | null
}

/** Longer sentences are speech or narrative ("…, som Folketinget allerede har vedtaget …"), not a recorded result. */
const MAX_RESULT_LENGTH = 200

/** The decision in an item's running text (see the module comment), or null without a result sentence. */
export function decisionFromBody(paragraphs: readonly BodyParagraph[]): BodyDecision | null {
  const folded = paragraphs.map((paragraph) => foldText(paragraph.text))
  const text = folded.join('\n\n')
  const spans = sentenceSpans(text)
  const sentence = (i: number): string => text.slice(spans[i]!.start, spans[i]!.end)
  let result = -1
  for (let i = spans.length - 1; i >= 0 && result < 0; i--) {
    const candidate = sentence(i).toLowerCase()
    // A signature block ("Referat vedtaget af: …") approves the minutes, not the item.
    if (candidate.length <= MAX_RESULT_LENGTH && RESULT_SENTENCE.test(candidate) && !SIGNATURE_LINE.test(candidate.trim())) result = i
  }
  if (result < 0) return null
  let first = result
  while (first > 0 && VOTE_SENTENCE.test(sentence(first - 1))) first--
  const start = spans[first]!.start
  // A result ending in a colon introduces what follows it ("… godkendt med disse
  // bemærkninger:" and its list, in the same paragraph or the next): that belongs to it.
  const resultEnd = spans[result]!.end
  const end = /:\s*$/u.test(sentence(result)) ? introducedEnd(text, resultEnd) : resultEnd
  const decisionText = text.slice(start, end).trimEnd()
  const said = decisionOutcome(sentence(result))
  const outcome = said !== 'unknown' ? said : decisionOutcome(decisionText)
  return { decision: { text: decisionText, outcome }, line: lineAt(folded, paragraphs, start) }
}

/**
 * The vote sentences just before a decision taken from running text, with the
 * decision: what the vote reader reads ("For stemte 111 (…) … 0." before "Udvalgets
 * indstilling er vedtaget enstemmigt."). Only the run right before it: a speech
 * earlier in the item ("… kan ikke støtte forslaget") is not a vote.
 */
export function withVoteBefore(paragraphs: readonly BodyParagraph[], decisionText: string): { text: string; line: number | null } {
  const folded = paragraphs.map((paragraph) => foldText(paragraph.text))
  const text = folded.join('\n\n')
  const head = foldText(decisionText).slice(0, 40)
  const at = head === '' ? -1 : text.lastIndexOf(head)
  if (at < 0) return { text: decisionText, line: null }
  const spans = sentenceSpans(text)
  let first = spans.findIndex((span) => span.end > at)
  while (first > 0 && VOTE_SENTENCE.test(text.slice(spans[first - 1]!.start, spans[first - 1]!.end))) first--
  const start = Math.min(spans[first]?.start ?? at, at)
  return { text: `${text.slice(start, at)}${decisionText}`, line: lineAt(folded, paragraphs, at) }
}

/** The line of the paragraph holding offset `at` of the joined text. */
function lineAt(folded: readonly string[], paragraphs: readonly BodyParagraph[], at: number): number | null {
  let offset = 0
  for (const [i, paragraph] of folded.entries()) {
    if (at < offset + paragraph.length + 2) return paragraphs[i]!.line
    offset += paragraph.length + 2
  }
  return null
}

/** Where what a colon introduces ends: the rest of its paragraph, or the next paragraph if it had none. */
function introducedEnd(text: string, from: number): number {
  const close = (at: number): number => {
    const gap = text.indexOf('\n\n', at)
    return gap < 0 ? text.length : gap
  }
  const own = close(from)
  return text.slice(from, own).trim() !== '' || own === text.length ? own : close(own + 2)
}
