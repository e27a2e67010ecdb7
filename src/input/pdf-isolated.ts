import { Worker } from 'node:worker_threads'
import { DEFAULT_PDF_TIMEOUT_MS, InputError, memoryMessage, timeoutMessage, WORKER_MEMORY_MB } from './errors.js'
import type { PdfText } from './pdf.js'
import type { ReadOptions } from './types.js'

type Reply = { ok: true; result: PdfText } | { ok: false; message: string }

/**
 * Reads a PDF in a worker thread under a hard time limit: past `timeoutMs` the
 * thread is terminated and the file reported, so one pathological PDF cannot stall
 * a batch; past its heap limit (a decompression bomb) it ends the same way.
 * Running from TypeScript sources (tests), where the worker cannot load,
 * it reads in-thread instead.
 */
export async function pdfToTextIsolated(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  const entry = new URL('./pdf-worker.js', import.meta.url)
  if (import.meta.url.endsWith('.ts')) {
    const { pdfToText } = await import('./pdf.js')
    return pdfToText(file, bytes, options)
  }
  const ms = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS
  // The heap limit turns a decompression bomb into one line instead of gigabytes of RSS.
  const worker = new Worker(entry, {
    workerData: { file, bytes, options: { password: options.password } },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB }
  })
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new InputError(file, timeoutMessage(ms))), ms)
      worker.once('message', (message: Reply) => {
        clearTimeout(timer)
        resolve(message)
      })
      worker.once('error', (error) => {
        clearTimeout(timer)
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        reject(new InputError(file, outOfMemory ? memoryMessage() : `could not be read as PDF (${error.message})`, { cause: error }))
      })
    })
    if (!reply.ok) throw new InputError(file, reply.message)
    return reply.result
  } finally {
    await worker.terminate()
  }
}
