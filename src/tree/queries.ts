/**
 * Queries over the document tree, shared by extractors, rules and the compiler.
 * Why here: every stage after the splitter walks items and sections the same way.
 */
import type { ItemNode, RootNode, SectionNode } from './types.js'

/** Every agenda item, grouped or not, in document order. */
export function itemsOf(tree: RootNode): ItemNode[] {
  return tree.children.flatMap((child) =>
    child.type === 'item' ? [child] : child.type === 'group' ? child.children.filter((c): c is ItemNode => c.type === 'item') : []
  )
}

/** An item's sections in order, without its loose text. */
export const sectionsOf = (item: ItemNode): SectionNode[] =>
  item.children.filter((child): child is SectionNode => child.type === 'section')

/** A section's paragraphs, blank-line separated. */
export const sectionText = (section: SectionNode): string => section.children.map((child) => child.value).join('\n\n')
