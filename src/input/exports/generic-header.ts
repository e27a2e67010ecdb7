/**
 * The meeting's own text in a generic export (a cover and participant list the
 * system keeps beside the items, as eDoc's agenda-level `FullText`) as the tree's
 * header, so the meeting extractors read it as they read minutes. Why cut at the
 * first item's title: such a text often goes on with every item, which the
 * records already give.
 */
import type { HeaderNode, TextNode } from '../../tree/types.js'
import { findField } from './field-lookup.js'
import { deepText, type RecordNode } from './record-node.js'

const fold = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase()

/** The header node of an export's meeting text outside the records, or undefined. */
export function headerOf(root: RecordNode, skip: (node: RecordNode) => boolean, firstTitle: string): HeaderNode | undefined {
  const field = findField(root, 'text', 4, skip)
  if (!field) return undefined
  const lines = deepText(field).replace(/\r\n?/gu, '\n').split('\n')
  const title = fold(firstTitle)
  const end = title === '' ? -1 : lines.findIndex((line) => fold(line).includes(title))
  const children: TextNode[] = lines.slice(0, end < 0 ? lines.length : end).flatMap((line, i) => {
    const value = line.replace(/\s+/gu, ' ').trim()
    const at = { line: field.line + i, column: 1 }
    return value === '' ? [] : [{ type: 'text' as const, value, position: { start: at, end: at } }]
  })
  return children.length > 0 ? { type: 'header', children } : undefined
}
