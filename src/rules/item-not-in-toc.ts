import type { Report, RuleContext } from './rule.js'

/**
 * An agenda item the TOC does not list is missed by anyone reading the TOC.
 * not ok: TOC lists 1–3, the body has "Punkt 4: Eventuelt".
 */
export function itemNotInToc({ file }: RuleContext, report: Report): void {
  for (const note of file.data.splitNotes ?? []) {
    if (note.kind === 'item-not-in-toc') report(`Item "${note.title}" is not in the table of contents`, { place: note.place.start })
  }
}
