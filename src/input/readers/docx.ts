import { InputError } from '../errors.js'
import type { Reader } from '../types.js'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** How far from the end the ZIP central directory (which names every member) is looked for. */
const TAIL = 65_536

/**
 * Whether bytes are a Word document: a ZIP whose members include `word/…`. The
 * local headers near the start name the first members; the central directory at the
 * end names all of them when the whole file is at hand.
 */
export function isDocx(bytes: Uint8Array, head: string): boolean {
  if (!ZIP.every((byte, i) => bytes[i] === byte)) return false
  if (head.includes('word/')) return true
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL))
  return Buffer.from(tail).toString('latin1').includes('word/document.xml')
}

/** Word (.docx) files, read with mammoth (loaded only when one arrives). */
export const docxReader: Reader = {
  format: 'docx',
  isolated: false,
  sniff: ({ bytes, head }) => isDocx(bytes, head),
  async read(file, bytes) {
    const [{ docxToText }, { checkZipBudget }] = await Promise.all([import('../html/docx-to-text.js'), import('../zip-budget.js')])
    let converted
    try {
      converted = await docxToText(bytes, checkZipBudget(bytes))
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError(file, 'is not a readable Word file (damaged or truncated)', { code: 'damaged', cause: error })
    }
    if (converted.text.trim() === '') throw new InputError(file, 'has no text (an empty Word document)', { code: 'empty' })
    return { kind: 'text', text: converted.text, lineMap: converted.lineMap, features: converted.features, facts: [] }
  }
}
