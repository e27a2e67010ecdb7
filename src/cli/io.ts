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
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    cwd: process.cwd(),
    env: process.env
  }
}
