import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'

/**
 * A document with no agenda items is either not minutes or in a layout the
 * splitter does not know; either way its output says nothing.
 * not ok: "Kære alle, her er nyhedsbrevet …"
 */
export function noItems({ tree }: RuleContext, report: Report): void {
  if (itemsOf(tree).length > 0) return
  report('No agenda items found (expected headings such as "Punkt 1: …" or "1. …")', {
    place: { line: 1, column: 1 }
  })
}
