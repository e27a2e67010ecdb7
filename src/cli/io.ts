import { messageLine } from './messages.js'

/** What the CLI may touch of the process: streams, terminal facts, cwd and env. */
export interface Sink {
  write(chunk: string | Uint8Array): unknown
  /** A stream's 'drain' event: after a write returned false, when it wants more. */
  once?(event: 'drain', listener: () => void): unknown
}

/**
 * Waits, after a write that returned false, until the sink has written out what it
 * buffered ('drain'). A pipe whose reader is slow then holds up the batch instead of
 * the process buffering every document in memory. Sinks without events never wait.
 */
export function drained(sink: Sink, wrote: unknown): Promise<void> | undefined {
  if (wrote !== false || sink.once === undefined) return undefined
  return new Promise((resolve) => sink.once!('drain', resolve))
}

export interface Io {
  readonly stdin: AsyncIterable<Uint8Array | string>
  readonly stdout: Sink
  readonly stderr: Sink
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean }
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Terminal width for help text; 80 when not a terminal. */
  readonly columns?: number
  /**
   * Registers work to do if the process is interrupted (Ctrl-C: with its signal) or ends
   * because stdout failed (no signal); returns an unregister.
   */
  readonly onInterrupt?: (cleanup: (signal?: NodeJS.Signals) => void) => () => void
}

const SIGNAL_EXIT: Readonly<Partial<Record<NodeJS.Signals, number>>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }

/**
 * The real process as an Io. A closed pipe (`referat parse … | head`) ends the
 * process quietly instead of throwing EPIPE at the user; any other failure to write
 * stdout (a full disk) is one line and exit 2. Ctrl-C, SIGTERM and SIGHUP (a closed
 * terminal) run the registered clean-ups (temporary files, the progress bar) first.
 */
export function nodeIo(): Io {
  const cleanups = new Set<(signal?: NodeJS.Signals) => void>()
  const cleanUp = (signal?: NodeJS.Signals): void => {
    for (const cleanup of cleanups) cleanup(signal)
    cleanups.clear()
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    cleanUp()
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    const why = error.code === 'ENOSPC' ? 'no space left on device' : (error.code ?? error.message)
    process.stderr.write(`${messageLine(`cannot write to standard output: ${why}`)}\n`)
    process.exit(2)
  })
  process.stderr.on('error', () => {
    cleanUp()
    process.exit(process.exitCode ?? 2)
  })
  const interrupted = (signal: NodeJS.Signals): void => {
    cleanUp(signal)
    process.exit(SIGNAL_EXIT[signal] ?? 1)
  }
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.once(signal, interrupted)
  return {
    onInterrupt: (cleanup) => {
      cleanups.add(cleanup)
      return () => cleanups.delete(cleanup)
    },
    columns: process.stderr.isTTY ? process.stderr.columns : process.stdout.isTTY ? process.stdout.columns : undefined,
    // On first use: making process.stdin loads and builds a stream (~3 ms of a start) that only `-` reads.
    get stdin() {
      return process.stdin
    },
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    cwd: process.cwd(),
    env: process.env
  }
}
