import type { Io } from '../src/cli/io.js'

export interface FakeIo extends Io {
  readonly out: () => string
  readonly err: () => string
}

/** An Io with in-memory streams, for running `main` in process. */
export function fakeIo(options: { cwd: string; stdin?: string; tty?: boolean; env?: Record<string, string> }): FakeIo {
  let out = ''
  let err = ''
  const input = options.stdin ?? ''
  return {
    stdin: (async function* () {
      if (input !== '') yield Buffer.from(input)
    })(),
    stdout: { write: (s: string) => { out += s } },
    stderr: { write: (s: string) => { err += s } },
    isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
    cwd: options.cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err
  }
}
