import type { Io } from './io.js'

export interface Progress {
  tick(file: string): void
  done(): void
}

const silent: Progress = { tick: () => undefined, done: () => undefined }

/**
 * A one-line counter on stderr while a batch runs, only on a terminal and only
 * for more than one file. Pipes and CI logs stay clean.
 */
export function createProgress(io: Io, total: number, quiet: boolean): Progress {
  if (quiet || !io.isTTY.stderr || total < 2) return silent
  let n = 0
  return {
    tick(file) {
      n++
      const name = file.length > 60 ? `…${file.slice(-59)}` : file
      io.stderr.write(`\r\x1b[K[${n}/${total}] ${name}`)
    },
    done() {
      io.stderr.write('\r\x1b[K')
    }
  }
}
