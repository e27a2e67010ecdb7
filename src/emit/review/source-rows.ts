import { h } from 'hastscript'
import type { ElementContent } from 'hast'
import type { SourceLine } from '../../compile/source-text.js'
import type { Diagnostic } from '../../schema/document.js'

/** What is marked on a line: the item heading, a section heading, the decision, a TOC entry. */
export interface Mark {
  readonly kind: 'item' | 'section' | 'decision' | 'toc'
  readonly label: string
}

/** How source lines are rendered: marks by file line, diagnostics by file line (taken once), anchors given once. */
export interface RowContext {
  readonly marks: ReadonlyMap<number, readonly Mark[]>
  /** Diagnostics not yet shown, by file line; a line takes its own when it is rendered. */
  readonly diagnostics: Map<number, Diagnostic[]>
  readonly anchored: Set<number>
  /** The page of the line rendered last, to mark page breaks. */
  page: number | null
}

/** Diagnostics grouped by the file line they point at. */
export function byLine(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const map = new Map<number, Diagnostic[]>()
  for (const diagnostic of diagnostics) {
    if (diagnostic.line === null) continue
    map.set(diagnostic.line, [...(map.get(diagnostic.line) ?? []), diagnostic])
  }
  return map
}

/** One diagnostic under the line it concerns. */
export const diagnosticNote = (d: Diagnostic): ElementContent =>
  h(`div.diag.${d.severity}`, { role: 'note', dataRule: d.rule }, `${d.severity}: ${d.message} (${d.rule})`)

/**
 * Source lines as rows: number, text, the marks found on them; a page marker where
 * a new page starts; each line's diagnostics right under it.
 */
export function sourceRows(lines: readonly SourceLine[], context: RowContext): ElementContent[] {
  const rows: ElementContent[] = []
  for (const line of lines) {
    if (line.page !== null && line.page !== context.page) rows.push(h('div.page', { dataPage: line.page }, `Page ${line.page}`))
    context.page = line.page
    const marks = context.marks.get(line.line) ?? []
    const first = !context.anchored.has(line.line)
    context.anchored.add(line.line)
    rows.push(h('div', {
      className: ['line', ...marks.map((mark) => `mark-${mark.kind}`)],
      id: first ? `L${line.line}` : undefined,
      dataLine: line.line
    }, [
      h('span.no', String(line.line)),
      h('span.text', [line.text, ...(first ? marks.map((mark) => h(`span.badge.badge-${mark.kind}`, mark.label)) : [])])
    ]))
    const notes = context.diagnostics.get(line.line)
    if (notes) {
      context.diagnostics.delete(line.line)
      rows.push(...notes.map(diagnosticNote))
    }
  }
  return rows
}
