import { decode } from '../decode.js'
import { InputError } from '../errors.js'
import { bytesInclude } from '../exports/sniff.js'
import type { ReadFact, Reader } from '../types.js'

const KEY = '"Dagsordenpunkter"'

/**
 * FirstAgenda publication JSON: a JSON object with a `Dagsordenpunkter` key, found
 * in the probe or, for a long preamble, anywhere in the bytes. Read straight into
 * the tree (input/exports/firstagenda.ts, loaded only when needed).
 */
export const firstAgendaJsonReader: Reader = {
  format: 'firstagenda-json',
  isolated: false,
  sniff: ({ head, bytes }) =>
    head.trimStart().startsWith('{') && (head.includes(KEY) || bytesInclude(bytes, KEY)),
  async read(file, bytes) {
    const decoded = decode(bytes)
    const { checkJsonBudget } = await import('../exports/json-budget.js')
    checkJsonBudget(decoded.text)
    let json: unknown
    try {
      json = JSON.parse(decoded.text)
    } catch (error) {
      throw new InputError(file, 'is not valid JSON (truncated?)', { code: 'damaged', cause: error })
    }
    const { firstAgendaTree, isFirstAgenda } = await import('../exports/firstagenda.js')
    if (!isFirstAgenda(json)) throw new InputError(file, 'is JSON with "Dagsordenpunkter" that is not a list of agenda items', { code: 'not-minutes' })
    const facts: ReadFact[] = decoded.encoding !== 'utf-8' ? [{ kind: 'decoded', encoding: decoded.encoding }] : []
    return { kind: 'tree', tree: firstAgendaTree(json, decoded.text), facts }
  }
}
