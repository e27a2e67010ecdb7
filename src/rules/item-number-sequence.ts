import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'
import { isNextNumber, numberParts, stepOf } from '../tree/numbering.js'

/** What is wrong with `next` after `last`, said in numbers where both are on one level. */
function breakOf(last: string, next: string): string {
  const a = numberParts(last)
  const b = numberParts(next)
  if (a.length === 1 && b.length === 1 && Number.isFinite(a[0]) && Number.isFinite(b[0])) {
    const gap = b[0]! - a[0]! - 1
    if (gap < 0) return `Item number ${next} follows ${last}: the numbering goes back`
    if (gap > 0) return `Item number ${next} follows ${last}; expected the next number (${gap} skipped)`
  }
  return `Item number ${next} follows ${last}; expected the next number`
}

/**
 * Item numbers must run 1, 2, 3 (or 1.1, 1.2, 2.1): a duplicate, a gap or a step back
 * usually means an item was lost or pasted twice, or the splitter took a numbered
 * list for items. A gap says how many numbers are missing.
 * ok: Punkt 1, Punkt 2; 6, 6a, 6b, 7   not ok: Punkt 1, Punkt 3 (1 skipped); Punkt 7, Punkt 3 (goes back)
 */
export function itemNumberSequence({ tree }: RuleContext, report: Report): void {
  const seen = new Set<string>()
  let last: string | null = null
  for (const item of itemsOf(tree)) {
    const place = item.position
    if (seen.has(item.number)) {
      report(`Item number ${item.number} is used twice`, { ancestors: [tree, item], place })
    // A suffixed number continues the run as printed: 6, 6a, 6b, 7.
    } else if (last !== null && !isNextNumber(last, item.number) && stepOf(last, item.number) !== 'suffix') {
      report(breakOf(last, item.number), { ancestors: [tree, item], place })
    }
    seen.add(item.number)
    last = item.number
  }
}
