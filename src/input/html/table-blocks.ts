import type { Element, ElementContent } from 'hast'
import { ITEM_WORD } from '../../lexicon/index.js'
import type { Block, WalkContext, Walker } from './block.js'
import { inCell, isItemRow, itemRowBlocks, NUMBER_CELL } from './item-rows.js'

/** The rows of a table, not those of tables nested in its cells. */
function rowsOf(node: Element): Element[] {
  return node.children.flatMap((child: ElementContent) => {
    if (child.type !== 'element') return []
    if (child.tagName === 'tr') return [child]
    return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? rowsOf(child) : []
  })
}

/** A cell reading "Punkt 3" alone. */
const isItemWordCell = (text: string): boolean => text.length <= 24 && ITEM_WORD.test(text) && /\d\.?$/u.test(text)

const cellsOf = (row: Element): Element[] =>
  row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))

/**
 * A table as one line per row, cells joined by a tab; a row whose first cell is a
 * number ("3 | Budget 2025") reads "3. Budget 2025", as the item heading it is on
 * portal pages. A table used for page layout (cells holding several blocks) is
 * read cell by cell instead, and minutes laid out as a table (item-rows.ts) row by row.
 */
export function tableBlocks(walker: Walker, table: Element, context: WalkContext): Block[] {
  const rows = rowsOf(table).map((row) => cellsOf(row).map((cell) => walker.blocksOf(cell.children, context)))
  const cellByCell = (cells: Block[][], r: number): Block[] =>
    cells.flatMap((blocks, c) => blocks.map((block) => ({ ...block, lines: block.lines.map((line) => inCell(line, r, c)) })))
  // Minutes laid out as a table: one item per row, the number in one cell, the bold title and its text in the next.
  if (rows.filter(isItemRow).length >= 2) return rows.flatMap((cells, r) => (isItemRow(cells) ? itemRowBlocks(cells, r) : cellByCell(cells, r)))
  const layout = rows.some((cells) => cells.some((blocks) => blocks.length > 1 || blocks.some((b) => b.kind === 'entry' || b.lines.length > 3)))
  if (layout) return rows.flatMap(cellByCell)
  const group = walker.newGroup()
  return rows.flatMap((cells, r): Block[] => {
    const texts = cells.map((blocks) => blocks.flatMap((b) => b.lines.map((l) => l.text)).join(' ')).filter((text) => text !== '')
    const first = cells.flat().find((block) => block.lines.length > 0)?.lines[0]
    if (texts.length === 0 || !first) return []
    const number = NUMBER_CELL.exec(texts[0]!)
    const text = number && texts.length > 1
      ? `${number[1]}. ${texts.slice(1).join('\t')}`
      : isItemWordCell(texts[0]!) && texts.length > 1 ? `${texts[0]!.replace(/[:.]?$/u, ':')} ${texts.slice(1).join('\t')}` : texts.join('\t')
    return [{ kind: 'entry', rank: 0, lines: [{ text, line: first.line, features: { cell: { row: r, column: 0 } } }], group }]
  })
}
