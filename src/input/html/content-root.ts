import type { Element, Root } from 'hast'

function find(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) found.push(child)
    else find(child, test, found)
  }
  return found
}

/**
 * The part of a page that holds the minutes: its one `<main>` (or role=main), else
 * its one `<article>`, else the whole page. Why prefer them: portals put menus,
 * search and footers around them, and the page's own markup says where content is.
 */
export function contentRootOf(tree: Root): { root: Root | Element; pageLevel: boolean } {
  const mains = find(tree, (element) => element.tagName === 'main' || element.properties.role === 'main')
  if (mains.length === 1) return { root: mains[0]!, pageLevel: false }
  const articles = find(tree, (element) => element.tagName === 'article')
  if (articles.length === 1) return { root: articles[0]!, pageLevel: false }
  return { root: tree, pageLevel: true }
}
