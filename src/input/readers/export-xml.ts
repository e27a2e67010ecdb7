import { InputError } from '../errors.js'
import { bytesInclude, xmlRootName } from '../exports/sniff.js'
import type { Reader } from '../types.js'
import { isHtml } from './html.js'

/**
 * Any other XML: an export of a system without a reader of its own (eDoc's
 * publishing XML and the like), read by the generic export reader
 * (input/exports/generic-export.ts). XML in which no agenda items are found is
 * an input error, never plain text: its tags are not minutes.
 */
export const exportXmlReader: Reader = {
  format: 'export-xml',
  isolated: false,
  // A declaration, or the root's end tag somewhere: text that merely opens with "<Udkast>" stays text.
  sniff: ({ head, bytes }) => {
    const root = xmlRootName(head)
    return root !== undefined && !isHtml(head) && (/^\ufeff?\s*<\?xml[\s?]/u.test(head) || bytesInclude(bytes, `</${root}>`))
  },
  async read(file, bytes) {
    const [{ readXml }, { fromXmlElement }, { genericExportTree }] = await Promise.all([
      import('../exports/read-xml.js'), import('../exports/record-node.js'), import('../exports/generic-export.js')
    ])
    const { document, facts } = readXml(file, bytes)
    const tree = genericExportTree(fromXmlElement(document))
    if (!tree) throw new InputError(file, `is XML (root <${document.children[0]?.name ?? '?'}>) with no agenda items (no repeated records with a title and a number or text): not minutes`, { code: 'not-minutes' })
    return { kind: 'tree', tree, facts }
  }
}
