import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'

/**
 * Where a document gives case numbers, an open item without one cannot be
 * traced to its case file. Documents that never print them are left alone.
 */
export function caseNumberMissing({ tree }: RuleContext, report: Report): void {
  const items = itemsOf(tree)
  if (!items.some((item) => item.caseNumber)) return
  for (const item of items) {
    if (item.closed || item.caseNumber) continue
    report(`Punkt ${item.number} has no case number`, {
      ancestors: [tree, item], place: item.position?.start
    })
  }
}
