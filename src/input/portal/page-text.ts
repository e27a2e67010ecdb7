/**
 * Text of a page's elements for the portal reader: an element's folded text and
 * its runs of text in order. Why its own walk: finding an item's number and title
 * needs text that page chrome hides from the block walk (portals put the title in
 * a `<button>` that opens the item).
 */
import type { Element, Root } from 'hast'

/** Elements whose text is never the page's: code and templates. */
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title'])

/** What fold changes beyond the ends: white space other than one space (JavaScript's \s, zero-width), soft hyphens, two spaces. */
const FOLDED = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad]| {2}/u

/** Text with its blanks folded to one space, soft hyphens dropped, trimmed. Why the test first: most runs need only the trim. */
export const fold = (text: string): string =>
  FOLDED.test(text) ? text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').replace(/\u00ad/gu, '').trim() : text.trim()

/** An element's text, blanks folded; `skip` leaves out subtrees. */
export function textOf(node: Element | Root, skip?: (element: Element) => boolean): string {
  const parts: string[] = []
  const walk = (current: Element | Root): void => {
    for (const child of current.children) {
      if (child.type === 'text') parts.push(child.value)
      else if (child.type === 'element' && !NO_TEXT.has(child.tagName) && !skip?.(child)) {
        walk(child)
        // Blocks and cells separate words that inline markup would join.
        if (/^(?:p|div|td|th|li|h[1-6]|br|tr|dd|dt)$/u.test(child.tagName)) parts.push(' ')
      }
    }
  }
  walk(node)
  return fold(parts.join(''))
}

/** One run of text and the element that holds it. */
export interface TextRun {
  readonly text: string
  readonly element: Element
  /** The element's ancestors inside the walked node, outermost first. */
  readonly path: readonly Element[]
}

/** The runs of text in an element, in document order, at most `limit` of them. */
export function textRuns(node: Element, limit = Infinity): TextRun[] {
  const runs: TextRun[] = []
  const walk = (current: Element, path: Element[]): void => {
    for (const child of current.children) {
      if (runs.length >= limit) return
      if (child.type === 'text') {
        const text = fold(child.value)
        if (text !== '') runs.push({ text, element: current, path })
      } else if (child.type === 'element' && !NO_TEXT.has(child.tagName)) walk(child, [...path, child])
    }
  }
  walk(node, [])
  return runs
}
