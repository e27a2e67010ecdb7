import { InputError } from '../errors.js'
import { bytesInclude, xmlRootName } from '../exports/sniff.js'
import type { Reader } from '../types.js'

/**
 * SBSYS publication XML: root `Publication` holding `Agenda`s. Read straight
 * into the tree (input/exports/sbsys.ts; the XML parser is loaded only here).
 */
export const sbsysXmlReader: Reader = {
  format: 'sbsys-xml',
  isolated: false,
  sniff: ({ head, bytes }) => xmlRootName(head) === 'Publication' && (head.includes('<Agenda') || bytesInclude(bytes, '<Agenda')),
  async read(file, bytes) {
    const [{ readXml }, { isSbsysPublication, sbsysTree }] = await Promise.all([import('../exports/read-xml.js'), import('../exports/sbsys.js')])
    const { document, facts } = readXml(file, bytes)
    if (!isSbsysPublication(document)) throw new InputError(file, 'is a Publication XML without Agendas/Agenda: not an SBSYS agenda', { code: 'not-minutes' })
    return { kind: 'tree', tree: sbsysTree(document), facts }
  }
}
