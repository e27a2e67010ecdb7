/**
 * Bytes to text the way Danish offices save it: BOM-marked UTF-8/UTF-16,
 * strict UTF-8, otherwise Windows-1252.
 * Why a table for cp1252: Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F
 * as control characters (nodejs/node#56542), losing –, ”, • and €.
 */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178
]

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface Decoded {
  readonly text: string
  readonly encoding: Encoding
}

/** Decodes Windows-1252 with an explicit table for 0x80–0x9F. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = ''
  const chunk: number[] = []
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte)
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk)
      chunk.length = 0
    }
  }
  return out + String.fromCharCode(...chunk)
}

/** Whether the bytes start with a byte-order mark (UTF-8, UTF-16LE or UTF-16BE). */
export function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/**
 * Whether bytes without a BOM look like a binary file rather than text. Text has
 * almost no C0 control characters besides tab, line ends and form feed; a stray
 * NUL in a text file is tolerated (and removed later), a run of them is not.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let nul = 0
  let control = 0
  for (const byte of sample) {
    if (byte === 0) nul++
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++
  }
  return sample.length > 0 && (nul > sample.length / 100 || control > sample.length / 50)
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' }
  }
}
