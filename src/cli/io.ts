/** What the CLI may touch of the process: streams, terminal facts, cwd and env. */
export interface Sink {
  write(chunk: string): unknown
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
  /** Registers work to do if the process is interrupted (Ctrl-C); returns an unregister. */
  readonly onInterrupt?: (cleanup: () => void) => () => void
}

/**
 * The real process as an Io. A closed pipe (`referat parse … | head`) ends the
 * process quietly instead of throwing EPIPE at the user.
 */
export function nodeIo(): Io {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
  const cleanups = new Set<() => void>()
  const interrupted = (signal: NodeJS.Signals): void => {
    for (const cleanup of cleanups) cleanup()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  return {
    onInterrupt: (cleanup) => {
      cleanups.add(cleanup)
      return () => cleanups.delete(cleanup)
    },
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    cwd: process.cwd(),
    env: process.env
  }
}
