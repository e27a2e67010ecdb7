import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { WrappedPdfiumModule } from '@embedpdf/pdfium'
import type { LineFeatures } from '../../tree/line-features.js'
import { InputError, type InputErrorCode } from '../errors.js'
import type { ReadOptions } from '../types.js'
import { pdfLineFeatures, type PdfFont } from './pdf-features.js'
import { joinPages, layoutPageLines, type PdfItem } from './pdf-layout.js'
import { pageRuns, SCRATCH_BYTES, type PdfiumGlyphApi } from './pdfium-runs.js'

export interface PdfText {
  readonly text: string
  /** 1-based line at which each page starts in `text`. */
  readonly pageStarts: number[]
  /** For each line of `text` (index 0 = line 1), its page, weight, size and indent. */
  readonly features: LineFeatures[]
}

interface Pdfium {
  readonly lib: WrappedPdfiumModule
  readonly api: PdfiumGlyphApi & { malloc(size: number): number; free(pointer: number): void }
}

let pdfium: Promise<Pdfium> | undefined

/** PDFium's 4.6 MB of wasm, read from its package (nothing is fetched). */
export async function readPdfiumWasm(): Promise<ArrayBuffer> {
  const bytes = await readFile(fileURLToPath(import.meta.resolve('@embedpdf/pdfium/pdfium.wasm')))
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

/**
 * PDFium (WebAssembly), loaded once per thread and only when a PDF arrives: its module
 * and its wasm, compiled here, or `compiled` elsewhere (pdf-isolated.ts compiles it while
 * the reader thread starts, and every thread it starts shares the code V8 compiles for
 * it). No form environment is set up, so a PDF's scripts never run.
 */
export function loadPdfium(compiled?: WebAssembly.Module): Promise<Pdfium> {
  pdfium ??= (async () => {
    const { init } = await import('@embedpdf/pdfium')
    const lib = compiled ? await instantiate(init, compiled) : await init({ wasmBinary: await readPdfiumWasm() })
    lib.PDFiumExt_Init()
    return { lib, api: lib.pdfium.wasmExports as unknown as Pdfium['api'] }
  })()
  return pdfium
}

/** PDFium from a module compiled elsewhere, through Emscripten's hook for that (which waits for `receive`). */
function instantiate(init: (typeof import('@embedpdf/pdfium'))['init'], compiled: WebAssembly.Module): Promise<WrappedPdfiumModule> {
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): object => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), reject)
      return {}
    }
    init({ instantiateWasm } as Parameters<typeof init>[0]).then(resolve, reject)
  })
}

/** FPDF_GetLastError's codes (fpdfview.h) in a user's words, with the input error's code. */
function describe(code: number, options: ReadOptions): [string, { code: InputErrorCode }] {
  if (code === 4) {
    return options.password === undefined
      ? ['is password-protected', { code: 'encrypted' }]
      : ['could not be opened with that password', { code: 'wrong-password' }]
  }
  if (code === 5) return ['is encrypted in a way referat cannot open', { code: 'encrypted' }]
  if (code === 2 || code === 3 || code === 6) return ['is not a readable PDF (damaged or truncated)', { code: 'damaged' }]
  return [`could not be read as PDF (PDFium error ${code})`, { code: 'damaged' }]
}

/** Every page's runs and the fonts they name; throws the user's message for a file PDFium cannot open. */
function readPages({ lib, api }: Pdfium, file: string, bytes: Uint8Array, options: ReadOptions): { pages: PdfItem[][]; fonts: Map<string, PdfFont> } {
  if (bytes.length === 0) throw new InputError(file, ...describe(3, options))
  const data = api.malloc(bytes.length)
  const scratch = api.malloc(SCRATCH_BYTES)
  let doc = 0
  try {
    new Uint8Array(api.memory.buffer, data, bytes.length).set(bytes)
    doc = lib.FPDF_LoadMemDocument(data, bytes.length, options.password ?? '')
    if (!doc) throw new InputError(file, ...describe(lib.FPDF_GetLastError(), options))
    const pages: PdfItem[][] = []
    const fonts = new Map<string, PdfFont>()
    const count = lib.FPDF_GetPageCount(doc)
    for (let n = 0; n < count; n++) {
      const page = lib.FPDF_LoadPage(doc, n)
      if (!page) throw new InputError(file, ...describe(6, options))
      const text = lib.FPDFText_LoadPage(page)
      try {
        pages.push(text ? pageRuns(api, text, scratch, fonts) : [])
      } finally {
        if (text) lib.FPDFText_ClosePage(text)
        lib.FPDF_ClosePage(page)
      }
    }
    return { pages, fonts }
  } finally {
    if (doc) lib.FPDF_CloseDocument(doc)
    api.free(scratch)
    api.free(data)
  }
}

/**
 * PDF bytes to text with page starts and line features. The only importer of PDFium,
 * and only when a PDF arrives. PDFium opens the document (passwords, damage) and gives
 * each page's glyphs; the runs (pdfium-runs.ts) and the page layout (pdf-layout.ts) are
 * ours. No time limit here: a PDFium call runs to its end, so callers run this in a
 * thread they can end (pdf-isolated.ts, the batch pool).
 */
export async function pdfToText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  try {
    const { pages: items, fonts } = readPages(await loadPdfium(), file, bytes, options)
    const pages = layoutPageLines(items)
    const result = joinPages(pages.map((page) => page.map((line) => line.text)))
    if (result.text.replace(/\f/g, '').trim() === '') {
      throw new InputError(file, `has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scanned PDF?); run OCR first, e.g. ocrmypdf`, { code: 'scanned' })
    }
    return { ...result, features: pdfLineFeatures(pages, fonts) }
  } catch (error) {
    if (error instanceof InputError) throw error
    // A trap inside PDFium (out of wasm memory, an abort) leaves its module unusable: load it anew next time.
    if (error instanceof WebAssembly.RuntimeError) pdfium = undefined
    throw new InputError(file, `could not be read as PDF (${String((error as Error | undefined)?.message ?? error).split('\n')[0]})`, { code: 'damaged', cause: error })
  }
}
