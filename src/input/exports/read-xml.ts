/**
 * Bytes of an XML export to its element tree, for the XML readers: the declared
 * encoding honoured, the text cleaned line for line, and a file that is not
 * well-formed (a truncated export) reported in one line.
 */
import { BudgetError } from '../budget.js'
import { InputError } from '../errors.js'
import type { ReadFact } from '../types.js'
import { cleanXml, parseXml, xmlTextOf, type XmlElement } from './xml-document.js'

export interface ReadXml {
  readonly document: XmlElement
  readonly facts: ReadFact[]
}

export function readXml(file: string, bytes: Uint8Array): ReadXml {
  const { text, encoding } = xmlTextOf(bytes)
  try {
    const document = parseXml(cleanXml(text))
    return { document, facts: encoding !== 'utf-8' ? [{ kind: 'decoded', encoding }] : [] }
  } catch (error) {
    if (error instanceof BudgetError) throw error
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(file, `is not well-formed XML: ${why}`, { code: 'damaged', cause: error })
  }
}
