/** How often the watch looks at the process's memory. */
const INTERVAL_MS = 50

/**
 * Calls `exceeded` once if the process's resident memory grows more than `limitBytes`
 * above what it was when the watch started; returns a stop function. Why: a PDF
 * decompression bomb inflates into ArrayBuffers, which live outside the V8 heap, so a
 * worker's `resourceLimits` alone does not stop it; the thread reading it is ended
 * from outside when the process grows past the limit.
 */
export function watchMemory(limitBytes: number, exceeded: () => void): () => void {
  const start = process.memoryUsage.rss()
  const timer = setInterval(() => {
    if (process.memoryUsage.rss() - start > limitBytes) {
      clearInterval(timer)
      exceeded()
    }
  }, INTERVAL_MS)
  timer.unref()
  return () => clearInterval(timer)
}
