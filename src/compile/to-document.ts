import type { VFile } from 'vfile'
import { itemsOf, sectionText } from '../tree/queries.js'
import { extractMeeting } from '../extract/meeting.js'
import { completeDecision } from '../extract/complete-decision.js'
import { sourceLines, toDiagnostics } from './diagnostics.js'
import { pageOf } from './page-of.js'

export { pageOf } from './page-of.js'
import { createHash } from 'node:crypto'
import type { Item, Referat, Source } from '../schema/document.js'
import { SCHEMA_VERSION } from '../schema/version.js'
import type { GroupNode, ItemNode, RootNode } from '../tree/types.js'

declare module 'vfile' {
  interface DataMap {
    /** Where the input came from, for `source` in the output. */
    source: Source
    /** 1-based lines at which pages start (PDF input), for `page` fields. */
    pageStarts: number[]
  }
}

/** Each grouped item's group title, in one pass over the tree. */
function groupTitles(tree: RootNode): Map<ItemNode, string> {
  const titles = new Map<ItemNode, string>()
  for (const child of tree.children) {
    if (child.type !== 'group') continue
    for (const item of (child as GroupNode).children) if (item.type === 'item') titles.set(item, child.title)
  }
  return titles
}

/** Where an item sits in the document, for its ids. */
interface Place {
  readonly documentId: string
  readonly ordinal: number
}

/**
 * The document's id: the first 16 hex digits of the input's SHA-256, so the same
 * file gives the same id on every machine, run, format and batch mode.
 */
export function documentIdOf(source: Source, text: string): string {
  return (source.sha256 ?? createHash('sha256').update(text).digest('hex')).slice(0, 16)
}

function toItem(item: ItemNode, place: Place, group: string | null, pageStarts: readonly number[] | undefined, toSource: (line: number) => number): Item {
  const line = item.position?.start.line ?? 1
  const loose = item.children.filter((child) => child.type === 'text').map((child) => child.value)
  return {
    id: `${place.documentId}-${place.ordinal}`,
    ordinal: place.ordinal,
    sourceId: item.data?.sourceId ?? null,
    number: item.number,
    title: item.title,
    group,
    closed: item.closed,
    caseNumber: item.caseNumber,
    sections: item.children.flatMap((child) => child.type !== 'section' ? [] : [{
      kind: child.kind,
      heading: child.heading,
      text: sectionText(child),
      line: toSource(child.position?.start.line ?? line),
      page: pageOf(child.position?.start.line ?? line, pageStarts)
    }]),
    decision: item.data?.decision ? completeDecision(item.data.decision) : null,
    recommendation: item.data?.recommendation ?? null,
    attachments: item.data?.attachments ?? [],
    absent: item.absent,
    conflicts: item.data?.conflicts ?? [],
    text: loose.join('\n\n'),
    line: toSource(line),
    // Text without page breaks still has the TOC's word for where the item starts.
    page: pageOf(line, pageStarts) ?? item.tocPage
  }
}

/**
 * The compiler: tree and file messages to the contract's document.
 * It reads what the parser and transforms left; it decides nothing new.
 */
export function toDocument(tree: RootNode, file: VFile): Referat {
  const pageStarts = file.data.pageStarts
  const toc = tree.children.find((child) => child.type === 'toc')
  const groups = groupTitles(tree)
  const toSource = sourceLines(file)
  const source = file.data.source ?? { file: file.path ?? null, format: 'text', sha256: null, pages: null }
  const documentId = documentIdOf(source, String(file.value))
  return {
    schemaVersion: SCHEMA_VERSION,
    id: documentId,
    source,
    meeting: { ...extractMeeting([]), ...tree.data?.meeting },
    toc: (toc?.children ?? []).map((entry) => ({
      number: entry.number, title: entry.title, page: entry.page, closed: entry.closed,
      line: toSource(entry.position?.start.line ?? 1)
    })),
    items: itemsOf(tree).map((item, i) => toItem(item, { documentId, ordinal: i + 1 }, groups.get(item) ?? null, pageStarts, toSource)),
    diagnostics: toDiagnostics(file)
  }
}
