import type { Report, RuleContext } from './rule.js'
import type { ItemNode } from '../tree/types.js'
import { itemsOf, sectionsOf } from '../tree/queries.js'
import { parseDate } from '../extract/date.js'
import { headingOrgan, isSameOrgan } from '../extract/decision-choice.js'


/** The heading of the section the item's decision was read from, if it came from one. */
function decisionHeadingOf(item: ItemNode): { heading: string; line: number } | undefined {
  const line = item.data?.decisionLine
  if (!item.data?.decision || line == null) return undefined
  const section = sectionsOf(item).find((candidate) => candidate.kind === 'beslutning' && candidate.position?.start.line === line)
  return section ? { heading: section.heading, line } : undefined
}

/** The organ a heading names where it is not the meeting's body (the extractor's own reading of it). */
function isOtherOrgan(heading: string, body: string): string | undefined {
  const organ = headingOrgan(heading)
  return organ === null || isSameOrgan(organ, body) ? undefined : organ
}

/**
 * The decision read for an item comes from a section headed by another organ or
 * another date than this meeting's: an earlier treatment's decision, or a committee's
 * recommendation, stands where this meeting's decision should.
 * ok: meeting "Byrådet" 2024-03-13, decision under "Beslutning i Byrådet den 13. marts 2024"
 * not ok: the same meeting, decision under "Økonomiudvalgets beslutning den 4. marts 2024"
 */
export function decisionFromOtherMeeting({ tree }: RuleContext, report: Report): void {
  const meeting = tree.data?.meeting
  const date = meeting?.date ?? null
  const body = meeting?.body ?? null
  for (const item of itemsOf(tree)) {
    const found = decisionHeadingOf(item)
    if (!found) continue
    const where = { ancestors: [tree, item], place: { line: found.line, column: 1 } }
    const dated = parseDate(found.heading)
    if (date && dated && dated !== date) {
      report(`Punkt ${item.number}'s decision is read under "${found.heading}", dated ${dated}, not this meeting's ${date}`, where)
      continue
    }
    const organ = body ? isOtherOrgan(found.heading, body) : undefined
    if (organ) report(`Punkt ${item.number}'s decision is read under "${found.heading}", headed by ${organ}, not this meeting's ${body}`, where)
  }
}
