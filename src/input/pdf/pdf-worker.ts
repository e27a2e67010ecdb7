/**
 * Worker-thread entry that reads one PDF. Why a thread: a PDFium call runs to its end,
 * so a timer on the main thread cannot interrupt a stuck PDF; terminating the thread can.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { InputError } from '../errors.js'
import { loadPdfium, pdfToText } from './pdf-to-text.js'
import type { ReadOptions } from '../types.js'

interface Job {
  readonly file: string
  readonly bytes: Uint8Array
  readonly options: ReadOptions
}

const job = workerData as Job
try {
  // PDFium's wasm, compiled by the thread that started this one while this one started
  // (undefined if that failed: then it is compiled here). A failure to load is reported
  // by pdfToText below, as it always was.
  const compiled = await new Promise<WebAssembly.Module | undefined>((resolve) => parentPort?.once('message', resolve) ?? resolve(undefined))
  await loadPdfium(compiled).catch(() => undefined)
  const result = await pdfToText(job.file, job.bytes, job.options)
  parentPort?.postMessage({ ok: true, result })
} catch (error) {
  parentPort?.postMessage(error instanceof InputError ? { ok: false, message: error.message, code: error.code } : { ok: false, message: String(error), code: 'damaged' })
}
