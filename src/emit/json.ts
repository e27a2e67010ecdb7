import type { Referat } from '../schema/document.js'
import type { EmitOptions, Emitter } from './emitter.js'

/**
 * One document as pretty JSON, newline-terminated. Several documents in one stream are
 * one array (`list`), so `json.load` and pandas read the whole stream as one value.
 */
export function toJson(doc: Referat, options: EmitOptions = {}): string {
  const text = JSON.stringify(doc, null, 2)
  return options.inList ? text : `${text}\n`
}

export const jsonEmitter: Emitter<'json'> = {
  format: 'json',
  extension: '.json',
  document: toJson,
  list: { open: '[\n', separator: ',\n', close: '\n]\n' }
}
