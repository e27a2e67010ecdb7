import type { Element } from 'hast'
import type { Block, WalkContext, Walker } from './block.js'

/** Indentation per list level, so nested entries stay visibly under their parent. */
const INDENT = '  '

function startOf(list: Element): number {
  const start = Number(list.properties.start)
  return Number.isInteger(start) ? start : 1
}

/**
 * A `<ul>`/`<ol>` as entries: "1. …" (ordered, from `start`, honouring `value`) or
 * "- …". Why write the numbers: Word and portal pages number agenda items with list
 * markup, and the number is the item's. Entries whose item holds more than one block
 * are separated by blank lines, as the paragraphs of the minutes they are.
 */
export function listBlocks(walker: Walker, list: Element, context: WalkContext): Block[] {
  const ordered = list.tagName === 'ol'
  const group = walker.newGroup()
  const indent = INDENT.repeat(context.depth)
  const items: Block[][] = []
  let number = startOf(list)
  for (const child of list.children) {
    if (child.type !== 'element' || child.tagName !== 'li') continue
    const value = Number(child.properties.value)
    if (Number.isInteger(value)) number = value
    const marker = ordered ? `${number}.` : '-'
    number++
    const inner = walker.blocksOf(child.children, { ...context, depth: context.depth + 1 })
    const first = inner[0]
    if (!first) continue
    if (first.kind === 'entry') {
      items.push(inner)
      continue
    }
    const [head, ...rest] = first.lines
    const list = { depth: context.depth, label: ordered ? marker : null }
    const lines = [
      { ...head!, text: `${indent}${marker} ${head!.text}`, features: { ...head!.features, list } },
      ...rest.map((l) => ({ ...l, text: `${indent}${INDENT}${l.text}`, features: { ...l.features, list } }))
    ]
    items.push([{ kind: 'entry', rank: first.rank, lines, group, list: { id: group, ordered, depth: context.depth } }, ...inner.slice(1)])
  }
  const tight = items.every((blocks) => blocks.length === 1)
  return items.flat().map((block) => (tight || block.group !== group ? block : { ...block, group: null }))
}
