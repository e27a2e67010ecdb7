import { createHash } from 'node:crypto'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { Element, ElementContent, Root } from 'hast'
import type { SourceLine, SourceText } from '../../compile/source-text.js'
import type { Diagnostic, Referat } from '../../schema/document.js'
import { itemCard } from './item-card.js'
import { byLine, diagnosticNote, sourceRows, type Mark, type RowContext } from './source-rows.js'
import { REVIEW_CSS } from './style.js'
import { contents, itemAnchor, summary } from './summary.js'

/**
 * Nothing may load: no script runs, no font, image or style is fetched, no form
 * posts. The one style sheet is allowed by its hash, not by 'unsafe-inline'.
 */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(REVIEW_CSS).digest('base64')}'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'`

function marksOf(doc: Referat, source: SourceText): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>()
  const add = (line: number | null, mark: Mark): void => {
    if (line !== null) marks.set(line, [...(marks.get(line) ?? []), mark])
  }
  for (const entry of doc.toc) add(entry.line, { kind: 'toc', label: 'TOC' })
  doc.items.forEach((item, index) => {
    add(item.line, { kind: 'item', label: `Punkt ${item.number}` })
    for (const section of item.sections) add(section.line, { kind: 'section', label: section.kind })
    if (item.decision) add(source.decisionLines[index] ?? null, { kind: 'decision', label: `decision: ${item.decision.outcome}` })
  })
  return marks
}

/** Where each item's heading is among the source lines, in order (never before the item before it). */
function startsOf(doc: Referat, lines: readonly SourceLine[]): number[] {
  let from = 0
  return doc.items.map((item) => {
    let at = lines.findIndex((line, index) => index >= from && line.line === item.line)
    if (at < 0) at = lines.findIndex((line, index) => index >= from && line.line >= item.line)
    from = at < 0 ? from : at
    return from
  })
}

function part(id: string, rows: readonly ElementContent[], card: Element, exported: boolean): Element {
  const text = rows.length > 0 ? [...rows] : [h('p.none', exported ? 'No source lines: read from a structured export.' : 'No source lines.')]
  return h('section.part', { id }, [h('div.source', text), card])
}

/**
 * The review page: a self-contained HTML page that shows the source line by line
 * with what was read marked where it was found, each item's reading beside it,
 * and the document's diagnostics at their lines and at the top.
 */
export function toReviewPage(doc: Referat, source: SourceText): string {
  const { lines } = source
  const context: RowContext = { marks: marksOf(doc, source), diagnostics: byLine(doc.diagnostics), anchored: new Set(), page: null }
  const starts = startsOf(doc, lines)
  const exported = lines.length === 0
  const front = sourceRows(lines.slice(0, starts[0] ?? lines.length), context)
  const frontCard = h('aside.card', [h('h3', 'Before the first item'), h('p', 'Meeting header and table of contents, as read into the summary above.')])
  const parts = doc.items.map((item, index) => {
    const rows = sourceRows(lines.slice(starts[index], starts[index + 1] ?? lines.length), context)
    return part(itemAnchor(index), rows, itemCard(item, doc.diagnostics.filter((d) => d.item === item.number)), exported)
  })
  // Diagnostics no source line showed (no line, or a line outside the text): listed at the top.
  const unplaced = new Set<Diagnostic>([...doc.diagnostics.filter((d) => d.line === null), ...[...context.diagnostics.values()].flat()])
  const title = `Review: ${doc.source.file ?? doc.meeting.title ?? 'minutes'}`
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'da' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', REVIEW_CSS)
        ]),
        h('body', [
          summary(doc, unplaced),
          contents(doc),
          h('main', [
            ...(front.length > 0 ? [part('front', front, frontCard, false)] : []),
            ...parts,
            ...(unplaced.size > 0 ? [h('section.unplaced', [h('h2', 'Diagnostics not at a source line'), ...[...unplaced].map(diagnosticNote)])] : [])
          ])
        ])
      ])
    ]
  }
  return `${toHtml(tree)}\n`
}
