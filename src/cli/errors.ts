/** A mistake in how referat was called: one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
