import { decode } from '../decode.js'
import { InputError } from '../errors.js'
import type { ReadFact, Reader } from '../types.js'

/** A JSON text's start: an object or a list of values (not "[Udkast] …" prose). */
const JSON_START = /^\ufeff?\s*(?:\{\s*(?:"|\})|\[\s*(?:[{["\]\d-]|true|false|null))/u

/**
 * Any other JSON: an export of a system without a reader of its own, read by the
 * generic export reader (input/exports/generic-export.ts). JSON in which no
 * agenda items are found is an input error, never plain text.
 */
export const exportJsonReader: Reader = {
  format: 'export-json',
  isolated: false,
  sniff: ({ head }) => JSON_START.test(head),
  async read(file, bytes) {
    const decoded = decode(bytes)
    let json: unknown
    try {
      json = JSON.parse(decoded.text)
    } catch (error) {
      throw new InputError(file, 'is not valid JSON (truncated?)', { code: 'damaged', cause: error })
    }
    const [{ fromJsonValue }, { genericExportTree }] = await Promise.all([import('../exports/record-node.js'), import('../exports/generic-export.js')])
    const tree = genericExportTree(fromJsonValue(json, decoded.text))
    if (!tree) throw new InputError(file, 'is JSON with no agenda items (no list of records with a title and a number or text): not minutes', { code: 'not-minutes' })
    const facts: ReadFact[] = decoded.encoding !== 'utf-8' ? [{ kind: 'decoded', encoding: decoded.encoding }] : []
    return { kind: 'tree', tree, facts }
  }
}
