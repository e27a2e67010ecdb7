import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { Diagnostic, Referat, Severity } from '../../schema/document.js'
import { field, lineLink } from './item-card.js'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** Where each item's block starts on the page (items may share a number, so by position). */
export const itemAnchor = (index: number): string => `item-${index + 1}`

function counts(doc: Referat): ElementContent {
  const of = (severity: Severity): number => doc.diagnostics.filter((d) => d.severity === severity).length
  const errors = of('error')
  return h('ul.counts', [
    h('li', `${doc.items.length} items`),
    h('li', `${doc.items.filter((item) => item.decision).length} with a decision`),
    h('li', `${doc.items.reduce((sum, item) => sum + item.sections.length, 0)} sections`),
    h('li', `${doc.toc.length} TOC entries`),
    h('li', { className: errors > 0 ? ['has-errors'] : [] }, `${errors} errors`),
    h('li', `${of('warning')} warnings`),
    h('li', `${of('info')} info`)
  ])
}

/** Errors and warnings, each a link to its line; `unplaced` are those no source line shows. */
function problems(doc: Referat, unplaced: ReadonlySet<Diagnostic>): ElementContent[] {
  const shown = doc.diagnostics.filter((d) => d.severity !== 'info' || unplaced.has(d))
  if (shown.length === 0) return [h('p.none', 'No errors or warnings.')]
  const sorted = [...shown].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
  return [h('ul.problems', sorted.map((d) => h(`li.${d.severity}`, [
    h('strong', d.severity), ` ${d.message} (${d.rule}) `, unplaced.has(d) ? h('span.none', '(not at a source line)') : lineLink(d.line)
  ])))]
}

/** The top of the page: meeting fields, source, counts and every error and warning. */
export function summary(doc: Referat, unplaced: ReadonlySet<Diagnostic>): Element {
  const { meeting, source } = doc
  const present = meeting.participants.filter((p) => p.status === 'present').length
  const absent = meeting.participants.filter((p) => p.status === 'absent').length
  const time = meeting.start ? `${meeting.start}${meeting.end ? `–${meeting.end}` : ''}` : null
  return h('header.summary', [
    h('h1', meeting.title ?? source.file ?? 'Minutes'),
    h('dl.fields', [
      ...field('Body', meeting.body),
      ...field('Date', meeting.date),
      ...field('Time', time),
      ...field('Location', meeting.location),
      ...field('Participants', meeting.participants.length === 0 ? null : `${present} present, ${absent} absent, ${meeting.participants.length} in all`),
      ...field('Source', `${source.file ?? 'standard input'} (${source.format}${source.pages === null ? '' : `, ${source.pages} pages`})`)
    ]),
    counts(doc),
    h('h2', 'Errors and warnings'),
    ...problems(doc, unplaced)
  ])
}

/** The table of items to jump from. */
export function contents(doc: Referat): Element {
  return h('nav#contents', { ariaLabel: 'Items' }, [
    h('h2', 'Items'),
    h('table.items', [
      h('thead', h('tr', ['No.', 'Title', 'Case', 'Outcome', 'Line', 'Page', 'Diagnostics'].map((label) => h('th', label)))),
      h('tbody', doc.items.map((item, index) => {
        const own = doc.diagnostics.filter((d) => d.item === item.number)
        return h('tr', { dataItem: item.number }, [
          h('td.n', item.number),
          h('td', [h('a', { href: `#${itemAnchor(index)}` }, item.title || '(untitled)'), item.closed ? h('span.closed', ' (lukket)') : '']),
          h('td.n', item.caseNumber ?? ''),
          h('td', item.decision?.outcome ?? ''),
          h('td.n', [lineLink(item.line, String(item.line))]),
          h('td.n', item.page === null ? '' : String(item.page)),
          h('td', own.length === 0 ? '' : SEVERITIES.map((s) => [s, own.filter((d) => d.severity === s).length] as const)
            .filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', '))
        ])
      }))
    ])
  ])
}
