import type { RootNode, SectionNode } from '../tree/types.js'
import { itemsOf, sectionsOf, sectionText } from '../tree/queries.js'
import { extractAttachments } from './attachments.js'
import { chooseDecision } from './decision.js'
import { extractMeeting } from './meeting.js'


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
