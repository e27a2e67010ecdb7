import { referatJsonSchema } from '../../schema/json-schema.js'
import { ROW_SCHEMAS, type RowName } from '../../schema/row-schemas.js'
import { duckdbSql, rowJsonSchema } from '../../schema/sql.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Io } from '../io.js'

export interface SchemaFlags {
  readonly row?: string
  readonly sql?: string
}

const ROWS = Object.keys(ROW_SCHEMAS) as RowName[]
const isRow = (name: string): name is RowName => (ROWS as string[]).includes(name)

/**
 * `referat schema`: the output contract as JSON Schema, from the zod schema, with
 * titles and descriptions. `--row ndjson|csv|document` gives a row's schema instead;
 * `--sql duckdb` gives DuckDB macros that read the outputs with typed columns.
 */
export function runSchema(io: Io, flags: SchemaFlags = {}): ExitCode {
  if (flags.row !== undefined && !isRow(flags.row)) throw new UsageError(`--row must be one of ${ROWS.join(', ')}, not ${flags.row}`)
  if (flags.sql !== undefined) {
    if (flags.sql !== 'duckdb') throw new UsageError(`--sql knows duckdb, not ${flags.sql}`)
    io.stdout.write(duckdbSql(flags.row === undefined ? ROWS : [flags.row as RowName]))
    return EXIT.ok
  }
  const schema = flags.row === undefined ? referatJsonSchema() : rowJsonSchema(flags.row as RowName)
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
  return EXIT.ok
}
