/**
 * Who took no part in an item, read off its decision text: "Afbud:" and
 * "Fraværende:" lines inside the decision, "Jens Holm (A) deltog ikke i sagens
 * behandling", "… var forhindret i at deltage"; and conflicts of interest,
 * "Per Lund (V) erklærede sig inhabil" or "Udvalget erklærede Per Lund (V) for inhabil".
 * Names only: the party in brackets is dropped, as on the item's "Afbud:" lines.
 */
import { ABSENCE_LINE, CONFLICT_OBJECT, CONFLICT_VERBS, ITEM_ABSENCE_VERBS } from '../lexicon/index.js'
import { matchesOf } from './matches-of.js'
import { foldText, sentenceSpans, spanAt } from './sentences.js'
import { votersAfter, votersBefore, type Voter } from './voters.js'

export interface ItemAbsence {
  readonly absent: string[]
  readonly conflicts: string[]
}

const namesOf = (voters: readonly Voter[]): string[] => voters.flatMap((voter) => (voter.name ? [voter.name] : []))

/** The names before each match of `pattern`, within its sentence. */
function namesBefore(text: string, pattern: RegExp): string[] {
  const matches = matchesOf(text, pattern)
  // Most decisions name no absence: split sentences only when there is a match.
  if (matches.length === 0) return []
  const spans = sentenceSpans(text)
  return matches.flatMap((match) => {
    const span = spanAt(spans, match.index)
    return span ? namesOf(votersBefore(text.slice(span.start, match.index)).voters) : []
  })
}

/** Reads absence and conflicts of interest off a decision text. */
export function readItemAbsence(raw: string): ItemAbsence {
  const labelled = raw.split(/\r?\n/u).flatMap((line) => {
    const match = ABSENCE_LINE.exec(line.trim())
    if (!match) return []
    return match[2]!.split(/\s*(?:,|\bog\b)\s*/u).map((name) => name.replace(/\s*\([^()]*\)|\.$/gu, '').trim()).filter(Boolean)
  })
  const text = foldText(raw)
  const conflicts = [
    ...namesBefore(text, CONFLICT_VERBS),
    ...matchesOf(text, CONFLICT_OBJECT).flatMap((match) => namesOf(votersAfter(match[1]!).voters))
  ]
  const absent = [...labelled, ...namesBefore(text, ITEM_ABSENCE_VERBS)]
  return { absent: [...new Set(absent)], conflicts: [...new Set(conflicts)] }
}
