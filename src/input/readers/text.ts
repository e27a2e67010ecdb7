import { decode, hasBom, looksBinary } from '../decode.js'
import { binaryError } from '../binary-kind.js'
import { InputError } from '../errors.js'
import { repairMojibake } from '../mojibake.js'
import { textFeatures } from '../text-features.js'
import type { ReadFact, Reader } from '../types.js'

/**
 * Plain text in any encoding Danish offices save (BOM UTF-8/16, UTF-8, Windows-1252),
 * with mis-decoded "Ã¸" repaired. The fallback reader: it takes whatever no other
 * reader claimed, unless it is binary.
 */
export const textReader: Reader = {
  format: 'text',
  isolated: false,
  sniff: () => true,
  async read(file, bytes) {
    if (!hasBom(bytes) && looksBinary(bytes)) throw new InputError(file, ...binaryError(bytes))
    const decoded = decode(bytes)
    const { text, repaired } = repairMojibake(decoded.text)
    if (text.trim() === '') throw new InputError(file, 'has no text', { code: 'empty' })
    const facts: ReadFact[] = [
      ...(decoded.encoding !== 'utf-8' ? [{ kind: 'decoded', encoding: decoded.encoding } as const] : []),
      ...(repaired > 0 ? [{ kind: 'mojibake-repaired', count: repaired } as const] : [])
    ]
    return { kind: 'text', text, features: textFeatures(text), facts }
  }
}
