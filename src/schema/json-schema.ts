import { z } from 'zod'
import { Referat } from './document.js'

/** The output contract as JSON Schema (draft 2020-12), for `referat schema`. */
export function referatJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Referat, { target: 'draft-2020-12' }) as Record<string, unknown>
}
