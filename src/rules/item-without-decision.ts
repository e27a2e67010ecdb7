import type { Report, RuleContext } from './rule.js'
import { itemsOf, sectionsOf } from '../tree/queries.js'
import { MINUTES_TITLE } from '../lexicon/index.js'

/**
 * An open item in a referat without a Beslutning usually means the splitter lost
 * the block or the secretary forgot it. Agendas (dagsordener) have no decisions yet.
 * not ok: "Punkt 4: Plan for ledermøder" with Sagsfremstilling but no Beslutning.
 */
export function itemWithoutDecision({ tree }: RuleContext, report: Report): void {
  const title = tree.data?.meeting?.title ?? ''
  const items = itemsOf(tree)
  const isMinutes = MINUTES_TITLE.test(title) || items.some((item) => item.data?.decision)
  if (!isMinutes) return
  for (const item of items) {
    // A decision read from the item's running text (a recorded vote, "Enstemmigt vedtaget") counts.
    if (item.closed || item.data?.decision || sectionsOf(item).some((section) => section.kind === 'beslutning')) continue
    report(`Punkt ${item.number} has no Beslutning`, { ancestors: [tree, item], place: item.position?.start })
  }
}
