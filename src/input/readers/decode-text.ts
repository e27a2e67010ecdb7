import { decode, hasBom, looksBinary } from '../decode.js'
import { InputError } from '../errors.js'
import type { ReadFact } from '../types.js'

/**
 * Bytes of a text-based format (HTML, Markdown) to a string, with the facts the
 * rules report (a Windows-1252 file is decoded, and said so). Binary content is
 * refused with one line.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string; facts: ReadFact[] } {
  if (!hasBom(bytes) && looksBinary(bytes)) throw new InputError(file, 'is a binary file, not text')
  const decoded = decode(bytes)
  const facts: ReadFact[] = decoded.encoding !== 'utf-8' ? [{ kind: 'decoded', encoding: decoded.encoding }] : []
  return { text: decoded.text, facts }
}

/**
 * Runs a markup conversion, turning a stack overflow (markup nested thousands of
 * levels deep, which the tree builders recurse through) into a one-line input error.
 */
export function convertMarkup<T>(file: string, convert: () => T): T {
  try {
    return convert()
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(file, 'is nested too deeply to read', { cause: error })
    throw error
  }
}
