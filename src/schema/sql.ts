import { z } from 'zod'
import { duckdbColumns, type JsonSchema } from './duckdb-types.js'
import { ROW_SCHEMAS, type RowName } from './row-schemas.js'

/** How each row is read: the reader, its options, and the table macro's name. */
const READERS: Readonly<Record<RowName, { macro: string; reader: string; options: string; made: string }>> = {
  ndjson: { macro: 'referat_items', reader: 'read_json', options: "format = 'newline_delimited'", made: 'referat parse … --format ndjson > items.ndjson' },
  csv: { macro: 'referat_items_csv', reader: 'read_csv', options: "header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"'", made: 'referat parse … --format csv > items.csv' },
  document: { macro: 'referat_documents', reader: 'read_json', options: "format = 'newline_delimited'", made: 'referat parse … --format ndjson-documents > documents.ndjson' }
}

/** A row's JSON Schema, as `referat schema --row` prints it. */
export function rowJsonSchema(row: RowName): Record<string, unknown> {
  return z.toJSONSchema(ROW_SCHEMAS[row], { target: 'draft-2020-12' }) as Record<string, unknown>
}

/**
 * DuckDB table macros that read referat's outputs with every column typed:
 * `SELECT sum(votes_for) FROM referat_items_csv('items.csv')`. A macro, not a view,
 * so the file is named when it is read and the same script serves every batch.
 */
export function duckdbSql(rows: readonly RowName[]): string {
  return rows.map((row) => {
    const { macro, reader, options, made } = READERS[row]
    const columns = duckdbColumns(rowJsonSchema(row) as JsonSchema)
    return `-- ${made}\nCREATE OR REPLACE MACRO ${macro}(path) AS TABLE\n  SELECT * FROM ${reader}(path, ${options}, columns = ${columns});\n`
  }).join('\n')
}
