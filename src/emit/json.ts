import type { Referat } from '../schema/document.js'
import type { Emitter } from './emitter.js'

/** One document as pretty JSON, newline-terminated (a stream of these is what jq reads). */
export function toJson(doc: Referat): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

export const jsonEmitter: Emitter<'json'> = { format: 'json', extension: '.json', document: toJson }
