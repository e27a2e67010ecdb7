import { checkTextLayer } from '../pdf/text-layer.js'
import type { Reader } from '../types.js'

/** PDF by its `%PDF-` header (some writers put a few bytes of junk first). */
export const pdfReader: Reader = {
  format: 'pdf',
  isolated: true,
  sniff: ({ head }) => /(?:^|[\r\n])%PDF-\d/.test(head.slice(0, 1024)),
  async read(file, bytes, options) {
    // PDFium costs ~100 ms to load (its wasm compiled): only when a PDF arrives.
    const pdf = options.isolatePdf === false
      ? await (await import('../pdf/pdf-to-text.js')).pdfToText(file, bytes, options)
      : await (await import('../pdf/pdf-isolated.js')).pdfToTextIsolated(file, bytes, options)
    return { kind: 'text', text: pdf.text, pageStarts: pdf.pageStarts, features: pdf.features, facts: checkTextLayer(file, pdf.text) }
  }
}
