import { CLOSED_ACCESS } from '../../lexicon/index.js'
/**
 * An Acadre MM agenda XML (what Acadre publishes to os2dagsorden) as the document
 * tree. Everything is a `table name=…` of `field name=…` values, nested: the
 * agenda, its `committee`, the `meeting` with its `meetmember`s (and their
 * `absent` flag), and per item an `agendaitemparents` (whose `sort` is the
 * printed number) around the `agendaitem` with its `caseno`, `bullet`s
 * (`bulletname` heading HTML `bulletcontent`) and `enclosure`s.
 */
import type { Participant } from '../../schema/document.js'
import type { RootNode } from '../../tree/types.js'
import { exportTree, type ExportItem } from './export-tree.js'
import { dateTimeOf, participantOf } from './meeting-fields.js'
import { childNamed, childrenNamed, rootElement, type XmlElement } from './xml-document.js'

const isTable = (element: XmlElement, name: string): boolean => element.name === 'table' && element.attributes['name'] === name

/** Tables of a name below an element, at any depth, in document order (not inside each other). */
function tablesNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return []
  return element.children.flatMap((child) => (isTable(child, name) ? [child] : tablesNamed(child, name)))
}

/** A table's own fields by name (trimmed text). */
function fieldsOf(table: XmlElement | undefined): Map<string, string> {
  const fields = new Map<string, string>()
  for (const field of childrenNamed(childNamed(table, 'fields'), 'field')) fields.set(field.attributes['name'] ?? '', field.text.trim())
  return fields
}

const value = (fields: Map<string, string>, name: string): string | null => fields.get(name) || null

const positionOf = (element: XmlElement) => ({
  start: { line: element.line, column: element.column },
  end: { line: element.endLine, column: 1 }
})

/** Names in an item's absence field, one per line or comma. */
const namesIn = (text: string | null): string[] =>
  (text ?? '').split(/\s*(?:[,;\n]|\bog\b)\s*/u).map((name) => name.trim()).filter(Boolean)

/** Whether a parsed document is an Acadre agenda: a `root` whose first table is the agenda. */
export function isAcadreAgenda(document: XmlElement): boolean {
  const root = rootElement(document)
  return root?.name === 'root' && tablesNamed(root, 'agenda').length > 0
}

function participantsOf(meeting: XmlElement | undefined): Participant[] {
  const members = tablesNamed(meeting, 'meetmember').flatMap((list) => tablesNamed(list, 'member'))
  return members.flatMap((member) => {
    const fields = fieldsOf(member)
    const absent = /^(1|true|ja)$/i.test(value(fields, 'absent') ?? '')
    const found = participantOf(value(fields, 'name') ?? '', absent ? 'absent' : 'present', value(fields, 'role'))
    return found ? [found] : []
  })
}

function itemOf(item: XmlElement, number: string | null, index: number): ExportItem {
  const fields = fieldsOf(item)
  const bullets = tablesNamed(item, 'bullet')
    .map((bullet) => ({ bullet, fields: fieldsOf(bullet) }))
    .sort((a, b) => Number(value(a.fields, 'bulletsortorder') ?? 0) - Number(value(b.fields, 'bulletsortorder') ?? 0))
  return {
    number: number ?? String(index + 1),
    title: value(fields, 'name') ?? '',
    closed: CLOSED_ACCESS.test(value(fields, 'accessname') ?? ''),
    caseNumber: value(fields, 'caseno'),
    fields: bullets.map(({ bullet, fields }) => ({
      caption: value(fields, 'bulletname'),
      html: value(fields, 'bulletcontent') ?? '',
      position: positionOf(bullet)
    })),
    sourceId: value(fields, 'sysid'),
    attachments: tablesNamed(item, 'enclosure').flatMap((enclosure) => {
      const own = fieldsOf(enclosure)
      const title = value(own, 'name')
      return title === null ? [] : [{ title, sourceId: value(own, 'sysid') }]
    }),
    absent: [...namesIn(value(fields, 'absent')), ...namesIn(value(fields, 'excuse'))],
    position: positionOf(item)
  }
}

/** The tree of an Acadre agenda XML. */
export function acadreTree(document: XmlElement): RootNode {
  const root = rootElement(document)
  const agenda = fieldsOf(tablesNamed(root, 'agenda')[0])
  const meetingTable = tablesNamed(root, 'meeting')[0]
  const meeting = fieldsOf(meetingTable)
  const body = value(fieldsOf(tablesNamed(root, 'committee')[0]), 'name')
  const begins = dateTimeOf(value(meeting, 'date'))
  const ends = dateTimeOf(value(meeting, 'finish'))
  const items = tablesNamed(root, 'agendaitem').map((item, i) => {
    const parent = tablesNamed(root, 'agendaitemparents').find((p) => p.children.includes(item))
    return itemOf(item, parent ? value(fieldsOf(parent), 'sort') : null, i)
  })
  return exportTree({
    meeting: {
      title: [value(agenda, 'name'), value(meeting, 'name')].filter(Boolean).join(' ') || null,
      body,
      date: begins.date,
      start: begins.start,
      end: ends.date === begins.date ? ends.start : null,
      location: value(meeting, 'location'),
      participants: participantsOf(meetingTable),
      sourceId: value(meeting, 'sysid')
    },
    items
  })
}
