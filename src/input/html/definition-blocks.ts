import type { Element } from 'hast'
import type { Block, WalkContext, Walker } from './block.js'

/**
 * A definition list (`<dl><dt>Mødested</dt><dd>Rådhuset</dd>`) as labelled lines,
 * "Mødested: Rådhuset", the form the header reader knows. Why: meeting pages put
 * date, place and participants in such lists.
 */
export function definitionBlocks(walker: Walker, list: Element, context: WalkContext): Block[] {
  const blocks: Block[] = []
  let term: Block | undefined
  for (const child of list.children) {
    if (child.type !== 'element' || (child.tagName !== 'dt' && child.tagName !== 'dd')) continue
    const inner = walker.blocksOf(child.children, context)
    if (child.tagName === 'dt') {
      if (term) blocks.push(term)
      const lines = inner.flatMap((block) => block.lines)
      term = lines.length > 0 ? { kind: 'text', rank: 0, group: null, lines: [{ text: lines.map((l) => l.text).join(' '), line: lines[0]!.line }] } : undefined
      continue
    }
    const [first, ...rest] = inner
    if (term && first && first.kind === 'text') {
      const label = term.lines[0]!
      const [head, ...more] = first.lines
      const joined = `${label.text.replace(/\s*:?$/u, ':')} ${head!.text}`
      blocks.push({ ...first, lines: [{ text: joined, line: label.line }, ...more] }, ...rest)
    } else blocks.push(...(term ? [term] : []), ...inner)
    term = undefined
  }
  if (term) blocks.push(term)
  return blocks
}
