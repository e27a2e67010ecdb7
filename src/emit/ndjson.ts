import type { Referat } from '../schema/document.js'
import type { ItemRow } from '../schema/row-schemas.js'
import type { Emitter } from './emitter.js'
import { meetingFieldsOf } from './flat-row.js'

/** The NDJSON item lines of a document: each item after its id and ordinal, the meeting's fields. */
export function toItemRecords(doc: Referat): ItemRow[] {
  const meeting = meetingFieldsOf(doc)
  return doc.items.map(({ id, ordinal, ...rest }) => ({ id, ordinal, ...meeting, ...rest }) as ItemRow)
}

/** One JSON object per agenda item per line (jq, DuckDB's read_json, pandas' read_json(lines=True)). */
export function toNdjson(doc: Referat): string {
  return toItemRecords(doc).map((record) => `${JSON.stringify(record)}\n`).join('')
}

/** One whole document per line: the JSON document without its indentation. */
export function toNdjsonDocument(doc: Referat): string {
  return `${JSON.stringify(doc)}\n`
}

export const ndjsonEmitter: Emitter<'ndjson'> = { format: 'ndjson', extension: '.ndjson', document: toNdjson }
export const ndjsonDocumentsEmitter: Emitter<'ndjson-documents'> = { format: 'ndjson-documents', extension: '.ndjson', document: toNdjsonDocument }
