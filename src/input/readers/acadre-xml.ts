import { InputError } from '../errors.js'
import { xmlRootName } from '../exports/sniff.js'
import type { Reader } from '../types.js'

const AGENDA_TABLE = /<table\s+name\s*=\s*["']agenda["']/u

/**
 * Acadre MM agenda XML: root `root` whose first table is `table name="agenda"`.
 * Read straight into the tree (input/exports/acadre.ts; the XML parser is loaded
 * only here).
 */
export const acadreXmlReader: Reader = {
  format: 'acadre-xml',
  isolated: false,
  sniff: ({ head }) => xmlRootName(head) === 'root' && AGENDA_TABLE.test(head),
  async read(file, bytes) {
    const [{ readXml }, { acadreTree, isAcadreAgenda }] = await Promise.all([import('../exports/read-xml.js'), import('../exports/acadre.js')])
    const { document, facts } = readXml(file, bytes)
    if (!isAcadreAgenda(document)) throw new InputError(file, 'is an XML root without an agenda table: not an Acadre agenda', { code: 'not-minutes' })
    return { kind: 'tree', tree: acadreTree(document), facts }
  }
}
