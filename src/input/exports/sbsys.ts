import { AWAY } from '../../lexicon/index.js'
/**
 * An SBSYS publication (the XML an SBSYS eDagsorden publishes, os2dagsorden's
 * source) as the document tree: `Agenda` holds the `Meeting` (time, place,
 * members), the `Committee` and the `Items`; each `Item` has a `Number`, a
 * `Caption`, a `Case` and `ItemField`s whose `Caption` (upper case in some
 * municipalities) heads HTML `Content`, and its `Enclosures`.
 */
import type { Participant } from '../../schema/document.js'
import type { RootNode } from '../../tree/types.js'
import { exportTree, type ExportItem } from './export-tree.js'
import { dateTimeOf, participantOf } from './meeting-fields.js'
import { childNamed, childrenNamed, childText, rootElement, type XmlElement } from './xml-document.js'

const positionOf = (element: XmlElement) => ({
  start: { line: element.line, column: element.column },
  end: { line: element.endLine, column: 1 }
})

/** Whether a parsed document is an SBSYS publication: a `Publication` with agendas. */
export function isSbsysPublication(document: XmlElement): boolean {
  const root = rootElement(document)
  return root?.name === 'Publication' && childrenNamed(childNamed(root, 'Agendas'), 'Agenda').length > 0
}

function participantsOf(meeting: XmlElement | undefined): Participant[] {
  return childrenNamed(childNamed(meeting, 'Members'), 'MeetingMember').flatMap((member) => {
    const status = `${childText(member, 'ParticipationStatusAsText') ?? ''} ${childText(member, 'ParticipationNote') ?? ''}`
    const found = participantOf(childText(member, 'Name') ?? childText(childNamed(member, 'Member'), 'Name') ?? '', AWAY.test(status) ? 'absent' : 'present')
    return found ? [found] : []
  })
}

function itemOf(item: XmlElement, index: number): ExportItem {
  const enclosures = childrenNamed(childNamed(item, 'Enclosures'), 'Enclosure')
  return {
    number: childText(item, 'Number') ?? String(index + 1),
    title: childText(item, 'Caption') ?? childText(childNamed(item, 'Case'), 'Title') ?? '',
    closed: /^false$/i.test(childText(item, 'IsPublic') ?? ''),
    caseNumber: childText(childNamed(item, 'Case'), 'Number'),
    fields: childrenNamed(childNamed(item, 'Fields'), 'ItemField').map((field) => ({
      caption: childText(field, 'Caption'),
      html: childText(field, 'Content') ?? '',
      position: positionOf(field)
    })),
    sourceId: item.attributes['ID'] ?? null,
    attachments: enclosures.flatMap((enclosure) => {
      const title = childText(enclosure, 'Name') ?? childText(enclosure, 'FileName')
      return title === null ? [] : [{ title, sourceId: enclosure.attributes['ID'] ?? null }]
    }),
    position: positionOf(item)
  }
}

/** The tree of an SBSYS publication (the first agenda's meeting, every agenda's items). */
export function sbsysTree(document: XmlElement): RootNode {
  const agendas = childrenNamed(childNamed(rootElement(document), 'Agendas'), 'Agenda')
  const agenda = agendas[0]
  const meeting = childNamed(agenda, 'Meeting')
  const committee = childText(childNamed(agenda, 'Committee'), 'Name')
  const begins = dateTimeOf(childText(meeting, 'When'))
  const ends = dateTimeOf(childText(meeting, 'Until'))
  const items = agendas.flatMap((each) => childrenNamed(childNamed(each, 'Items'), 'Item'))
  return exportTree({
    meeting: {
      title: childText(agenda, 'Name') ?? committee,
      body: committee ?? childText(agenda, 'Name'),
      date: begins.date,
      start: begins.start,
      end: ends.date === begins.date ? ends.start : null,
      location: childText(meeting, 'Where'),
      participants: participantsOf(meeting),
      sourceId: meeting?.attributes['ID'] ?? null
    },
    items: items.map(itemOf)
  })
}
