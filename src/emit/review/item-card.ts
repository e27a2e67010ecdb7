import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { Diagnostic, Dissent, Item, VoteSide } from '../../schema/document.js'
import { attachmentOf, type AttachmentLike } from './attachment.js'

/** A `dt`/`dd` pair; an absent value shows as a muted dash, so a missing field is seen. */
export function field(label: string, value: ElementContent | string | null | undefined): ElementContent[] {
  const shown = value === null || value === undefined || value === '' ? h('span.none', '–') : value
  return [h('dt', label), h('dd', [shown])]
}

/** A link to a line of the source column. */
export const lineLink = (line: number | null, text?: string): ElementContent =>
  line === null ? h('span.none', text ?? '–') : h('a', { href: `#L${line}` }, text ?? `line ${line}`)

function side(label: string, vote: VoteSide): string {
  const who = [...vote.parties, ...vote.names].join(', ')
  return `${label}: ${vote.count ?? '?'}${who ? ` (${who})` : ''}`
}

const dissentLine = (entry: Dissent): string =>
  `${[entry.name, entry.party && `(${entry.party})`].filter(Boolean).join(' ') || '?'}: ${entry.stance}`

function list(values: readonly string[]): ElementContent | null {
  return values.length === 0 ? null : h('ul', values.map((value) => h('li', value)))
}

function attachments(values: readonly AttachmentLike[]): ElementContent | null {
  if (values.length === 0) return null
  return h('ul.attachments', values.map((value) => {
    const { title, url } = attachmentOf(value)
    return h('li', [url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, title) : title])
  }))
}

/** Everything read for one item, beside its source lines. */
export function itemCard(item: Item, diagnostics: readonly Diagnostic[]): Element {
  const decision = item.decision
  const votes = decision?.votes
  return h('aside.card', { ariaLabel: `Punkt ${item.number}` }, [
    h('h3', [`Punkt ${item.number}: `, item.title, item.closed ? h('span.closed', ' (lukket)') : '']),
    h('dl.fields', [
      ...field('Number', item.number),
      ...field('Group', item.group),
      ...field('Case number', item.caseNumber),
      ...field('Heading', lineLink(item.line, `line ${item.line}${item.page === null ? '' : `, page ${item.page}`}`)),
      ...field('Sections', item.sections.length === 0 ? null : h('ul.sections', item.sections.map((section) =>
        h('li', [h('a', { href: `#L${section.line}` }, section.heading), ` (${section.kind})`])))),
      ...field('Outcome', decision ? h('strong.outcome', decision.outcome) : null),
      ...field('Unanimous', decision?.unanimous == null ? null : decision.unanimous ? 'yes' : 'no'),
      ...field('Votes', votes ? list([side('For', votes.for), side('Against', votes.against), side('Abstain', votes.abstain)]) : null),
      ...field('Dissent', list((decision?.dissent ?? []).map(dissentLine))),
      ...field('Absent', list(item.absent)),
      ...field('Conflicts', list(item.conflicts)),
      ...field('Attachments', attachments(item.attachments as readonly AttachmentLike[])),
      ...field('Diagnostics', diagnostics.length === 0 ? null : h('ul.diagnostics', diagnostics.map((d) =>
        h(`li.${d.severity}`, [`${d.severity}: ${d.message} `, lineLink(d.line)]))))
    ]),
    decision ? h('details', [h('summary', 'Decision text'), h('p.decision-text', decision.text)]) : h('p.none', 'No decision read.'),
    h('p', [h('a', { href: '#contents' }, '↑ items')])
  ])
}
