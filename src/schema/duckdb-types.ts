/**
 * DuckDB column types from the rows' JSON Schema, so `read_json` and `read_csv` load
 * every column typed (a column null in every row stays its type, not JSON) and
 * `sum(votes_for)` works without a cast. Derived, never listed by hand.
 */

/** The part of JSON Schema that zod writes for the contract. */
export interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly format?: string
  readonly const?: unknown
  readonly anyOf?: readonly JsonSchema[]
  readonly items?: JsonSchema
  readonly properties?: Readonly<Record<string, JsonSchema>>
}

/** `for` is an SQL keyword: every name is quoted. */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** The schema without its `null` alternative: what a nullable field holds when it holds something. */
export function withoutNull(schema: JsonSchema): JsonSchema {
  // zod writes a nullable scalar as `type: ["string", "null"]`, anything else as `anyOf`.
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null')
    return types.length === 1 ? { ...schema, type: types[0] } : schema
  }
  const rest = schema.anyOf?.filter((alternative) => alternative.type !== 'null')
  return rest?.length === 1 ? rest[0]! : schema
}

/** One JSON Schema (property) as a DuckDB type: VARCHAR, DATE, BIGINT, BOOLEAN, lists and STRUCTs. */
export function duckdbType(input: JsonSchema): string {
  const schema = withoutNull(input)
  if (schema.const !== undefined) return Number.isInteger(schema.const) ? 'BIGINT' : typeof schema.const === 'boolean' ? 'BOOLEAN' : 'VARCHAR'
  switch (schema.type) {
    case 'string': return schema.format === 'date' ? 'DATE' : 'VARCHAR'
    case 'integer': return 'BIGINT'
    case 'number': return 'DOUBLE'
    case 'boolean': return 'BOOLEAN'
    case 'array': return `${duckdbType(schema.items ?? {})}[]`
    case 'object': return `STRUCT(${Object.entries(schema.properties ?? {}).map(([name, field]) => `${quoted(name)} ${duckdbType(field)}`).join(', ')})`
    default: return 'JSON'
  }
}

/** A row's columns as DuckDB's `columns = {…}` argument, in the row's order. */
export function duckdbColumns(row: JsonSchema): string {
  const entries = Object.entries(row.properties ?? {}).map(([name, field]) => `'${name.replaceAll("'", "''")}': '${duckdbType(field).replaceAll("'", "''")}'`)
  return `{${entries.join(', ')}}`
}
