import type { DecisionCore, Meeting } from '../schema/document.js'
import type { ItemNode, RootNode, SectionNode } from '../tree/types.js'
import { AGENDA_TITLE } from '../lexicon/index.js'
import { itemsOf, sectionsOf, sectionText } from '../tree/queries.js'
import { extractAttachments } from './attachments.js'
import { decisionFromBody, withVoteBefore, type BodyParagraph } from './body-decision.js'
import { closingDecision } from './closing-decision.js'
import { completeDecision } from './complete-decision.js'
import { chooseDecision, chooseDecisionAt, type DecidingMeeting } from './decision.js'
import { readItemAbsence } from './item-absence.js'
import { extractMeeting } from './meeting.js'
import { meetingLinesOf } from './meeting-lines.js'
import { decisionOpensItems, leadingBlock } from './template-decision.js'


/** Fields a reader already knew win; extraction fills the ones it left empty. */
function mergeMeeting(known: Partial<Meeting> | undefined, found: Meeting): Meeting {
  if (!known) return found
  const pick = <K extends keyof Meeting>(key: K): Meeting[K] => (known[key] ?? found[key]) as Meeting[K]
  return {
    title: pick('title'), body: pick('body'), date: pick('date'), start: pick('start'), end: pick('end'), location: pick('location'),
    participants: known.participants && known.participants.length > 0 ? known.participants : found.participants,
    sourceId: pick('sourceId')
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
  // An agenda records no decisions: the text under its items is what will be treated.
  const isAgenda = AGENDA_TITLE.test(meeting.title ?? '')
  const items = itemsOf(tree)
  const context: Context = { meeting: { body: meeting.body, date: meeting.date }, isAgenda, decisionFirst: decisionOpensItems(items) }
  for (const item of items) {
    const sections = sectionsOf(item)
    const of = (kind: SectionNode['kind']): SectionNode[] => sections.filter((section) => section.kind === kind)
    const known = item.data ?? {}
    const recommendation = of('indstilling').map(sectionText).filter(Boolean).join('\n\n')
    const found: Found = known.decision !== undefined ? { decision: known.decision, line: known.decisionLine ?? null } : findDecision(item, of('beslutning'), context)
    const decision = found.decision ? completeDecision(found.decision, found.voteText) : null
    const loose = item.children.flatMap((child) => (child.type === 'text' ? [child.value] : []))
    const absence = readItemAbsence([decision?.text ?? '', ...loose].join('\n\n'))
    for (const name of absence.absent) if (!item.absent.includes(name)) item.absent.push(name)
    item.data = {
      ...known,
      decision,
      decisionLine: found.line,
      conflicts: [...new Set([...(known.conflicts ?? []), ...absence.conflicts])],
      // Each block ends a paragraph: a name never continues into the next Bilag block.
      attachments: known.attachments ?? extractAttachments(of('bilag').flatMap((section) => [...sectionText(section).split('\n'), '']))
        .map((title) => ({ title, url: null, sourceId: null })),
      recommendation: known.recommendation !== undefined ? known.recommendation : recommendation === '' ? null : recommendation
    }
  }
}

/** Sections whose text can hold the meeting's own result where no decision heading is printed. */
const RUNNING_TEXT_KINDS: ReadonlySet<SectionNode['kind']> = new Set(['other', 'behandling'])

/** What the decision of every item is read against: who met and when, and the document's template. */
interface Context {
  readonly meeting: DecidingMeeting
  readonly isAgenda: boolean
  /** The template opens each item with its decision (see template-decision.ts). */
  readonly decisionFirst: boolean
}

interface Found {
  readonly decision: DecisionCore | null
  readonly line: number | null
  /** Where the vote is read: the decision, with the vote sentences before it in running text. */
  readonly voteText?: string
}

/**
 * The item's decision and its line: the chosen Beslutning block, else a result
 * sentence in the item's running text (loose text and sections of no fixed kind),
 * as parliament and association minutes record it.
 */
function findDecision(item: ItemNode, blocks: readonly SectionNode[], { meeting, isAgenda, decisionFirst }: Context): Found {
  const texts = blocks.map((section) => ({ heading: section.heading, text: sectionText(section) }))
  const chosen = chooseDecisionAt(texts, meeting)
  if (chosen) return { decision: chosen.decision, line: blocks[chosen.index]?.position?.start.line ?? null }
  // Where the template opens items with the decision, an unheaded opening block is it
  // (the template's own decisions show the document records them, whatever its title).
  const leading = decisionFirst ? leadingBlock(item) : null
  if (leading) return { decision: chooseDecision([{ heading: '', text: leading.text }], meeting), line: leading.line }
  const paragraphs: BodyParagraph[] = item.children.flatMap((child) => {
    if (child.type === 'text') return [{ text: child.value, line: child.position?.start.line ?? null }]
    if (!RUNNING_TEXT_KINDS.has(child.kind)) return []
    return child.children.map((paragraph) => ({ text: paragraph.value, line: paragraph.position?.start.line ?? null }))
  })
  const body = decisionFromBody(paragraphs)
  if (body) return { decision: body.decision, line: body.line }
  // An item with no headings at all: association minutes close it with the result
  // ("Enstemmigt vedtaget."). A closed item's loose text is a note ("Intet"), not a decision.
  if (blocks.length > 0 || item.closed || isAgenda || item.children.some((child) => child.type === 'section')) return { decision: null, line: null }
  const closing = closingDecision(paragraphs.map((paragraph) => paragraph.text))
  if (!closing) return { decision: null, line: null }
  // The closing sentence's vote may stand in the sentences just before it.
  const voted = withVoteBefore(paragraphs, closing.text)
  return { decision: closing, line: voted.line ?? item.position?.start.line ?? null, voteText: voted.text }
}
