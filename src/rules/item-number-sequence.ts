import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'
import { isNextNumber } from '../tree/numbering.js'

/**
 * Item numbers must run 1, 2, 3 (or 1.1, 1.2, 2.1): a duplicate or a gap usually
 * means an item was lost or pasted twice when the minutes were assembled.
 * ok: Punkt 1, Punkt 2   not ok: Punkt 1, Punkt 3
 */
export function itemNumberSequence({ tree }: RuleContext, report: Report): void {
  const seen = new Set<string>()
  let last: string | null = null
  for (const item of itemsOf(tree)) {
    const place = item.position
    if (seen.has(item.number)) {
      report(`Item number ${item.number} is used twice`, { ancestors: [tree, item], place })
    } else if (last !== null && !isNextNumber(last, item.number)) {
      report(`Item number ${item.number} follows ${last}; expected the next number`, { ancestors: [tree, item], place })
    }
    seen.add(item.number)
    last = item.number
  }
}
