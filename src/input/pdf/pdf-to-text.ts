import type { LineFeatures } from '../../tree/line-features.js'
import { InputError } from '../errors.js'
import type { ReadOptions } from '../types.js'
import { pdfLineFeatures, type PdfFont } from './pdf-features.js'
import { joinPages, layoutPageLines, type PdfItem } from './pdf-layout.js'

export interface PdfText {
  readonly text: string
  /** 1-based line at which each page starts in `text`. */
  readonly pageStarts: number[]
  /** For each line of `text` (index 0 = line 1), its page, weight, size and indent. */
  readonly features: LineFeatures[]
}

interface PdfTextItem { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }

/** The part of pdf.js's page that the reader uses. */
interface PdfPage {
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem> }>
  getOperatorList(options: { annotationMode: number }): Promise<unknown>
  /** The document's shared objects: fonts by their loaded id, once an operator list sent them. */
  readonly commonObjs: { has(id: string): boolean; get(id: string): unknown }
  cleanup(): void
}

/** The part of pdf.js's document that the reader uses. */
interface PdfDocument {
  readonly numPages: number
  getPage(n: number): Promise<PdfPage>
}

/** The part of pdf.js's API that the reader uses (the minified build ships no declarations). */
interface PdfJs {
  readonly GlobalWorkerOptions: { workerSrc: string }
  getDocument(source: {
    data: Uint8Array
    password?: string
    isEvalSupported: boolean
    verbosity: number
    disableFontFace: boolean
    useSystemFonts: boolean
    maxImageSize: number
  }): { readonly promise: Promise<PdfDocument>; destroy(): Promise<void> }
}

// The minified legacy build (Node 20 needs the legacy one): the same code as the
// build pdf-parse loads, in half the source, so less to read and compile per process.
const PDFJS = 'pdfjs-dist/legacy/build/pdf.min.mjs'
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'

let pdfjs: Promise<PdfJs> | undefined

/**
 * pdf.js, loaded once per thread, its document side ("worker") in this thread too:
 * importing the worker build registers it as the main-thread handler, so pdf.js
 * does not import it again on the first document.
 *
 * Both legacy builds bring core-js, which swaps in its own `Array.prototype.push` when it finds an
 * edge case in Node 20's (arrays whose length cannot be written). The swap slows every push in the
 * thread, pdf.js's and the parser's, by ~10% of a PDF's time; ordinary arrays behave the same
 * with the native one, so it is put back.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const push = Array.prototype.push
    const [module] = await Promise.all([import(PDFJS) as Promise<PdfJs>, import(PDFJS_WORKER)])
    module.GlobalWorkerOptions.workerSrc = import.meta.resolve(PDFJS_WORKER)
    Array.prototype.push = push
    return module
  })()
  return pdfjs
}

function toItems(items: ReadonlyArray<PdfTextItem>): PdfItem[] {
  return items.flatMap((item) => {
    if (typeof item.str !== 'string' || !item.transform) return []
    const [, , , , x = 0, y = 0] = item.transform
    const font = item.fontName === undefined ? {} : { font: item.fontName }
    return [{ str: item.str, x, y, width: item.width ?? 0, height: item.height || Math.abs(item.transform[3] ?? 10), ...font }]
  })
}

/** pdf.js's `AnnotationMode.DISABLE`: fonts of the page's content are enough. */
const ANNOTATIONS_DISABLED = 0

/**
 * The fonts of a page's runs not met on earlier pages. Text content names each run's font
 * only by a loaded id; the font itself (its PostScript name, pdf.js's `bold`/`black`
 * flags) reaches the document's shared objects when an operator list is built. Fonts are
 * shared across pages, so that is done on the pages that bring a new font (usually the
 * first one or two), with images skipped (`maxImageSize`).
 */
async function addFonts(page: PdfPage, items: readonly PdfItem[], fonts: Map<string, PdfFont>, tried: Set<string>): Promise<void> {
  const wanted = [...new Set(items.flatMap((item) => (item.font === undefined || tried.has(item.font) ? [] : [item.font])))]
  if (wanted.length === 0) return
  for (const id of wanted) tried.add(id)
  if (!wanted.every((id) => page.commonObjs.has(id))) await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED })
  for (const id of wanted) {
    if (!page.commonObjs.has(id)) continue
    const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown; black?: unknown } | null
    if (typeof font?.name === 'string') fonts.set(id, { name: font.name, bold: font.bold === true || font.black === true })
  }
}

/** pdf.js's errors (by their names: PasswordException, InvalidPDFException, …) in a user's words. */
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
 * PDF bytes to text with page starts. The only importer of pdf.js, and only when a
 * PDF arrives. pdf.js opens the document (passwords, its error types) and gives
 * each page's text items; the page layout is ours (see pdf-layout.ts). Only text is
 * asked for: no rendering, no font faces, no system fonts, font code never evaluated.
 * No time limit here: pdf.js works in one promise chain that no timer can interrupt,
 * so callers run this in a thread they can end (pdf-isolated.ts, the batch pool).
 */
export async function pdfToText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  let task: ReturnType<PdfJs['getDocument']> | undefined
  try {
    const { getDocument } = await loadPdfJs()
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    // maxImageSize 1: operator lists (built only to learn fonts) skip every image.
    task = getDocument({ data: new Uint8Array(bytes), password: options.password, isEvalSupported: false, verbosity: 0, disableFontFace: true, useSystemFonts: false, maxImageSize: 1 })
    const doc = await task.promise
    const items: PdfItem[][] = []
    const fonts = new Map<string, PdfFont>()
    const tried = new Set<string>()
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const pageItems = toItems((await page.getTextContent()).items)
      items.push(pageItems)
      await addFonts(page, pageItems, fonts, tried)
      page.cleanup()
    }
    const pages = layoutPageLines(items)
    const result = joinPages(pages.map((page) => page.map((line) => line.text)))
    if (result.text.replace(/\f/g, '').trim() === '') {
      throw new InputError(file, `has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scanned PDF?); run OCR first, e.g. ocrmypdf`)
    }
    return { ...result, features: pdfLineFeatures(pages, fonts) }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(file, describe(error, options), { cause: error })
  } finally {
    await task?.destroy().catch(() => undefined)
  }
}
