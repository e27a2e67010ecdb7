import type { Referat } from '../schema/document.js'
import { toCsv } from './csv.js'
import { toJson } from './json.js'
import { toNdjson } from './ndjson.js'

import type { Format } from './formats.js'

export { EXTENSIONS, FORMATS, type Format } from './formats.js'

/** Serialises one document; `first` says whether a CSV header (and BOM) belongs before it. */
export function emit(doc: Referat, format: Format, options: { first?: boolean; bom?: boolean } = {}): string {
  if (format === 'csv') return toCsv(doc, { header: options.first ?? true, bom: options.bom ?? false })
  return format === 'ndjson' ? toNdjson(doc) : toJson(doc)
}
export { csvHeader, CSV_COLUMNS } from './csv.js'
export { toCsv, toJson, toNdjson }
