import { stringify } from 'csv-stringify/sync'
import type { Dissent, Referat, VoteSide } from '../schema/document.js'

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
    item.recommendation ?? '', item.attachments.join(' | '), item.absent.join(' | '), String(item.line), item.page === null ? '' : String(item.page),
    item.decision?.unanimous == null ? '' : String(item.decision.unanimous),
    sideCell(item.decision?.votes?.for), sideCell(item.decision?.votes?.against), sideCell(item.decision?.votes?.abstain),
    (item.decision?.dissent ?? []).map(dissentCell).join(' | ')
  ])
}

/**
 * One row per agenda item (RFC 4180, CRLF, header row), written by csv-stringify.
 * `header: false` continues a batch; `bom` adds the byte-order mark Excel needs.
 */
export function toCsv(doc: Referat, options: { header?: boolean; bom?: boolean } = {}): string {
  const body = stringify(rowsOf(doc), { record_delimiter: 'windows', quoted_match: /^\s|\s$/ })
  return `${options.header ?? true ? csvHeader(options.bom ?? false) : ''}${body}`
}

/** The header row (with the byte-order mark Excel needs, if asked): once per CSV. */
export function csvHeader(bom: boolean): string {
  return `${bom ? '\uFEFF' : ''}${stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' })}`
}
