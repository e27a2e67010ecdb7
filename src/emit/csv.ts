import { stringify, type Options } from 'csv-stringify/sync'
import type { Dissent, Referat, VoteSide } from '../schema/document.js'
import type { Emitter } from './emitter.js'

/** The CSV columns, in order: the contract's required ones first. */
export const CSV_COLUMNS = [
  'file', 'meeting_date', 'body', 'number', 'title', 'group', 'closed', 'case_number',
  'decision_outcome', 'decision', 'recommendation', 'attachments', 'absent', 'line', 'page',
  'unanimous', 'votes_for', 'votes_against', 'votes_abstain', 'dissent'
] as const

/** A vote side in one cell: the count where printed, else the parties and names ("Ø, F"). */
function sideCell(side: VoteSide | undefined): string {
  if (!side) return ''
  return side.count !== null ? String(side.count) : [...side.parties, ...side.names].join(', ')
}

/** One dissent entry as "name (party): stance", leaving out what is not known. */
function dissentCell(entry: Dissent): string {
  const who = entry.name && entry.party ? `${entry.name} (${entry.party})` : entry.name ?? entry.party ?? ''
  return `${who}: ${entry.stance}`
}

function rowsOf(doc: Referat): string[][] {
  return doc.items.map((item) => [
    doc.source.file ?? '', doc.meeting.date ?? '', doc.meeting.body ?? '', item.number, item.title, item.group ?? '',
    String(item.closed), item.caseNumber ?? '', item.decision?.outcome ?? '', item.decision?.text ?? '',
    item.recommendation ?? '', item.attachments.map((attachment) => attachment.title).join(' | '), item.absent.join(' | '), String(item.line), item.page === null ? '' : String(item.page),
    item.decision?.unanimous == null ? '' : String(item.decision.unanimous),
    sideCell(item.decision?.votes?.for), sideCell(item.decision?.votes?.against), sideCell(item.decision?.votes?.abstain),
    (item.decision?.dissent ?? []).map(dissentCell).join(' | ')
  ])
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
