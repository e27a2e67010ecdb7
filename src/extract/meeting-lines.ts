import type { ItemNode, RootNode, TextNode } from '../tree/types.js'
import { itemsOf } from '../tree/queries.js'
import { isPeopleField, matchHeaderLabel } from './header-fields.js'
import { appendAll } from '../tree/append-all.js'

/** The lines the meeting is read from, blank lines as ''. */
export interface MeetingLines {
  /** The header, then any agenda point that only lists who came ("§1 Til stede:"). */
  readonly header: string[]
  /** Every line of the document. */
  readonly document: string[]
}

/** Lines of text nodes, with '' where the source had blank lines between them. */
function linesOf(nodes: readonly TextNode[]): string[] {
  const lines: string[] = []
  let previous: number | undefined
  for (const node of nodes) {
    const start = node.position?.start.line
    if (previous !== undefined && start !== undefined && start > previous + 1) lines.push('')
    const own = node.value.split('\n')
    appendAll(lines, own)
    previous = node.position?.end.line ?? (start !== undefined ? start + own.length - 1 : undefined)
  }
  return lines
}

function textsOf(item: ItemNode): TextNode[] {
  return item.children.flatMap((child) => (child.type === 'text' ? [child] : child.children))
}

/**
 * The header's lines and the document's. The header node keeps no blank lines, so
 * they come back from positions: a participant block ends at a blank line. Association
 * minutes often make "Til stede" their first point; its names belong to the meeting.
 */
export function meetingLinesOf(tree: RootNode): MeetingLines {
  const headerNode = tree.children.find((child) => child.type === 'header')
  const header = linesOf(headerNode?.children ?? [])
  const document = [...header]
  for (const item of itemsOf(tree)) {
    const lines = linesOf(textsOf(item))
    document.push('', item.title)
    appendAll(document, lines)
    const label = matchHeaderLabel(item.title)
    if (label && isPeopleField(label.field)) {
      // The splitter has already taken "Afbud: …" lines out of the text into the item's absences.
      const absent = item.absent.length > 0 ? ['', `Afbud: ${item.absent.join(', ')}`] : []
      header.push('', item.title, ...lines, ...absent)
    }
  }
  return { header, document }
}
