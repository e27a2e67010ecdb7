import ExcelJS from 'exceljs'
import { z } from 'zod'
import type { Referat } from '../schema/document.js'
import { CsvRow } from '../schema/row-schemas.js'
import { neutraliseFormula } from './csv.js'
import type { EmitOptions } from './emitter.js'
import { sheetSpecs, type SheetValue } from './sheets.js'

/** Excel refuses a workbook with a longer cell. */
const MAX_CELL = 32_767
/** Column widths in characters: wide enough to read, never a screen wide. */
const MIN_WIDTH = 6
const MAX_WIDTH = 60
/** Only web and mail links become clickable: a `file:` or `javascript:` link stays text. */
const SAFE_LINK = /^(?:https?:|mailto:)/i

/** The CSV row's date columns, from the schema (`format: date`), not from a list of names. */
function dateColumns(): string[] {
  const schema = z.toJSONSchema(CsvRow) as { properties: Record<string, { format?: string; anyOf?: Array<{ format?: string }> }> }
  return Object.entries(schema.properties).filter(([, field]) => field.format === 'date' || field.anyOf?.some((a) => a.format === 'date')).map(([name]) => name)
}

function textOf(value: string, safe: boolean): string {
  const text = safe ? neutraliseFormula(value) : value
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text
}

/** "2024-11-18" as midnight UTC: exceljs counts Excel's serial dates in UTC. */
const dateOf = (value: string): Date => new Date(`${value}T00:00:00Z`)

function cellOf(value: SheetValue, isDate: boolean, safe: boolean): ExcelJS.CellValue {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value
  // An empty list or text is an empty cell, so a spreadsheet's filter shows it as (Blanks).
  if (value === '') return null
  if (typeof value === 'string') return isDate && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateOf(value) : textOf(value, safe)
  const text = textOf(value.text, safe)
  return value.url !== null && SAFE_LINK.test(value.url) ? { text, hyperlink: value.url } : text
}

/** The longest first line in a column, within bounds: long text is read in the cell, not the column. */
function widthOf(header: string, values: readonly ExcelJS.CellValue[]): number {
  let width = header.length + 2
  for (const value of values) {
    const text = value instanceof Date ? '2024-11-18' : typeof value === 'object' && value !== null && 'text' in value ? String(value.text) : String(value ?? '')
    width = Math.max(width, (text.split('\n', 1)[0] ?? '').length + 1)
    if (width >= MAX_WIDTH) return MAX_WIDTH
  }
  return Math.max(MIN_WIDTH, width)
}

/**
 * The workbook: one sheet per spec, the header row frozen and filtered, every text
 * column formatted as text (item and case numbers stay "2.10"), dates as dates,
 * counts as numbers, attachment links clickable; formula-like text neutralised as in CSV.
 */
export async function buildWorkbook(docs: readonly Referat[], options: EmitOptions): Promise<Uint8Array> {
  const safe = options.csvSafe ?? true
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'referat'
  for (const spec of sheetSpecs(dateColumns())) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    const dates = spec.columns.map((column) => spec.dates.includes(column))
    const rows = docs.flatMap((doc) => spec.rows(doc)).map((row) => row.map((value, i) => cellOf(value, dates[i]!, safe)))
    sheet.columns = spec.columns.map((header, i) => ({
      header, key: header,
      width: widthOf(header, rows.map((row) => row[i] ?? null)),
      style: { numFmt: dates[i] ? 'yyyy-mm-dd' : rows.some((row) => typeof row[i] === 'number') ? 'General' : '@' }
    }))
    sheet.addRows(rows.map((row) => [...row]))
    sheet.getRow(1).font = { bold: true }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } }
    for (const [i, row] of rows.entries()) {
      row.forEach((value, column) => {
        if (typeof value === 'object' && value !== null && 'hyperlink' in value) sheet.getCell(i + 2, column + 1).font = { color: { argb: 'FF0563C1' }, underline: true }
      })
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
