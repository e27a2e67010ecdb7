import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'

/**
 * A TOC entry with no agenda item in the text: the item was dropped, or its heading
 * is in a form the splitter did not recognise. Where several are, one more message
 * at the TOC says how many items were lost in all.
 * ok: TOC "1. Budget … 2", "2. Eventuelt … 3", and both headings in the body.
 * not ok: TOC "4. Eventuelt …… 9" and no heading "4." in the body.
 */
export function tocEntryWithoutItem({ tree, file }: RuleContext, report: Report): void {
  const notes = (file.data.splitNotes ?? []).filter((note) => note.kind === 'toc-entry-without-item')
  for (const note of notes) report(`TOC entry "${note.title}" has no agenda item in the text`, { place: note.place.start })
  if (notes.length < 2) return
  const toc = tree.children.find((child) => child.type === 'toc')
  const listed = toc?.children.length ?? notes.length
  report(`${notes.length} of ${listed} TOC entries have no agenda item in the text: ${notes.length} items lost, ${itemsOf(tree).length} found`, {
    place: toc?.position?.start ?? notes[0]!.place.start
  })
}
