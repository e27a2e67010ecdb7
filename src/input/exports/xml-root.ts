/**
 * The name of an XML document's root element, read from the probe without
 * parsing. Why: sniffing runs on every input, so it must stay a regular
 * expression over the first bytes; parsing waits until a reader is chosen.
 */
const PROLOGUE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\?[\s\S]*?\?>)\s*)*<([A-Za-z_][\w.:-]*)/u

/** The root element's name ("Publication", "root"), or undefined when the text is not XML. */
export function xmlRootName(head: string): string | undefined {
  return PROLOGUE.exec(head.replace(/^\ufeff/u, ''))?.[1]
}

/** Whether some bytes contain an ASCII marker anywhere (a cheap scan, no decoding). */
export function bytesInclude(bytes: Uint8Array, marker: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker)
}
