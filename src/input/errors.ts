/** An input that cannot be read as minutes: one line for the user, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'InputError'
  }
}
