import type { Report, RuleContext } from './rule.js'

/**
 * A TOC entry with no agenda item in the text: the item was dropped, or its heading
 * is in a form the splitter did not recognise.
 * not ok: TOC "4. Eventuelt …… 9" and no heading "4." in the body.
 */
export function tocEntryWithoutItem({ file }: RuleContext, report: Report): void {
  for (const note of file.data.splitNotes ?? []) {
    if (note.kind === 'toc-entry-without-item') report(`TOC entry "${note.title}" has no agenda item in the text`, { place: note.place.start })
  }
}
