import type { Report, RuleContext } from './rule.js'

/**
 * TOC page numbers must not go down: a lower page after a higher one means the
 * TOC was not regenerated after the document was edited.
 * not ok: "Plan 2025 .... 11" followed by "Eventuelt .... 8".
 */
export function tocPagesOrder({ tree }: RuleContext, report: Report): void {
  const toc = tree.children.find((child) => child.type === 'toc')
  let last = 0
  for (const entry of toc?.children ?? []) {
    if (entry.page === null) continue
    if (entry.page < last) {
      report(`TOC page ${entry.page} for "${entry.title}" comes after page ${last}`, {
        ancestors: [tree, toc!, entry], place: entry.position?.start
      })
    }
    last = Math.max(last, entry.page)
  }
}
