/**
 * The flat rows as zod schemas, derived from the document schema along each field's
 * path (`flat-fields.ts`): the NDJSON item line, the CSV row and the document itself.
 * `referat schema --row` prints them; `--sql` types DuckDB's readers from them.
 */
import { z } from 'zod'
import { Item, Referat } from './document.js'
import { CSV_FIELDS, MEETING_FIELDS, snakeCase, type FlatField } from './flat-fields.js'

/** The schema at a path, and whether anything on the way may be null. */
function schemaAt(root: z.ZodType, keys: readonly string[]): { schema: z.ZodType; nullable: boolean } {
  let schema = root
  let nullable = false
  for (const key of keys) {
    while (schema instanceof z.ZodNullable) {
      nullable = true
      schema = schema.unwrap() as z.ZodType
    }
    if (!(schema instanceof z.ZodObject)) throw new Error(`flat field path goes through a non-object at ${key}`)
    const next = (schema.shape as Record<string, z.ZodType | undefined>)[key]
    if (!next) throw new Error(`flat field path names ${key}, which the schema does not have`)
    schema = next
  }
  return { schema, nullable }
}

/** A flat field's schema: the document's own at its path, text if joined, nullable if any step is. */
export function fieldSchema(field: FlatField): z.ZodType {
  const [root, ...keys] = field.path
  const found = schemaAt(root === 'document' ? Referat : Item, keys)
  const description = field.description ?? found.schema.description
  let schema: z.ZodType = field.join ? z.string() : found.schema
  if (found.nullable && !(schema instanceof z.ZodNullable)) schema = schema.nullable()
  return description === undefined ? schema : schema.describe(description)
}

const shapeOf = (fields: readonly FlatField[], name: (key: string) => string): Record<string, z.ZodType> =>
  Object.fromEntries(fields.map((field) => [name(field.key), fieldSchema(field)]))

const { id, ordinal, ...itemRest } = Item.shape

/** One NDJSON line of `--format ndjson`: the item, with its meeting's fields after its id and ordinal. */
export const ItemRow = z.object({ id, ordinal, ...shapeOf(MEETING_FIELDS, (key) => key), ...itemRest })
  .meta({ title: 'referat NDJSON item line', description: 'One agenda item per line (referat parse --format ndjson), carrying its meeting' })
export type ItemRow = z.infer<typeof ItemRow>

/** One CSV row of `--format csv` (snake_case columns; every cell is text, typed as it reads). */
export const CsvRow = z.object(shapeOf(CSV_FIELDS, snakeCase))
  .meta({ title: 'referat CSV row', description: 'One agenda item per row (referat parse --format csv); empty cells are null' })

/** The rows `referat schema --row` knows: `document` is also one line of `--format ndjson-documents`. */
export const ROW_SCHEMAS = { ndjson: ItemRow, csv: CsvRow, document: Referat } as const
export type RowName = keyof typeof ROW_SCHEMAS
