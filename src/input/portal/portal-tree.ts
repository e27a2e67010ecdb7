/**
 * A meeting portal's web page as the document tree, as a structured export
 * would give it: one item per repeated item container (item-containers.ts),
 * its number, title and case number from their own elements, its headings as
 * sections, its Bilag links as attachments; the page before the first item as
 * the header the meeting is read from. Why a tree: the page states its items,
 * so the splitter need not guess them from the text.
 */
import type { Element, Root } from 'hast'
import { parseHtml } from '../html/parse-html.js'
import type { HeaderNode, RootNode, TextNode } from '../../tree/types.js'
import { exportTree, type ExportItem } from '../exports/export-tree.js'
import { htmlToText } from '../html/html-to-text.js'
import { findItemContainers, type ItemContainer } from './item-containers.js'
import { itemBodyOf } from './item-fields.js'
import { idInLink, pageAddressOf } from './page-address.js'

function itemOf(container: ItemContainer, html: string, address: string | undefined): ExportItem {
  const { element, opening } = container
  const { fields, attachments } = itemBodyOf(element, opening.taken, html, address)
  const position = element.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  return {
    number: opening.number,
    title: opening.title,
    caseNumber: opening.caseNumber,
    fields,
    attachments,
    sourceId: idInLink(String(element.properties.id ?? element.properties.dataId ?? '')),
    position
  }
}

/** The page's lines before the first item (title, date, place, members) as the header. */
function headerOf(html: string, first: Element): HeaderNode | undefined {
  const end = first.position?.start.offset
  if (end === undefined) return undefined
  const { text, lineMap } = htmlToText(html.slice(0, end), { numberItems: false })
  const children: TextNode[] = text.split('\n').flatMap((value, i) => {
    const at = { line: lineMap[i] ?? 1, column: 1 }
    return value.trim() === '' ? [] : [{ type: 'text' as const, value: value.trim(), position: { start: at, end: at } }]
  })
  return children.length > 0 ? { type: 'header', children } : undefined
}

/**
 * The tree of a portal page, or undefined when the page has no repeated item containers;
 * `page` is the page parsed, when the caller has it (it is only read).
 */
export function portalTree(html: string, page: Root = parseHtml(html)): RootNode | undefined {
  const containers = findItemContainers(page)
  if (!containers) return undefined
  const address = pageAddressOf(page)
  const tree = exportTree({ meeting: {}, items: containers.map((container) => itemOf(container, html, address)) })
  const header = headerOf(html, containers[0]!.element)
  if (header) tree.children.unshift(header)
  return tree
}
