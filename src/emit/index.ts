import { csvEmitter } from './csv.js'
import type { Emitter } from './emitter.js'
import { jsonEmitter } from './json.js'
import { ndjsonDocumentsEmitter, ndjsonEmitter } from './ndjson.js'
import { htmlEmitter } from './html.js'
import { xlsxEmitter } from './xlsx.js'

/** The output formats: one line each. A new format is one file and one line here. */
export const EMITTERS = [
  jsonEmitter,
  ndjsonEmitter,
  ndjsonDocumentsEmitter,
  csvEmitter,
  xlsxEmitter,
  htmlEmitter
] as const

export type Format = (typeof EMITTERS)[number]['format']
export const FORMATS: readonly Format[] = EMITTERS.map((emitter) => emitter.format)

export function emitterFor(format: Format): Emitter<Format> {
  const emitter = EMITTERS.find((e) => e.format === format)
  if (!emitter) throw new Error(`no emitter for ${format}`)
  return emitter
}

export type { EmitOptions, Emitter, ListFrame } from './emitter.js'
export { csvHeader, CSV_COLUMNS, neutraliseFormula, toCsv } from './csv.js'
export { toJson } from './json.js'
export { toItemRecords, toNdjson, toNdjsonDocument } from './ndjson.js'
export { toXlsx } from './xlsx.js'
