import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'

/**
 * A closed (Lukket) item should carry its title only: body text there may be
 * confidential content about to be published by mistake.
 * not ok: "Punkt 8: Lukket: Lukket orientering" followed by case text.
 */
export function closedItemWithText({ tree }: RuleContext, report: Report): void {
  for (const item of itemsOf(tree)) {
    const body = item.children.find((child) => child.type === 'section' || child.type === 'text')
    if (!item.closed || !body) continue
    report(`Closed item ${item.number} carries body text; check that nothing confidential is published`, {
      ancestors: [tree, item], place: body.position?.start
    })
  }
}
