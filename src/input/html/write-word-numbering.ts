import type { WordListing } from './word-list-features.js'
import { textKey, type ListLabel } from './word-list-labels.js'

/**
 * Word's automatic numbering written into the text, as a transform of mammoth's
 * document model before it becomes HTML. Why: Word numbers agenda items without
 * digits in the text, and an agenda list usually runs on across the body text
 * between its items, where HTML lists (and mammoth) would start again at 1.
 */

/** The part of mammoth's document model this transform reads and writes. */
export interface WordElement {
  type: string
  children?: WordElement[]
  value?: string
  /** Paragraphs: their list level; one object per list definition and level. */
  numbering?: { level: string; isOrdered: boolean } | null
  isBold?: boolean
  [key: string]: unknown
}

/** How far ahead a paragraph's label is looked for (paragraphs the two readings count differently). */
const LOOKAHEAD = 5

const textOf = (element: WordElement): string => element.value ?? (element.children ?? []).map(textOf).join('')

/**
 * Writes the label Word prints ("3.", "2.1.", "b)") before every ordered list
 * paragraph and makes it a plain paragraph; bullets stay lists. Labels come from
 * numbering.xml (`labels`, matched by text in document order); a paragraph without
 * one is counted per list definition, top level only, as a fallback. Each paragraph
 * labelled is recorded in `listings` (for the line model's list feature).
 */
export function writeWordNumbering(document: WordElement, labels: readonly ListLabel[] = [], listings: WordListing[] = []): WordElement {
  const counters = new Map<object, number>()
  let next = 0
  const labelOf = (paragraph: WordElement, numbering: NonNullable<WordElement['numbering']>): string | undefined => {
    const key = textKey(textOf(paragraph))
    for (let j = next; j < Math.min(labels.length, next + LOOKAHEAD); j++) {
      if (labels[j]!.key !== key) continue
      next = j + 1
      return labels[j]!.label
    }
    if (numbering.level !== '0') return undefined
    const n = (counters.get(numbering) ?? 0) + 1
    counters.set(numbering, n)
    return `${n}.`
  }
  const visit = (element: WordElement): void => {
    const numbering = element.numbering
    if (element.type === 'paragraph' && numbering && numbering.isOrdered) {
      const label = labelOf(element, numbering)
      if (label !== undefined) {
        listings.push({ key: textKey(`${label}${textOf(element)}`), label, depth: Number(numbering.level) || 0 })
        const first = element.children?.find((child) => child.type === 'run')
        element.children = [{ ...(first ?? {}), type: 'run', children: [{ type: 'text', value: `${label} ` }] }, ...(element.children ?? [])]
        element.numbering = null
      }
    }
    element.children?.forEach(visit)
  }
  visit(document)
  return document
}
