/**
 * What a binary input is, for its one-line error: an image gets told to run OCR
 * (a photographed or scanned page is the usual case), anything else is "binary".
 */
import type { InputErrorCode } from './errors.js'

/** Image formats by their leading bytes (magic numbers). */
const IMAGES: ReadonlyArray<readonly [string, (b: Uint8Array) => boolean]> = [
  ['PNG', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['JPEG', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['GIF', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  ['TIFF', (b) => (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a)],
  ['BMP', (b) => b[0] === 0x42 && b[1] === 0x4d && b.length > 14],
  ['WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['HEIC', (b) => ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1)$/u.test(ascii(b, 8, 12))]
]

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

/** The image format of some bytes ("PNG"), or null. */
export function imageKindOf(bytes: Uint8Array): string | null {
  return IMAGES.find(([, is]) => is(bytes))?.[0] ?? null
}

/** The InputError arguments for a binary input: an image with an OCR hint, else plain binary. */
export function binaryError(bytes: Uint8Array): [string, { code: InputErrorCode }] {
  const image = imageKindOf(bytes)
  if (image !== null) return [`is an image (${image}), not text: run OCR first, e.g. ocrmypdf or tesseract`, { code: 'image' }]
  return ['is a binary file, not text, PDF, Word or an export referat reads', { code: 'binary' }]
}
