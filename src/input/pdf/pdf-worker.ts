/**
 * Worker-thread entry that reads one PDF. Why a thread: a PDFium call runs to its end,
 * so a timer on the main thread cannot interrupt a stuck PDF; terminating the thread can.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { InputError } from '../errors.js'
import { pdfToText } from './pdf-to-text.js'
import type { ReadOptions } from '../types.js'

interface Job {
  readonly file: string
  readonly bytes: Uint8Array
  readonly options: ReadOptions
}

const job = workerData as Job
try {
  const result = await pdfToText(job.file, job.bytes, job.options)
  parentPort?.postMessage({ ok: true, result })
} catch (error) {
  parentPort?.postMessage(error instanceof InputError ? { ok: false, message: error.message, code: error.code } : { ok: false, message: String(error), code: 'damaged' })
}
