/**
 * Cheap tests for the export readers' sniffers: an XML document's root element
 * read from the probe, and a marker anywhere in the bytes. Why: sniffing runs on
 * every input, so it must stay a regular expression or a byte search; parsing
 * waits until a reader is chosen.
 */
const PROLOGUE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\?[\s\S]*?\?>)\s*)*<([A-Za-z_][\w.:-]*)/u

/** The root element's name ("Publication", "root"), or undefined when the text is not XML. */
export function xmlRootName(head: string): string | undefined {
  return PROLOGUE.exec(head.replace(/^\ufeff/u, ''))?.[1]
}

/** Whether some bytes contain an ASCII marker anywhere, in UTF-8 or UTF-16 (no decoding). */
export function bytesInclude(bytes: Uint8Array, marker: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const le = Buffer.from(marker, 'utf16le')
  const be = Buffer.from(le).swap16()
  return buffer.includes(marker) || buffer.includes(le) || buffer.includes(be)
}
