import { DOCUMENT_TITLE_ONLY, HEADER_LABELS, ITEM_WORD, SECTION_HEADINGS, TOC_HEADING } from '../../lexicon/index.js'
import type { Block } from './block.js'

/** A line that prints its item number: "Punkt 3: …", "3. Title", "3) Title", "§ 3 …" (not "1.000 kr."). */
const PRINTED = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s+[\p{Lu}"“«]|\d{1,3}(?:\.\d{1,3})*\t|§\s*\d)/u
const isPrinted = (text: string): boolean => {
  const word = ITEM_WORD.exec(text)
  return word ? /^\d/u.test(text.slice(word[0].length)) : PRINTED.test(text)
}

const keyOf = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').replace(/[\s:.]+$/u, '').trim()

/** Headings that are never items: section headings, header labels, the agenda's own title. */
function isStructural(text: string): boolean {
  const key = keyOf(text)
  return key === '' || TOC_HEADING.test(key) || DOCUMENT_TITLE_ONLY.test(key)
    || SECTION_HEADINGS.some(([, pattern]) => pattern.test(key))
    || HEADER_LABELS.some(([, pattern]) => pattern.test(key))
}

/** The rank whose eligible headings are the items: the highest that occurs twice or more. */
function itemRank(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>()
  for (const block of blocks) {
    if (block.kind === 'heading' && !isStructural(block.lines[0]!.text)) counts.set(block.rank, (counts.get(block.rank) ?? 0) + 1)
  }
  return [...counts.entries()].filter(([, count]) => count >= 2).map(([rank]) => rank).sort((a, b) => a - b)[0]
}

/**
 * A list entry as an item heading of its own, its further lines as the item's text:
 * "- Topic" becomes "N. Topic" when `n` is given, "3. Title" stays as numbered.
 */
function entryAsItem(block: Block, n?: number): Block[] {
  const [first, ...rest] = block.lines
  const title = first!.text.trim().replace(/^-\s+/u, '')
  return [
    { kind: 'heading', rank: 0, group: null, lines: [{ ...first!, text: n === undefined ? title : `${n}. ${title}`, boldLead: undefined }] },
    ...(rest.length > 0 ? [{ kind: 'text', rank: 0, group: null, lines: rest.map((line) => ({ ...line, text: line.text.trim(), boldLead: undefined })) } as const] : [])
  ]
}

/**
 * Items that a page marks by list markup only: on a page without repeating headings
 * (those are the splitter's, found from their features by split/typography.ts), the
 * entries of a bullet list that each carry notes of their own (topics discussed) are
 * numbered by position ("1", "2", …); a page whose only structure is a numbered list
 * gets its entries as items, with the numbers they have. Why here: only the markup
 * shows which lines form one list. Pages that print their numbers are left as they are.
 */
export function numberItems(blocks: readonly Block[]): Block[] {
  const printed = blocks.some((block) => block.kind !== 'entry' && isPrinted(block.lines[0]!.text))
  if (printed) return [...blocks]
  const rank = itemRank(blocks)
  let n = 0
  // Headings that repeat are the items: the splitter finds them from their features (split/typography.ts).
  if (rank !== undefined) return [...blocks]
  const index = new Map(blocks.map((block, i) => [block, i]))
  const topLevel = blocks.filter((block) => block.list?.depth === 0)
  const ordered = topLevel.filter((block) => block.list!.ordered)
  // A page whose only structure is a numbered list (a notice of meeting): the list is the agenda.
  if (ordered.length >= 2) return blocks.flatMap((block) => (block.list?.depth === 0 && block.list.ordered ? entryAsItem(block) : [block]))
  // Notes: further lines of the entry, or paragraphs of its own before the next entry.
  const hasNotes = (block: Block): boolean => block.lines.length >= 2 || (blocks[index.get(block)! + 1]?.kind ?? 'entry') !== 'entry'
  const list = topLevel[0]?.list?.id
  const topics = topLevel.length >= 2 && topLevel.every((block) => block.list!.id === list && hasNotes(block))
  if (!topics) return [...blocks]
  return blocks.flatMap((block) => (block.list?.depth === 0 ? entryAsItem(block, ++n) : [block]))
}
