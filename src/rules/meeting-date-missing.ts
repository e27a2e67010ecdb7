import type { Report, RuleContext } from './rule.js'

/**
 * Minutes without a readable meeting date cannot be filed or searched by date.
 * not ok: a header with "Dato: næste tirsdag".
 */
export function meetingDateMissing({ tree }: RuleContext, report: Report): void {
  if (tree.data?.meeting?.date) return
  const header = tree.children.find((child) => child.type === 'header')
  report('Meeting date missing or unreadable (expected e.g. "Dato: 18. november 2024")', {
    place: header?.children[0]?.position?.start ?? { line: 1, column: 1 }
  })
}
