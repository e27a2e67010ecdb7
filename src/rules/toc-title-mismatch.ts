import type { Report, RuleContext } from './rule.js'

/**
 * A heading that differs from its TOC entry means one of them was edited after the
 * TOC was made; readers of the TOC see another title than the item's.
 * not ok: TOC "Forny et aftale" with the heading "Fornyet aftale".
 */
export function tocTitleMismatch({ file }: RuleContext, report: Report): void {
  for (const note of file.data.splitNotes ?? []) {
    if (note.kind !== 'toc-title-mismatch') continue
    report(note.truncated
      ? `TOC entry "${note.toc}" is a truncated form of the heading "${note.heading}"`
      : `Heading "${note.heading}" differs from its TOC entry "${note.toc}"`, { place: note.place.start })
  }
}
