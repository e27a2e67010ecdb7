/**
 * A portal item's body as captioned fields: every heading inside the item opens
 * one, and what follows it up to the next heading (at any depth of the page's
 * markup) is its HTML, cut from the page's source so positions keep to its lines.
 * Page chrome inside the item (menus, buttons, "Hent som PDF") is left out, and
 * the links under a Bilag heading become the item's attachments.
 */
import type { Element, ElementContent } from 'hast'
import type { Position } from 'unist'
import { COOKIE_TEXT } from '../../lexicon/index.js'
import { sectionKindOf } from '../../tree/section-kind.js'
import type { ExportAttachment } from '../exports/export-tree.js'
import type { ExportField } from '../exports/field-sections.js'
import { isChromeLine } from '../html/drop-chrome.js'
import { isChrome } from '../html/is-chrome.js'
import { idInLink, resolveLink } from './page-address.js'
import { fold, textOf } from './page-text.js'

export interface ItemBody {
  readonly fields: ExportField[]
  readonly attachments: ExportAttachment[]
}

const HEADING = /^h[1-6]$/u
const BLOCK = /^(?:p|div|li|dd|dt|tr|td|th|section|article|blockquote)$/u
/** An element holding only a small number or stray punctuation: a count badge ("📎 30"), a leftover ".", not text. */
const COUNT = /^(?:\d{1,3}|[\p{P}\s]*)$/u

const hasLink = (node: Element): boolean =>
  node.tagName === 'a' || node.children.some((child) => child.type === 'element' && hasLink(child))
/** Longest text checked for a cookie notice (a whole item mentioning cookies is no banner). */
const MAX_NOTICE = 600

/** Whether an element is page chrome inside an item: controls, menus, notices, "Kopier link". */
function isNoise(element: Element): boolean {
  if (isChrome(element, false) || element.properties.role === 'button') return true
  const text = textOf(element)
  return isChromeLine(text) || (text.length <= MAX_NOTICE && COOKIE_TEXT.test(text))
}

/** A predicate remembered per element: the walk asks about each subtree at every level above it. */
function remembered(test: (element: Element) => boolean): (element: Element) => boolean {
  const seen = new WeakMap<Element, boolean>()
  return (element) => {
    let known = seen.get(element)
    if (known === undefined) seen.set(element, (known = test(element)))
    return known
  }
}

interface Piece {
  readonly heading?: string
  /** A line break where a block the walk went into ends (list entries, cells). */
  readonly end?: true
  readonly node?: ElementContent
  readonly position?: Position
}

/** The item's content in order: headings, and the largest subtrees holding neither a heading nor chrome. */
function piecesOf(element: Element, taken: ReadonlySet<Element>): Piece[] {
  const pieces: Piece[] = []
  const noise = remembered(isNoise)
  const mixed: (node: Element) => boolean = remembered((node) =>
    node.children.some((child) => child.type === 'element' && (taken.has(child) || HEADING.test(child.tagName) || noise(child) || mixed(child))))
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (!COUNT.test(fold(child.value))) pieces.push({ node: child, position: child.position })
      } else if (child.type === 'element') {
        if (taken.has(child) || noise(child)) continue
        if (HEADING.test(child.tagName)) pieces.push({ heading: fold(textOf(child)), position: child.position })
        else if (mixed(child)) {
          walk(child)
          if (BLOCK.test(child.tagName)) pieces.push({ end: true })
        } else if (!COUNT.test(textOf(child)) || hasLink(child)) pieces.push({ node: child, position: child.position })
      }
    }
  }
  walk(element)
  return pieces
}

function linksOf(node: ElementContent, address: string | undefined, into: ExportAttachment[]): void {
  if (node.type !== 'element') return
  const href = node.tagName === 'a' && typeof node.properties.href === 'string' ? node.properties.href.trim() : ''
  if (href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href)) {
    const title = textOf(node) || fold(String(node.properties.title ?? node.properties.ariaLabel ?? ''))
    if (title !== '') into.push({ title, url: resolveLink(href, address), sourceId: idInLink(href) })
    return
  }
  node.children.forEach((child) => linksOf(child, address, into))
}

/** The fields and attachments of one item container; `html` is the page's source. */
export function itemBodyOf(container: Element, taken: ReadonlySet<Element>, html: string, address: string | undefined): ItemBody {
  const fields: ExportField[] = []
  const attachments: ExportAttachment[] = []
  let caption: string | null = null
  let parts: Piece[] = []
  let opened: Position | undefined
  const close = (): void => {
    const slices = parts.flatMap((piece) => {
      if (piece.end) return ['<br>']
      const { start, end } = piece.position ?? {}
      return start?.offset !== undefined && end?.offset !== undefined ? [html.slice(start.offset, end.offset)] : []
    })
    if (caption === null && slices.every((slice) => fold(slice.replace(/<[^>]*>/gu, '')) === '')) return
    const first = opened ?? parts.find((piece) => piece.position)?.position
    const last = [...parts].reverse().find((piece) => piece.position)?.position ?? first
    if (!first || !last) return
    const attachmentList = caption !== null && sectionKindOf(caption) === 'bilag'
    fields.push({ caption, html: slices.join('\n'), position: { start: first.start, end: last.end }, whole: attachmentList })
    if (attachmentList) for (const piece of parts) if (piece.node) linksOf(piece.node, address, attachments)
  }
  for (const piece of piecesOf(container, taken)) {
    if (piece.heading === undefined) {
      parts.push(piece)
      continue
    }
    close()
    // An empty heading still ends the section before it; what follows has no caption.
    caption = piece.heading === '' ? null : piece.heading
    opened = piece.position
    parts = []
  }
  close()
  return { fields, attachments }
}
