/**
 * Queries over the document tree, shared by extractors, rules and the compiler.
 * Why here: every stage after the splitter walks items and sections the same way.
 */
import type { ItemNode, RootNode, SectionNode } from './types.js'

/** Every agenda item, grouped or not, in document order. */
export function itemsOf(tree: RootNode): ItemNode[] {
  // A loop, not flatMap: every stage asks for the items, and flatMap's array per child showed in profiles.
  const items: ItemNode[] = []
  for (const child of tree.children) {
    if (child.type === 'item') items.push(child)
    else if (child.type === 'group') for (const inner of child.children) if (inner.type === 'item') items.push(inner)
  }
  return items
}

/** An item's sections in order, without its loose text. */
export const sectionsOf = (item: ItemNode): SectionNode[] =>
  item.children.filter((child): child is SectionNode => child.type === 'section')

/** A section's paragraphs, blank-line separated. */
export const sectionText = (section: SectionNode): string => section.children.map((child) => child.value).join('\n\n')
