import { stringify, type Options } from 'csv-stringify/sync'
import type { Referat } from '../schema/document.js'
import { CSV_FIELDS, snakeCase } from '../schema/flat-fields.js'
import type { Emitter } from './emitter.js'
import { flatValue, type FlatValue } from './flat-row.js'

/** The CSV columns, in order: the flat fields' names in snake_case. */
export const CSV_COLUMNS: readonly string[] = CSV_FIELDS.map((field) => snakeCase(field.key))

/** A flat value as a cell: null empty, numbers and booleans as they print in JSON. */
const cellOf = (value: FlatValue): string => (value === null ? '' : String(value))

function rowsOf(doc: Referat): string[][] {
  return doc.items.map((item) => CSV_FIELDS.map((field) => cellOf(flatValue(field, doc, item))))
}

/**
 * A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-` or `@`,
 * also after leading tabs or carriage returns (OWASP's "CSV injection").
 */
export const FORMULA_START = /^[\t\r]*[=+\-@]/

/** Prefixes formula-like cells with `'`, as spreadsheet-facing exporters do. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/**
 * RFC 4180: records end in CRLF, and every field holding `"`, `,`, CR or LF is quoted
 * (csv-stringify by itself quotes only fields holding the whole record delimiter, so a
 * bare LF would split a record for strict readers). Fields with edge spaces are quoted too.
 */
const RFC_4180: Options = { record_delimiter: '\r\n', quoted_match: [/[",\r\n]/, /^\s|\s$/] }

/**
 * One row per agenda item (RFC 4180, CRLF, header row), written by csv-stringify.
 * `header: false` continues a batch; `bom` adds the byte-order mark Excel needs;
 * `csvSafe` (default true) neutralises formula-like cells.
 */
export function toCsv(doc: Referat, options: { header?: boolean; bom?: boolean; csvSafe?: boolean } = {}): string {
  const safe = options.csvSafe ?? true
  const rows = safe ? rowsOf(doc).map((row) => row.map(neutraliseFormula)) : rowsOf(doc)
  const body = rows.length === 0 ? '' : stringify(rows, RFC_4180)
  return `${options.header ?? true ? csvHeader(options.bom ?? false) : ''}${body}`
}

/** The header row (with the byte-order mark Excel needs, if asked): once per CSV. */
export function csvHeader(bom: boolean): string {
  return `${bom ? '\uFEFF' : ''}${stringify([[...CSV_COLUMNS]], RFC_4180)}`
}

export const csvEmitter: Emitter<'csv'> = {
  format: 'csv',
  extension: '.csv',
  header: (options) => csvHeader(options.bom ?? false),
  document: (doc, options) => toCsv(doc, { header: false, csvSafe: options.csvSafe })
}
