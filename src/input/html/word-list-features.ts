import type { LineFeatures } from '../../tree/line-features.js'
import { textKey } from './word-list-labels.js'

/** A paragraph Word numbered, as the numbering transform wrote it: label, level, and its text with the label. */
export interface WordListing {
  readonly key: string
  readonly label: string
  readonly depth: number
}

/** How far ahead a line's paragraph is looked for (paragraphs the walk dropped as chrome or empty). */
const LOOKAHEAD = 5

/**
 * Gives the lines of Word's numbered paragraphs their list membership (depth and the
 * label Word prints), matched by text in document order. Why after the walk: mammoth's
 * HTML no longer says which paragraphs were numbered once the labels are written in.
 */
export function withWordLists(lines: readonly string[], features: readonly LineFeatures[], listings: readonly WordListing[]): LineFeatures[] {
  let next = 0
  return features.map((seen, i) => {
    const key = textKey(lines[i] ?? '')
    if (key === '') return seen
    for (let j = next; j < Math.min(listings.length, next + LOOKAHEAD); j++) {
      if (listings[j]!.key !== key) continue
      next = j + 1
      return { ...seen, list: { depth: listings[j]!.depth, label: listings[j]!.label } }
    }
    return seen
  })
}
