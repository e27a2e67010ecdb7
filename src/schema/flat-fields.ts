/**
 * The one definition of the flat rows (NDJSON item lines, CSV rows, the workbook's items
 * sheet): each field is a path into the contract's document or its item, so its type and
 * description come from the zod schema (`row-schemas.ts`), and the emitters read values
 * by the same paths. Plain data, without zod: a text parse must not load it.
 */
import type { Attachment, Dissent, Section } from './document.js'

/** Where a field's value lives: in the document (`meeting.date`) or in the item (`decision.votes.for.count`). */
export type FieldPath = readonly ['document' | 'item', ...string[]]

/** A list shown in one cell: how each entry reads, and what goes between entries. */
export interface FieldJoin {
  readonly separator: string
  readonly entry: (value: never) => string
}

export interface FlatField {
  /** The JSON name (camelCase); CSV's column is its snake_case form (`snakeCase`). */
  readonly key: string
  readonly path: FieldPath
  /** A list put in one cell: the field is then text. */
  readonly join?: FieldJoin
  /** Said where the schema's own description would not say what the flat field holds. */
  readonly description?: string
}

const byBar: FieldJoin = { separator: ' | ', entry: (value: string) => value }
const byComma: FieldJoin = { separator: ', ', entry: (value: string) => value }

/** "name (party): stance", leaving out what is not known. */
function dissentEntry(entry: Dissent): string {
  const who = entry.name && entry.party ? `${entry.name} (${entry.party})` : entry.name ?? entry.party ?? ''
  return `${who}: ${entry.stance}`
}

/** A section as its printed heading over its text, so a spreadsheet cell reads like the minutes. */
function sectionEntry(section: Section): string {
  return section.text === '' ? section.heading : `${section.heading}\n${section.text}`
}

const documentId: FlatField = { key: 'documentId', path: ['document', 'id'] }
const file: FlatField = { key: 'file', path: ['document', 'source', 'file'] }
const sourceFormat: FlatField = { key: 'sourceFormat', path: ['document', 'source', 'format'] }
const meetingTitle: FlatField = { key: 'meetingTitle', path: ['document', 'meeting', 'title'] }
const meetingBody: FlatField = { key: 'meetingBody', path: ['document', 'meeting', 'body'] }
const meetingDate: FlatField = { key: 'meetingDate', path: ['document', 'meeting', 'date'] }
const meetingStart: FlatField = { key: 'meetingStart', path: ['document', 'meeting', 'start'] }
const meetingEnd: FlatField = { key: 'meetingEnd', path: ['document', 'meeting', 'end'] }
const meetingLocation: FlatField = { key: 'meetingLocation', path: ['document', 'meeting', 'location'] }

/** The meeting on every flat row, so a row never needs the JSON to say which meeting it is from. */
export const MEETING_FIELDS: readonly FlatField[] = [
  documentId, file, sourceFormat, meetingTitle, meetingBody, meetingDate, meetingStart, meetingEnd, meetingLocation
]

const side = (name: 'for' | 'against' | 'abstain', label: string): FlatField[] => [
  { key: `votes${label}`, path: ['item', 'decision', 'votes', name, 'count'], description: `Votes ${name === 'abstain' ? 'abstaining' : name} as printed (a number); empty where only parties or names are printed` },
  { key: `votes${label}Parties`, path: ['item', 'decision', 'votes', name, 'parties'], join: byComma, description: `Parties voting ${name === 'abstain' ? 'neither for nor against' : name}, comma-separated` },
  { key: `votes${label}Names`, path: ['item', 'decision', 'votes', name, 'names'], join: byComma, description: `Members named voting ${name === 'abstain' ? 'neither for nor against' : name}, comma-separated` }
]

/**
 * A CSV row (and the workbook's items sheet), in reading order: when, which body, which
 * item, what was decided and how the votes went, what it was decided on (recommendation,
 * sections, text), then the rest of the meeting, where it is printed, and the ids.
 */
export const CSV_FIELDS: readonly FlatField[] = [
  meetingDate,
  meetingBody,
  { key: 'group', path: ['item', 'group'] },
  { key: 'number', path: ['item', 'number'] },
  { key: 'title', path: ['item', 'title'] },
  { key: 'decisionOutcome', path: ['item', 'decision', 'outcome'] },
  { key: 'decision', path: ['item', 'decision', 'text'], description: 'The decision as printed' },
  { key: 'unanimous', path: ['item', 'decision', 'unanimous'] },
  ...side('for', 'For'),
  ...side('against', 'Against'),
  ...side('abstain', 'Abstain'),
  { key: 'dissent', path: ['item', 'decision', 'dissent'], join: { separator: ' | ', entry: dissentEntry }, description: 'Who did not simply agree, as "name (party): stance", separated by " | "' },
  { key: 'recommendation', path: ['item', 'recommendation'] },
  { key: 'sections', path: ['item', 'sections'], join: { separator: '\n\n', entry: sectionEntry }, description: 'Every section of the item, each its heading as printed over its text, separated by a blank line: what was decided on' },
  { key: 'text', path: ['item', 'text'] },
  { key: 'closed', path: ['item', 'closed'] },
  { key: 'caseNumber', path: ['item', 'caseNumber'] },
  { key: 'attachments', path: ['item', 'attachments'], join: { separator: ' | ', entry: (attachment: Attachment) => attachment.title }, description: 'Attachment titles, separated by " | "' },
  { key: 'absent', path: ['item', 'absent'], join: byBar, description: 'Members absent from this item, separated by " | "' },
  { key: 'conflicts', path: ['item', 'conflicts'], join: byBar, description: 'Members who declared a conflict of interest, separated by " | "' },
  meetingTitle,
  meetingStart,
  meetingEnd,
  meetingLocation,
  file,
  sourceFormat,
  { key: 'page', path: ['item', 'page'] },
  { key: 'line', path: ['item', 'line'] },
  { key: 'id', path: ['item', 'id'] },
  { key: 'ordinal', path: ['item', 'ordinal'] },
  documentId,
  { key: 'sourceId', path: ['item', 'sourceId'] }
]

/** `meetingDate` → `meeting_date`: CSV's column names. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}
