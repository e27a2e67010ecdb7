import type { Block, SourceLine } from './block.js'

/** A cell holding only an item number: "3", "3.", "2.1". */
export const NUMBER_CELL = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/u

/** One table cell's blocks, with the 0-based row and column it stands at. */
type Cells = ReadonlyArray<readonly Block[]>

const textOf = (blocks: readonly Block[]): string => blocks.flatMap((b) => b.lines.map((l) => l.text)).join(' ').trim()
/** A line as it stands in a table cell. */
export const inCell = (line: SourceLine, row: number, column: number): SourceLine => ({ ...line, features: { ...line.features, cell: { row, column } } })

/** The bold start of a cell's first line and the text after it, when the cell goes on past its bold start. */
function boldStart(blocks: readonly Block[]): { title: SourceLine; rest: SourceLine | null } | undefined {
  const first = blocks[0]?.lines[0]
  if (!first || !first.boldLead) return undefined
  // A run-in title's own stop ("**Økonomi.** Kassereren …") is punctuation, not part of the title.
  const title = first.text.slice(0, first.boldLead).trim().replace(/\s*[.:]$/u, '')
  const rest = first.text.slice(first.boldLead).trim()
  const more = blocks.some((block, i) => (i === 0 ? block.lines.length > 1 : block.lines.length > 0))
  if (title === '' || (rest === '' && !more)) return undefined
  return { title: { ...first, text: title, bold: true, boldLead: title.length }, rest: rest === '' ? null : { ...first, text: rest, bold: undefined, boldLead: undefined } }
}

/** Whether a row is an item of minutes laid out as a table: a number cell, then a bold title with its text. */
export function isItemRow(cells: Cells): boolean {
  return cells.length >= 2 && NUMBER_CELL.test(textOf(cells[0]!)) && boldStart(cells[1]!) !== undefined
}

/**
 * A row of minutes laid out as a table ("3." | **Budget 2025** and its text) as an item
 * heading, "3. Budget 2025", and the rest of its cells as the item's paragraphs. Why:
 * the number and the title stand in different cells, and the title is only the bold
 * start of its cell.
 */
export function itemRowBlocks(cells: Cells, row: number): Block[] {
  const number = NUMBER_CELL.exec(textOf(cells[0]!))![1]!
  const { title, rest } = boldStart(cells[1]!)!
  const [first, ...others] = cells[1]!
  const heading: Block = { kind: 'heading', rank: 0, group: null, lines: [inCell({ ...title, text: `${number}. ${title.text}`, boldLead: undefined }, row, 1)] }
  const own = [...(rest ? [rest] : []), ...first!.lines.slice(1)].map((line) => inCell(line, row, 1))
  const body: Block[] = own.length > 0 ? [{ kind: 'text', rank: 0, group: null, lines: own }] : []
  const further = [others, ...cells.slice(2)].flatMap((blocks, k) =>
    blocks.map((block) => ({ ...block, lines: block.lines.map((line) => inCell(line, row, k === 0 ? 1 : k + 1)) })))
  return [heading, ...body, ...further]
}
