import { referatJsonSchema } from '../../schema/json-schema.js'
import { EXIT, type ExitCode } from '../errors.js'
import type { Io } from '../io.js'

/** `referat schema`: the output contract as JSON Schema, from the zod schema. */
export function runSchema(io: Io): ExitCode {
  io.stdout.write(`${JSON.stringify(referatJsonSchema(), null, 2)}\n`)
  return EXIT.ok
}
