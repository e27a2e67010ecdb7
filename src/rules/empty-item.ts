import type { Report, RuleContext } from './rule.js'
import type { ItemNode, RootNode } from '../tree/types.js'
import { itemsOf } from '../tree/queries.js'

/** Fewer consecutive empty items than this are reported one by one (empty-item), more as a run (empty-items-run). */
export const EMPTY_RUN = 3

/** An open item with neither text, sections nor a decision read from anywhere. */
export const isEmptyItem = (item: ItemNode): boolean =>
  !item.closed && !item.data?.decision && item.children.every((child) => child.type === 'text' && child.value.trim() === '')

/**
 * The empty items that count: only in minutes with some decision (an agenda or a
 * notice lists bare titles by design), and not a parent whose sub-items follow
 * ("4. Forslag" before "4.1 …").
 */
export function emptyItemsOf(tree: RootNode): Array<{ item: ItemNode; index: number }> {
  const items = itemsOf(tree)
  if (!items.some((item) => item.data?.decision)) return []
  return items.flatMap((item, index) => {
    const next = items[index + 1]
    const parent = next !== undefined && next.number.startsWith(`${item.number}.`)
    return isEmptyItem(item) && !parent ? [{ item, index }] : []
  })
}

/** Runs of consecutive empty items (by item index), each as its list of items. */
export function emptyRunsOf(tree: RootNode): ItemNode[][] {
  const runs: ItemNode[][] = []
  let last = -2
  for (const { item, index } of emptyItemsOf(tree)) {
    if (index === last + 1) runs.at(-1)!.push(item)
    else runs.push([item])
    last = index
  }
  return runs
}

/**
 * An item with nothing under its heading, in minutes where other items have a
 * decision: its text was likely lost to the item before or after it.
 * ok: "Punkt 3: Eventuelt" followed by "Intet."
 * not ok: "Punkt 3: Eventuelt" directly followed by "Punkt 4: …"
 */
export function emptyItem({ tree }: RuleContext, report: Report): void {
  for (const run of emptyRunsOf(tree)) {
    if (run.length >= EMPTY_RUN) continue
    for (const item of run) report(`Punkt ${item.number} has neither text nor sections`, { ancestors: [tree, item], place: item.position?.start })
  }
}
