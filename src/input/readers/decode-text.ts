import { decode, hasBom, looksBinary } from '../decode.js'
import { binaryError } from '../binary-kind.js'
import { InputError } from '../errors.js'
import type { LineFeatures } from '../../tree/line-features.js'
import type { Probe, ReadFact, Reader, SourceFormat, TextOutput } from '../types.js'

/**
 * Bytes of a text-based format (HTML, Markdown) to a string, with the facts the
 * rules report (a Windows-1252 file is decoded, and said so). Binary content is
 * refused with one line.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string; facts: ReadFact[] } {
  if (!hasBom(bytes) && looksBinary(bytes)) throw new InputError(file, ...binaryError(bytes))
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
    // Only a stack overflow: other RangeErrors (a string too long) are not about nesting.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new InputError(file, 'is nested too deeply to read', { code: 'over-budget', cause: error })
    throw error
  }
}

/** What a markup reader does once its converter is loaded: markup text to lines with a line map and features. */
export type MarkupConverter = (markup: string) => { text: string; lineMap: number[]; features?: LineFeatures[] }

/** A converted markup file as the reader's result, or one line when it holds no text. */
export function markupText(file: string, converted: ReturnType<MarkupConverter>, facts: ReadFact[], empty: string): TextOutput {
  const { text, lineMap, features } = converted
  if (text.trim() === '') throw new InputError(file, empty, { code: 'empty' })
  return { kind: 'text', text, lineMap, ...(features ? { features } : {}), facts }
}

/**
 * A reader for a text-based markup format (HTML, Markdown): decode, load the converter
 * only when such a file arrives, convert, and refuse a file that holds no text.
 */
export function markupReader(format: SourceFormat, sniff: (probe: Probe) => boolean, load: () => Promise<MarkupConverter>, empty: string): Reader {
  return {
    format,
    isolated: false,
    sniff,
    async read(file, bytes) {
      const { text: markup, facts } = decodeText(file, bytes)
      const convert = await load()
      return markupText(file, convertMarkup(file, () => convert(markup)), facts, empty)
    }
  }
}
