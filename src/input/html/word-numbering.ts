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

/**
 * Numbers every top-level ordered list paragraph ("1. ", "2. ", … per list
 * definition, counted across the whole document) and makes it a plain paragraph
 * with that number in front; nested levels and bullets stay lists.
 */
export function writeWordNumbering(document: WordElement): WordElement {
  const counters = new Map<object, number>()
  const visit = (element: WordElement): void => {
    const numbering = element.numbering
    if (element.type === 'paragraph' && numbering && numbering.isOrdered && numbering.level === '0') {
      const n = (counters.get(numbering) ?? 0) + 1
      counters.set(numbering, n)
      const first = element.children?.find((child) => child.type === 'run')
      const label: WordElement = { ...(first ?? {}), type: 'run', children: [{ type: 'text', value: `${n}. ` }] }
      element.children = [label, ...(element.children ?? [])]
      element.numbering = null
    }
    element.children?.forEach(visit)
  }
  visit(document)
  return document
}
