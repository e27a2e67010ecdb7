import { Worker } from 'node:worker_threads'
import { DEFAULT_PDF_TIMEOUT_MS, InputError, memoryMessage, timeoutMessage, WORKER_MEMORY_MB, type InputErrorCode } from '../errors.js'
import { watchMemory } from '../memory-watch.js'
import type { PdfText } from './pdf-to-text.js'
import type { ReadOptions } from '../types.js'

type Reply = { ok: true; result: PdfText } | { ok: false; message: string; code: InputErrorCode }

/**
 * The reader thread in use, if any: PDFs read here go one at a time, so callers that
 * read several at once (a batch overlapping its files' I/O) start one thread, not
 * many, and the memory watch (which sees the whole process) sees one PDF.
 */
let running: Promise<unknown> = Promise.resolve()

let compiledWasm: Promise<WebAssembly.Module | undefined> | undefined

/**
 * PDFium's wasm compiled once in this thread, while a reader thread starts, and sent
 * to it: compiling overlaps the thread's start (~13 ms of a 31-page PDF's read), and
 * every reader thread shares the code V8 compiles for the module, so the second PDF of
 * a batch in process does not compile it again. Undefined if it fails: the thread
 * compiles it itself.
 */
function pdfiumModule(): Promise<WebAssembly.Module | undefined> {
  compiledWasm ??= import('./pdf-to-text.js').then(async ({ readPdfiumWasm }) => WebAssembly.compile(await readPdfiumWasm())).catch(() => undefined)
  return compiledWasm
}

/**
 * Reads a PDF in a worker thread under a hard time limit: past `timeoutMs` the
 * thread is terminated and the file reported, so one pathological PDF cannot stall
 * a batch; past its memory limit (heap, or the process growing by more than
 * WORKER_MEMORY_MB: a decompression bomb) it ends the same way.
 * Running from TypeScript sources (tests), where the worker cannot load,
 * it reads in-thread instead.
 */
export function pdfToTextIsolated(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  let ended: Promise<unknown> = Promise.resolve()
  const read = running.then(() => readIsolated(file, bytes, options, (end) => (ended = end)))
  // The caller has the text as soon as it arrives; the next PDF waits until this thread has ended.
  running = read.then(() => ended, () => ended)
  return read
}

async function readIsolated(file: string, bytes: Uint8Array, options: ReadOptions, onEnd: (ended: Promise<unknown>) => void): Promise<PdfText> {
  const entry = new URL('./pdf-worker.js', import.meta.url)
  if (import.meta.url.endsWith('.ts')) {
    const { pdfToText } = await import('./pdf-to-text.js')
    return pdfToText(file, bytes, options)
  }
  const ms = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS
  // The heap limit turns a decompression bomb into one line instead of gigabytes of RSS.
  const worker = new Worker(entry, {
    workerData: { file, bytes, options: { password: options.password } },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB }
  })
  void pdfiumModule().then((compiled) => worker.postMessage(compiled), () => worker.postMessage(undefined))
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const stopWatch = watchMemory(WORKER_MEMORY_MB * 1024 * 1024, () => {
        clearTimeout(timer)
        reject(new InputError(file, memoryMessage(), { code: 'out-of-memory' }))
      })
      const timer = setTimeout(() => {
        stopWatch()
        reject(new InputError(file, timeoutMessage(ms), { code: 'timeout' }))
      }, ms)
      const settle = (): void => {
        clearTimeout(timer)
        stopWatch()
      }
      worker.once('message', (message: Reply) => {
        settle()
        resolve(message)
      })
      worker.once('error', (error) => {
        settle()
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        reject(new InputError(file, outOfMemory ? memoryMessage() : `could not be read as PDF (${error.message})`, { code: outOfMemory ? 'out-of-memory' : 'damaged', cause: error }))
      })
    })
    if (!reply.ok) throw new InputError(file, reply.message, { code: reply.code })
    return reply.result
  } finally {
    // Not awaited (~5 ms): the text goes on to be parsed while the thread ends.
    onEnd(worker.terminate().catch(() => undefined))
  }
}
