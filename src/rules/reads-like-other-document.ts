import type { Report, RuleContext } from './rule.js'
import { itemsOf, sectionsOf, sectionText } from '../tree/queries.js'
import { AGENDA_TITLE, MINUTES_TITLE } from '../lexicon/index.js'

/** Characters of running text per item above which items read as chapters, not agenda points. */
const PROSE_PER_ITEM = 1200

/**
 * A document that reads like something else (a report, a letter, a budget): long
 * prose under a few numbered headings, no meeting header and no decision. Its
 * "items" are chapters; the output is not minutes.
 * ok: "REFERAT … Dato: 3. maj 2024 … Punkt 1: … Beslutning …"
 * not ok: "1. Indledning" and "2. Analyse", each over pages of prose, no date, no decision
 */
export function readsLikeOtherDocument({ tree }: RuleContext, report: Report): void {
  const items = itemsOf(tree)
  if (items.length === 0) return
  const meeting = tree.data?.meeting
  const title = meeting?.title ?? ''
  if (MINUTES_TITLE.test(title) || AGENDA_TITLE.test(title)) return
  // A meeting header: a date, or a body with a time, place or participants.
  if (meeting?.date || meeting?.start || meeting?.location || (meeting?.participants?.length ?? 0) > 0) return
  const decided = items.some((item) => item.data?.decision || sectionsOf(item).some((section) => section.kind === 'beslutning' || section.kind === 'indstilling'))
  if (decided) return
  const prose = items.reduce((sum, item) => sum + item.children.reduce((chars, child) =>
    chars + (child.type === 'text' ? child.value.length : sectionText(child).length), 0), 0)
  if (prose / items.length < PROSE_PER_ITEM) return
  const first = items[0]!
  report(`This reads like another kind of document (a report or a letter), not minutes: ${items.length} numbered heading(s) over ${Math.round(prose / 1000)}k characters of prose, no meeting date and no decision`, {
    place: first.position?.start ?? { line: 1, column: 1 }
  })
}
