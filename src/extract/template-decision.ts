/**
 * The decision a template prints without its heading. Some portals open every item
 * with its decision ("Beslutning", then the case); on a closed item, or where the
 * heading was left out, the same place holds an unheaded paragraph that is the
 * decision. Where the template puts it is learnt from the document itself: the
 * other items that do print the heading.
 */
import type { ItemNode, SectionNode, TextNode } from '../tree/types.js'
import { sectionText } from '../tree/queries.js'
import { hasDecisionText } from './decision-choice.js'

/** How many items must show the decision heading first before the place counts as the template's. */
const MIN_ITEMS = 2

const isDecisionSection = (child: SectionNode | TextNode): child is SectionNode => child.type === 'section' && child.kind === 'beslutning'

/**
 * Whether the document's template puts the decision first: at least MIN_ITEMS items
 * open with a decision section followed by the case's other sections (with text or
 * not: the place is the template's), no more items print it elsewhere, and one of
 * them records a decision (a portal may title its minutes "Dagsorden").
 */
export function decisionOpensItems(items: readonly ItemNode[]): boolean {
  let first = 0
  let elsewhere = 0
  // Some opening decision must say something: a printed agenda has the heading, empty, in every item.
  let decided = false
  for (const item of items) {
    const at = item.children.findIndex(isDecisionSection)
    if (at < 0) continue
    const opens = at === 0 && item.children.slice(1).some((child) => child.type === 'section' && child.kind !== 'beslutning')
    if (opens) first++
    else elsewhere++
    decided ||= opens && hasDecisionText(sectionText(item.children[0] as SectionNode))
  }
  return decided && first >= MIN_ITEMS && first > elsewhere
}

/** The unheaded block an item opens with (its loose text before any section), with its line; null if none says anything. */
export function leadingBlock(item: ItemNode): { text: string; line: number | null } | null {
  const texts: TextNode[] = []
  for (const child of item.children) {
    if (child.type !== 'text') break
    texts.push(child)
  }
  const text = texts.map((child) => child.value).join('\n\n').trim()
  return text !== '' && hasDecisionText(text) ? { text, line: texts[0]?.position?.start.line ?? null } : null
}
