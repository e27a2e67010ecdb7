import { InputError } from './errors.js'
import { joinPages, layoutPages, type PdfItem } from './pdf-layout.js'
import type { ReadOptions } from './types.js'

export interface PdfText {
  readonly text: string
  /** 1-based line at which each page starts in `text`. */
  readonly pageStarts: number[]
}

/** The part of pdf.js's document that the reader uses. */
interface PdfDocument {
  readonly numPages: number
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number; height?: number }> }>
    cleanup(): void
  }>
}

function toItems(content: Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>): PdfItem[] {
  return content.items.flatMap((item) => {
    if (typeof item.str !== 'string' || !item.transform) return []
    const [, , , , x = 0, y = 0] = item.transform
    return [{ str: item.str, x, y, width: item.width ?? 0, height: item.height || Math.abs(item.transform[3] ?? 10) }]
  })
}

/** pdf-parse's errors in a user's words: one line, naming what to do. */
function describe(error: unknown, options: ReadOptions): string {
  const name = (error as { name?: string } | undefined)?.name ?? ''
  const message = String((error as { message?: string } | undefined)?.message ?? error)
  if (name === 'PasswordException' || /password/i.test(message)) {
    return options.password === undefined ? 'is password-protected; give the password with --password' : 'could not be opened with that password'
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|bad xref|startxref|eof/i.test(message)) {
    return 'is not a readable PDF (damaged or truncated)'
  }
  return `could not be read as PDF (${message.split('\n')[0]})`
}

/**
 * PDF bytes to text with page starts. The only importer of pdf-parse, and only
 * when a PDF arrives: loading it costs ~170 ms that text runs must not pay.
 * pdf-parse opens the document (passwords, its pdf.js, its error types); the
 * page layout is ours (see pdf-layout.ts). Font code is never evaluated.
 * No time limit here: pdf.js works in one promise chain that no timer can interrupt,
 * so callers run this in a thread they can end (pdf-isolated.ts, the batch pool).
 */
export async function pdfToText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  const { PDFParse } = await import('pdf-parse')
  let parser: InstanceType<typeof PDFParse> | undefined
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    parser = new PDFParse({ data: new Uint8Array(bytes), password: options.password, isEvalSupported: false, verbosity: 0 })
    // pdf-parse keeps the pdf.js document behind a private `load`; its page text drops blank lines.
    const loader = parser as unknown as { load(): Promise<PdfDocument> }
    const doc = await loader.load()
    const items: PdfItem[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      items.push(toItems(await page.getTextContent()))
      page.cleanup()
    }
    const pages = layoutPages(items)
    const result = joinPages(pages)
    if (result.text.replace(/\f/g, '').trim() === '') {
      throw new InputError(file, `has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scanned PDF?); run OCR first, e.g. ocrmypdf`)
    }
    return result
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(file, describe(error, options), { cause: error })
  } finally {
    await parser?.destroy().catch(() => undefined)
  }
}
