import type { Item, Referat } from '../schema/document.js'
import { CSV_FIELDS, snakeCase } from '../schema/flat-fields.js'
import { flatValue, type FlatValue } from './flat-row.js'

/** A cell before it is written: a value, or a link shown as its text. */
export type SheetValue = FlatValue | { readonly text: string; readonly url: string | null }

/** A sheet: its columns' names, and its rows from the documents. */
export interface SheetSpec {
  readonly name: string
  readonly columns: readonly string[]
  /** Columns that hold dates as text (YYYY-MM-DD), written as real dates. */
  readonly dates: readonly string[]
  readonly rows: (doc: Referat) => Array<readonly SheetValue[]>
}

const itemKey = (item: Item): SheetValue[] => [item.id, item.number]

/**
 * The workbook's sheets. The items sheet is the CSV row (same columns, same order);
 * the others list what an item or meeting holds several of, one row each, with the
 * item's id to join on and its number to read.
 */
export function sheetSpecs(dateColumns: readonly string[]): SheetSpec[] {
  return [
    {
      name: 'items', columns: CSV_FIELDS.map((field) => snakeCase(field.key)), dates: dateColumns,
      rows: (doc) => doc.items.map((item) => CSV_FIELDS.map((field) => flatValue(field, doc, item)))
    },
    {
      name: 'votes', columns: ['item_id', 'number', 'side', 'count', 'parties', 'names'], dates: [],
      rows: (doc) => doc.items.flatMap((item) => {
        const votes = item.decision?.votes
        if (!votes) return []
        return (['for', 'against', 'abstain'] as const)
          .filter((side) => votes[side].count !== null || votes[side].parties.length > 0 || votes[side].names.length > 0)
          .map((side) => [...itemKey(item), side, votes[side].count, votes[side].parties.join(', '), votes[side].names.join(', ')])
      })
    },
    {
      name: 'dissent', columns: ['item_id', 'number', 'name', 'party', 'stance', 'text'], dates: [],
      rows: (doc) => doc.items.flatMap((item) => (item.decision?.dissent ?? []).map((entry) => [...itemKey(item), entry.name, entry.party, entry.stance, entry.text]))
    },
    {
      name: 'participants', columns: ['document_id', 'meeting_date', 'name', 'status', 'party', 'organisation', 'role'], dates: ['meeting_date'],
      rows: (doc) => doc.meeting.participants.map((person) => [doc.id, doc.meeting.date, person.name, person.status, person.party, person.organisation, person.role])
    },
    {
      name: 'attachments', columns: ['item_id', 'number', 'title', 'url', 'source_id'], dates: [],
      rows: (doc) => doc.items.flatMap((item) => item.attachments.map((attachment) => [...itemKey(item), { text: attachment.title, url: attachment.url }, attachment.url, attachment.sourceId]))
    },
    {
      name: 'documents', dates: ['meeting_date'],
      columns: ['document_id', 'file', 'source_format', 'meeting_title', 'meeting_body', 'meeting_date', 'meeting_start', 'meeting_end', 'meeting_location', 'items', 'participants', 'pages', 'errors', 'warnings', 'sha256'],
      rows: (doc) => [[
        doc.id, doc.source.file, doc.source.format, doc.meeting.title, doc.meeting.body, doc.meeting.date, doc.meeting.start, doc.meeting.end, doc.meeting.location,
        doc.items.length, doc.meeting.participants.length, doc.source.pages,
        doc.diagnostics.filter((d) => d.severity === 'error').length, doc.diagnostics.filter((d) => d.severity === 'warning').length, doc.source.sha256
      ]]
    }
  ]
}
