import type { Item, Referat } from '../schema/document.js'
import type { Emitter } from './emitter.js'

/** An agenda item with the fields that say where it came from, for NDJSON and DuckDB. */
export type ItemRecord = Item & { readonly file: string | null; readonly meeting_date: string | null; readonly body: string | null }

export function toItemRecords(doc: Referat): ItemRecord[] {
  return doc.items.map((item) => ({ file: doc.source.file, meeting_date: doc.meeting.date, body: doc.meeting.body, ...item }))
}

/** One JSON object per agenda item per line. */
export function toNdjson(doc: Referat): string {
  return toItemRecords(doc).map((record) => `${JSON.stringify(record)}\n`).join('')
}

export const ndjsonEmitter: Emitter<'ndjson'> = { format: 'ndjson', extension: '.ndjson', document: toNdjson }
