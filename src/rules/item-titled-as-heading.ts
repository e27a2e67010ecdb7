import type { Report, RuleContext } from './rule.js'
import type { SectionKind } from '../schema/document.js'
import { itemsOf } from '../tree/queries.js'
import { sectionKindOf } from '../tree/section-kind.js'
import { fieldOfLabel, isPeopleField } from '../extract/header-fields.js'

/**
 * Section kinds whose heading never titles an agenda item. Left out: economy,
 * process and "other" headings, which associations do use as items ("4. Økonomi").
 */
const NEVER_ITEM_TITLES: ReadonlySet<SectionKind> = new Set([
  'resume', 'baggrund', 'sagsfremstilling', 'supplerende-sagsfremstilling', 'indstilling', 'beslutning', 'bilag'
])

/** A heading is a few words; a longer title that starts like one names its matter ("Indstilling fra Udvalget til …"). */
const MAX_HEADING_WORDS = 4

/** Which heading a title reads as, if any. People labels stay out: associations do list "§1 Til stede" as an item. */
function headingLike(title: string): string | undefined {
  if (title.split(/\s+/u).length > MAX_HEADING_WORDS) return undefined
  const kind = sectionKindOf(title)
  if (kind && NEVER_ITEM_TITLES.has(kind)) return `a section heading (${kind})`
  const field = fieldOfLabel(title)
  return field && !isPeopleField(field) ? `a meeting-header label (${field})` : undefined
}

/**
 * An item titled like a section heading or a meeting-header label is a misread: the
 * splitter took the inside of an item (or the header) for the list of items.
 * ok: "Punkt 2: Budget 2025" followed by "Beslutning"
 * not ok: "Punkt 2: Beslutning", "3. Mødested" (but "§1 Til stede" is an association's item)
 */
export function itemTitledAsHeading({ tree }: RuleContext, report: Report): void {
  for (const item of itemsOf(tree)) {
    const title = item.title.trim()
    const what = headingLike(title)
    if (!what) continue
    report(`Punkt ${item.number} is titled "${title}", which reads as ${what}, not an agenda item`, {
      ancestors: [tree, item], place: item.position?.start
    })
  }
}
