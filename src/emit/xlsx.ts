import type { Referat } from '../schema/document.js'
import type { EmitOptions, Emitter } from './emitter.js'

/**
 * A workbook of documents (items, votes, dissent, participants, attachments, documents
 * sheets). exceljs and the row schema load only here, when xlsx is asked for.
 */
export async function toXlsx(docs: readonly Referat[], options: EmitOptions = {}): Promise<Uint8Array> {
  const { buildWorkbook } = await import('./workbook.js')
  return buildWorkbook(docs, options)
}

/** Each document's part is its JSON: a batch's workbook is built once all parts are in. */
export const xlsxEmitter: Emitter<'xlsx'> = {
  format: 'xlsx',
  extension: '.xlsx',
  document: (doc) => JSON.stringify(doc),
  finish: (parts, options) => toXlsx(parts.map((part) => JSON.parse(part) as Referat), options)
}
