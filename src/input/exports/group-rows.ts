/**
 * Rows of an export that are not agenda items, as the contract (v2, "Groups")
 * reads them: a row numbered `0` that holds no text (SBSYS's row carrying only
 * the minutes file) goes, and a row `3` followed by rows `3.1`–`3.4` is their
 * group, not an item of its own. Why here: systems store both as item rows, and
 * the output must not depend on which system wrote the file.
 */
import type { GroupNode, ItemNode, RootNode, TocNode } from '../../tree/types.js'

const isEmpty = (item: ItemNode): boolean =>
  item.children.every((child) => (child.type === 'text' ? child.value : child.children.map((text) => text.value).join('')).trim() === '')

/** Whether an item row only heads the rows after it: nothing decided in it, sub-numbers after it. */
const heads = (item: ItemNode, next: ItemNode | undefined): boolean =>
  next !== undefined && next.number.startsWith(`${item.number.replace(/\.$/u, '')}.`) &&
  !item.children.some((child) => child.type === 'section' && child.kind === 'beslutning')

/** The tree with `0` rows without text dropped and group rows made groups of their sub-items. */
export function groupRows(tree: RootNode): RootNode {
  const items = tree.children.filter((child): child is ItemNode => child.type === 'item')
  if (items.length !== tree.children.filter((child) => child.type !== 'header' && child.type !== 'toc').length) return tree
  const out: Array<ItemNode | GroupNode> = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (/^0*\.?$/u.test(item.number) && isEmpty(item)) continue
    if (!heads(item, items[i + 1])) {
      out.push(item)
      continue
    }
    const prefix = `${item.number.replace(/\.$/u, '')}.`
    const group: GroupNode = { type: 'group', number: item.number, title: item.title, children: [], ...(item.position ? { position: item.position } : {}) }
    while (items[i + 1]?.number.startsWith(prefix)) group.children.push(items[++i]!)
    out.push(group)
  }
  const kept = out.flatMap((node) => (node.type === 'group' ? node.children : [node])) as ItemNode[]
  const toc = tree.children.find((child): child is TocNode => child.type === 'toc')
  if (toc) toc.children = toc.children.filter((entry) => kept.some((item) => item.number === entry.number))
  const header = tree.children.filter((child) => child.type === 'header')
  tree.children = [...header, ...(toc ? [toc] : []), ...out]
  return tree
}
