import type { Report, RuleContext } from './rule.js'
import { EMPTY_RUN, emptyRunsOf } from './empty-item.js'

/**
 * Several empty items in a row in minutes with decisions: the splitter most likely
 * took a numbered list (a TOC, a recommendation's points) for agenda items.
 * ok: "Punkt 1: A" … "Beslutning" … for every item
 * not ok: "1. Valg", "2. Budget", "3. Regnskab" with nothing under any, then "Punkt 4" with a Beslutning
 */
export function emptyItemsRun({ tree }: RuleContext, report: Report): void {
  for (const run of emptyRunsOf(tree)) {
    if (run.length < EMPTY_RUN) continue
    const first = run[0]!
    report(`${run.length} empty items in a row (Punkt ${first.number} to ${run.at(-1)!.number}): neither text nor sections under any of them`, {
      ancestors: [tree, first], place: first.position?.start
    })
  }
}
