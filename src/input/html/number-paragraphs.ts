import type { Element, Root, RootContent } from 'hast'

const NUMBERED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th'])

/**
 * Gives every text node the number of its paragraph as its line. Why: converted
 * Word files are one line of HTML, and the paragraph number is the position a
 * reader of the .docx can find again.
 */
export function numberParagraphs(tree: Root): void {
  let paragraph = 0
  const visit = (node: Root | Element | RootContent): void => {
    if (node.type === 'element' && NUMBERED.has(node.tagName)) paragraph++
    if (node.type === 'text') {
      const point = { line: Math.max(paragraph, 1), column: 1 }
      node.position = { start: point, end: point }
    }
    if ('children' in node) node.children.forEach(visit)
  }
  visit(tree)
}
