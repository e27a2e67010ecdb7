import type { Meeting } from '../schema/document.js'
import type { RootNode, SectionNode } from '../tree/types.js'
import { itemsOf, sectionsOf, sectionText } from '../tree/queries.js'
import { extractAttachments } from './attachments.js'
import { chooseDecision } from './decision.js'
import { extractMeeting } from './meeting.js'
import { meetingLinesOf } from './meeting-lines.js'


/** Fields a reader already knew win; extraction fills the ones it left empty. */
function mergeMeeting(known: Partial<Meeting> | undefined, found: Meeting): Meeting {
  if (!known) return found
  const pick = <K extends keyof Meeting>(key: K): Meeting[K] => (known[key] ?? found[key]) as Meeting[K]
  return {
    title: pick('title'), body: pick('body'), date: pick('date'), start: pick('start'), end: pick('end'), location: pick('location'),
    participants: known.participants && known.participants.length > 0 ? known.participants : found.participants
  }
}

/**
 * The extract transform: reads the meeting off the header and each item's
 * decision, attachments and recommendation off its sections, onto node data.
 * It fills only what is missing: a structured export's reader may have set
 * fields from the export's own data, and those stand.
 */
export function extract(tree: RootNode): void {
  const lines = meetingLinesOf(tree)
  const meeting = mergeMeeting(tree.data?.meeting, extractMeeting(lines.header, lines.document))
  tree.data = { ...tree.data, meeting }
  for (const item of itemsOf(tree)) {
    const sections = sectionsOf(item)
    const of = (kind: SectionNode['kind']): SectionNode[] => sections.filter((section) => section.kind === kind)
    const known = item.data ?? {}
    const recommendation = of('indstilling').map(sectionText).filter(Boolean).join('\n\n')
    item.data = {
      ...known,
      decision: known.decision !== undefined ? known.decision
        : chooseDecision(of('beslutning').map((section) => ({ heading: section.heading, text: sectionText(section) })), meeting.date),
      // Each block ends a paragraph: a name never continues into the next Bilag block.
      attachments: known.attachments ?? extractAttachments(of('bilag').flatMap((section) => [...sectionText(section).split('\n'), ''])),
      recommendation: known.recommendation !== undefined ? known.recommendation : recommendation === '' ? null : recommendation
    }
  }
}
