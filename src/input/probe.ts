import type { Probe } from './types.js'

/** How much of a file the sniffers see: enough for a BOM, an XML declaration and a root. */
export const PROBE_BYTES = 4096

/**
 * The probe of some bytes: the head as text without its BOM. UTF-16 (by BOM) is
 * decoded; anything else is read as Latin-1, byte for byte, which is all a sniffer
 * looking for ASCII markup needs.
 */
export function probeOf(bytes: Uint8Array): Probe {
  const head = bytes.subarray(0, PROBE_BYTES)
  if (head[0] === 0xff && head[1] === 0xfe) return { bytes, head: new TextDecoder('utf-16le').decode(head.subarray(2)) }
  if (head[0] === 0xfe && head[1] === 0xff) return { bytes, head: new TextDecoder('utf-16be').decode(head.subarray(2)) }
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  return { bytes, head: Buffer.from(head.subarray(start)).toString('latin1') }
}
