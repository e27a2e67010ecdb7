/**
 * The repeated item container of a portal's meeting page: the element that
 * occurs once per agenda item and holds its number, title, case number and text.
 * Found by structure (siblings of one tag, each opening with a number and a
 * title and holding text of its own), never by a portal's class names, so
 * another portal or a redesign works the same way.
 */
import type { Element, Root } from 'hast'
import { isChrome } from '../html/is-chrome.js'
import { openingOf, type ItemOpening } from './item-opening.js'
import { textOf } from './page-text.js'

export interface ItemContainer {
  readonly element: Element
  readonly opening: ItemOpening
}

/** Text an item holds beyond its number and title, for it to be an item and not a TOC line. */
const MIN_BODY = 20

interface Group {
  readonly containers: ItemContainer[]
  readonly withBody: number
  readonly depth: number
}

function bodyLength(container: Element, opening: ItemOpening): number {
  // A container that is its own title ("<h2>1. Budget</h2>") holds no text of its own.
  if (opening.taken.has(container)) return 0
  return textOf(container, (e) => opening.taken.has(e) || isChrome(e, false)).length
}

/** Same-tag siblings that open as items; kept when two or more do and at least half of them have text. */
function groupsOf(node: Root | Element, depth: number, found: Group[]): void {
  const byTag = new Map<string, Element[]>()
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const same = byTag.get(child.tagName)
    if (same) same.push(child)
    else byTag.set(child.tagName, [child])
  }
  for (const siblings of byTag.values()) {
    if (siblings.length < 2) continue
    const containers = siblings.flatMap((element) => {
      const opening = openingOf(element)
      return opening ? [{ element, opening }] : []
    })
    if (containers.length < 2 || containers.length * 2 < siblings.length) continue
    if (new Set(containers.map((c) => c.opening.number)).size < containers.length) continue
    const withBody = containers.filter((c) => bodyLength(c.element, c.opening) >= MIN_BODY).length
    if (withBody * 2 >= containers.length) found.push({ containers, withBody, depth })
  }
  for (const child of node.children) if (child.type === 'element' && !isChrome(child, false)) groupsOf(child, depth + 1, found)
}

function contains(outer: Element, inner: Element): boolean {
  if (outer === inner) return true
  return outer.children.some((child) => child.type === 'element' && contains(child, inner))
}

/**
 * The page's item containers in page order, or undefined when it has none: of
 * the groups that no other group's items hold, the one with most items.
 */
export function findItemContainers(tree: Root): ItemContainer[] | undefined {
  const groups: Group[] = []
  groupsOf(tree, 0, groups)
  const outer = groups.filter((group) => !groups.some((other) => other !== group &&
    group.containers.every((c) => other.containers.some((o) => o.element !== c.element && contains(o.element, c.element)))))
  const best = outer.sort((a, b) => b.containers.length - a.containers.length || a.depth - b.depth)[0]
  return best?.containers
}
