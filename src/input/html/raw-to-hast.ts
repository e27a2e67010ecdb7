import { parseHtml } from './parse-html.js'
import type { Element, ElementContent, Root, RootContent } from 'hast'

/** mdast-util-to-hast's node for HTML written inside Markdown (with `allowDangerousHtml`). */
interface Raw {
  type: 'raw'
  value: string
  position?: { start: { line: number } }
}

/** Shifts the positions of a parsed snippet to where the snippet starts in the file. */
function shift(node: ElementContent, by: number): void {
  if (node.position) {
    node.position = {
      start: { ...node.position.start, line: node.position.start.line + by },
      end: { ...node.position.end, line: node.position.end.line + by }
    }
  }
  if (node.type === 'element') node.children.forEach((child) => shift(child, by))
}

/**
 * Replaces HTML written inside Markdown (`<br>`, `<div>…</div>`, tables) by its
 * parsed elements, positioned at their Markdown lines. Why: Markdown minutes on
 * static sites use such HTML for breaks and layout, and its text is minutes text.
 */
export function rawToHast(tree: Root | Element): void {
  const children = tree.children as Array<RootContent | Raw>
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!
    if (node.type === 'raw') {
      const parsed = parseHtml(node.value, { fragment: true }).children as ElementContent[]
      const by = (node.position?.start.line ?? 1) - 1
      parsed.forEach((child) => shift(child, by))
      children.splice(i, 1, ...parsed)
      i += parsed.length - 1
    } else if (node.type === 'element') rawToHast(node)
  }
}
