import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'

/**
 * An agenda item the TOC does not list is missed by anyone reading the TOC. Where
 * several are, one more message at the TOC says how many.
 * ok: TOC lists 1–3 and the body has items 1–3.
 * not ok: TOC lists 1–3, the body has "Punkt 4: Eventuelt".
 */
export function itemNotInToc({ tree, file }: RuleContext, report: Report): void {
  const notes = (file.data.splitNotes ?? []).filter((note) => note.kind === 'item-not-in-toc')
  for (const note of notes) report(`Item "${note.title}" is not in the table of contents`, { place: note.place.start })
  if (notes.length < 2) return
  const toc = tree.children.find((child) => child.type === 'toc')
  report(`${notes.length} of ${itemsOf(tree).length} agenda items are not in the table of contents (the TOC lists ${toc?.children.length ?? 0})`, {
    place: toc?.position?.start ?? notes[0]!.place.start
  })
}
