/**
 * The document tree of a structured export: a TOC listing the items as the
 * export does, and one item node per agenda item with its sections. Why here and
 * not in the splitter: an export states its structure, so nothing is guessed;
 * every reader of an export ends in this one builder.
 */
import type { Position } from 'unist'
import { CLOSED_MARKER } from '../../lexicon/index.js'
import type { Attachment, Meeting } from '../../schema/document.js'
import type { ItemNode, RootNode, TocNode } from '../../tree/types.js'
import { sectionsOfField, type ExportField } from './field-sections.js'
import { publicUrl } from './public-url.js'
import { appendAll } from '../../tree/append-all.js'

export interface ExportItem {
  readonly number: string
  /** As the export gives it; a "Lukket:" prefix is taken off and closes the item. */
  readonly title: string
  /** What the export's own flags say; the title's prefix may close it too. */
  readonly closed?: boolean
  readonly caseNumber?: string | null
  readonly fields: readonly ExportField[]
  /** Attachments where the export lists them; undefined lets extraction read Bilag sections. */
  readonly attachments?: readonly ExportAttachment[]
  /** The export's own id of the item. */
  readonly sourceId?: string | null
  /** Names the export marks absent for this item. */
  readonly absent?: readonly string[]
  readonly position: Position
}

/** An attachment as an export lists it: a name, and its link and id where given. */
export interface ExportAttachment {
  readonly title: string
  readonly url?: string | null
  readonly sourceId?: string | null
}

export interface ExportDocument {
  readonly meeting: Partial<Meeting>
  readonly items: readonly ExportItem[]
}

const fold = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/** Attachments with a name, once each (an export may list one twice). */
function attachmentsOf(list: readonly ExportAttachment[]): Attachment[] {
  const seen = new Map<string, Attachment>()
  for (const attachment of list) {
    const title = fold(attachment.title)
    if (title === '' || seen.has(title)) continue
    // Every export's links through one filter: internal hosts (http://edocfarm/…) lead nowhere outside.
    seen.set(title, { title, url: publicUrl(attachment.url), sourceId: attachment.sourceId?.trim() || null })
  }
  return [...seen.values()]
}

/** One agenda item: title without its closed marker, fields as sections, absence lines as `absent`. */
export function itemNodeOf(item: ExportItem): ItemNode {
  const title = fold(item.title)
  const marker = CLOSED_MARKER.exec(title)
  const node: ItemNode = {
    type: 'item',
    number: fold(item.number),
    title: marker ? title.slice(marker[0].length).trim() : title,
    closed: Boolean(item.closed) || marker !== null,
    caseNumber: item.caseNumber?.trim() || null,
    absent: [...(item.absent ?? [])],
    tocTitle: null,
    tocPage: null,
    children: [],
    position: item.position
  }
  for (const field of item.fields) {
    const { sections, loose, absent } = sectionsOfField(field)
    appendAll(appendAll(node.children, loose), sections)
    node.absent.push(...absent)
  }
  node.absent = [...new Set(node.absent)]
  node.data = { sourceId: item.sourceId?.trim() || null }
  if (item.attachments) node.data.attachments = attachmentsOf(item.attachments)
  return node
}

/** The root: the meeting as the export states it, a TOC entry per item, the items. */
export function exportTree(doc: ExportDocument): RootNode {
  const items = doc.items.map(itemNodeOf)
  const toc: TocNode = {
    type: 'toc',
    children: items.map((item) => ({
      type: 'tocEntry', number: item.number, title: item.title, page: null, closed: item.closed, position: item.position
    })),
    ...(items[0]?.position ? { position: { start: items[0].position.start, end: items.at(-1)!.position!.end } } : {})
  }
  return { type: 'root', children: [toc, ...items], data: { meeting: doc.meeting } }
}
