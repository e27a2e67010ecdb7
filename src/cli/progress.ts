import type { Io } from './io.js'
import { displayName } from './messages.js'

export interface Progress {
  /** One more input finished. */
  tick(file: string): void
  /** Runs a write (output, an error line) with the bar out of the way, so they never share a line. */
  above(write: () => void): void
  /** Clears the bar; after this nothing of it is left on screen. */
  done(): void
}

const silent: Progress = { tick: () => undefined, above: (write) => write(), done: () => undefined }

/**
 * The rate comes from the last this many files, not from the start: the first files
 * pay for start-up (loading PDFium, warming up), which made a whole-batch average
 * promise four times the real time left early on.
 */
export const RATE_WINDOW = 20

/** Redraw at most this often: a terminal needs no more, and fast batches pay nothing. */
const FRAME_MS = 100
const CLEAR = '\r\x1b[K'

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?'
  return s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
}

/**
 * Files per second over the recent window (a moving average): from the first to the
 * last of the recent finishes once two are known, else from the start.
 */
export function rateOf(recent: readonly number[], started: number, count: number, at: number): number {
  if (recent.length >= 2) {
    const span = (recent.at(-1)! - recent[0]!) / 1000
    if (span > 0) return (recent.length - 1) / span
  }
  const elapsed = (at - started) / 1000
  return elapsed > 0 ? count / elapsed : 0
}

/**
 * A progress bar on stderr while a batch runs: count, rate and time left. Only on a
 * terminal, not with --quiet, and only for more than one file: pipes and CI logs stay
 * clean. `now` is injectable for tests.
 */
export function createProgress(io: Io, total: number, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || !io.isTTY.stderr || total < 2) return silent
  const started = now()
  // When each of the last RATE_WINDOW files finished.
  const recent: number[] = []
  let count = 0
  let lastDraw = -Infinity
  let shown = false
  let current = ''
  const width = Math.max(40, Math.min(io.columns ?? 80, 120))
  const draw = (): void => {
    const rate = rateOf(recent, started, count, now())
    const eta = rate > 0 ? (total - count) / rate : Infinity
    const barWidth = 20
    const filled = Math.round((count / total) * barWidth)
    const head = `[${'='.repeat(filled)}${' '.repeat(barWidth - filled)}] ${count}/${total}  ${rate.toFixed(1)} files/s  ETA ${seconds(eta)}  `
    const room = Math.max(0, width - head.length - 1)
    const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current
    io.stderr.write(`${CLEAR}${head}${room > 0 ? name : ''}`)
    shown = true
    lastDraw = now()
  }
  const clear = (): void => {
    if (shown) io.stderr.write(CLEAR)
    shown = false
  }
  return {
    tick(file) {
      count++
      recent.push(now())
      if (recent.length > RATE_WINDOW) recent.shift()
      current = displayName(file)
      if (count === total || now() - lastDraw >= FRAME_MS) draw()
    },
    above(write) {
      const wasShown = shown
      clear()
      write()
      if (wasShown) draw()
    },
    done: clear
  }
}
