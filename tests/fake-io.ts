import type { Io } from '../src/cli/io.js'

export interface FakeIo extends Io {
  readonly out: () => string
  readonly err: () => string
  /** Standard output as bytes (a binary format such as xlsx). */
  readonly bytes: () => Buffer
}

/** An Io with in-memory streams, for running `main` in process. */
export function fakeIo(options: { cwd: string; stdin?: string; tty?: boolean; env?: Record<string, string> }): FakeIo {
  const out: Buffer[] = []
  let err = ''
  const input = options.stdin ?? ''
  return {
    stdin: (async function* () {
      if (input !== '') yield Buffer.from(input)
    })(),
    stdout: { write: (chunk: string | Uint8Array) => { out.push(Buffer.from(chunk)) } },
    stderr: { write: (chunk: string | Uint8Array) => { err += String(chunk) } },
    isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
    cwd: options.cwd,
    env: options.env ?? {},
    out: () => Buffer.concat(out).toString('utf8'),
    err: () => err,
    bytes: () => Buffer.concat(out)
  }
}
