import type { Meeting } from '../schema/document.js'
import type { ItemNode, RootNode, SectionNode } from '../split/types.js'
import { extractAttachments } from './attachments.js'
import { chooseDecision } from './decision.js'
import { extractMeeting } from './meeting.js'
import type { Decision } from '../schema/document.js'

declare module 'unist' {
  interface Data {
    meeting?: Meeting
    decision?: Decision | null
    attachments?: string[]
    recommendation?: string | null
  }
}

/** Every agenda item, grouped or not, in document order. */
export function itemsOf(tree: RootNode): ItemNode[] {
  return tree.children.flatMap((child) =>
    child.type === 'item' ? [child] : child.type === 'group' ? child.children.filter((c): c is ItemNode => c.type === 'item') : []
  )
}

export const sectionsOf = (item: ItemNode): SectionNode[] =>
  item.children.filter((child): child is SectionNode => child.type === 'section')

export const sectionText = (section: SectionNode): string => section.children.map((child) => child.value).join('\n\n')

/**
 * The extract transform: reads the meeting off the header and each item's
 * decision, attachments and recommendation off its sections, onto node data.
 */
export function extract(tree: RootNode): void {
  const header = tree.children.find((child) => child.type === 'header')
  const meeting = extractMeeting(header?.children.map((line) => line.value) ?? [])
  tree.data = { ...tree.data, meeting }
  for (const item of itemsOf(tree)) {
    const sections = sectionsOf(item)
    const of = (kind: SectionNode['kind']): SectionNode[] => sections.filter((section) => section.kind === kind)
    const decisions = of('beslutning').map((section) => ({ heading: section.heading, text: sectionText(section) }))
    const recommendation = of('indstilling').map(sectionText).filter(Boolean).join('\n\n')
    item.data = {
      ...item.data,
      decision: chooseDecision(decisions, meeting.date),
      // Each block ends a paragraph: a name never continues into the next Bilag block.
      attachments: extractAttachments(of('bilag').flatMap((section) => [...sectionText(section).split('\n'), ''])),
      recommendation: recommendation === '' ? null : recommendation
    }
  }
}
