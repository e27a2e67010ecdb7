import type { Item, Referat } from '../schema/document.js'
import { MEETING_FIELDS, type FlatField } from '../schema/flat-fields.js'

/** A flat value: what a CSV cell or a workbook cell holds before it is written. */
export type FlatValue = string | number | boolean | null

/** Follows a field's path; a null on the way (no decision, no vote) gives null. */
function valueAt(field: FlatField, doc: Referat, item: Item | undefined): unknown {
  const [root, ...keys] = field.path
  let value: unknown = root === 'document' ? doc : item
  for (const key of keys) {
    if (value === null || value === undefined) return null
    value = (value as Record<string, unknown>)[key]
  }
  return value ?? null
}

/** A field's value in a flat row: lists joined as the field says, everything else as it is. */
export function flatValue(field: FlatField, doc: Referat, item?: Item): FlatValue {
  const value = valueAt(field, doc, item)
  if (field.join && Array.isArray(value)) return value.map((entry) => field.join!.entry(entry as never)).join(field.join.separator)
  return value as FlatValue
}

/** The meeting's fields for one document, keyed by their JSON names (for NDJSON lines). */
export function meetingFieldsOf(doc: Referat): Record<string, FlatValue> {
  return Object.fromEntries(MEETING_FIELDS.map((field) => [field.key, flatValue(field, doc)]))
}
