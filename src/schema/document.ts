/**
 * The output contract as a zod schema: the single source of truth for what
 * `referat parse` emits, what the tests validate and what `referat schema` prints.
 */
import { z } from 'zod'
import { RULE_IDS } from './rule-ids.js'
import { SCHEMA_VERSION } from './version.js'

export { SCHEMA_VERSION }

export const SECTION_KINDS = [
  'resume', 'baggrund', 'sagsfremstilling', 'supplerende-sagsfremstilling', 'indstilling',
  'beslutning', 'bilag', 'behandling', 'oekonomi', 'lovgrundlag', 'other'
] as const
export const SectionKind = z.enum(SECTION_KINDS)
export type SectionKind = z.infer<typeof SectionKind>

export const DECISION_OUTCOMES = [
  'approved', 'recommended', 'noted', 'rejected', 'postponed', 'referred', 'discussed', 'elected', 'none', 'unknown'
] as const
export const DecisionOutcome = z.enum(DECISION_OUTCOMES)
export type DecisionOutcome = z.infer<typeof DecisionOutcome>

// `format: date` in the JSON Schema: typed loads (DuckDB DATE, spreadsheet dates) read it.
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' })
const Clock = z.string().regex(/^\d{2}:\d{2}$/).describe('24-hour clock, HH:MM')

export const Participant = z.object({
  name: z.string().min(1).describe('As printed'),
  status: z.enum(['present', 'absent', 'guest']).describe('Present (Deltagere), absent (Afbud, Fraværende) or a guest (Øvrige deltagere)'),
  party: z.string().nullable().describe('Party code where printed ("S", "V")'),
  organisation: z.string().nullable().describe('Municipality, region or organisation where printed'),
  role: z.string().nullable().describe('Role where printed ("formand", "referent")')
}).meta({ title: 'Participant', description: 'A member or guest listed for the meeting' })
export type Participant = z.infer<typeof Participant>

export const Meeting = z.object({
  title: z.string().nullable().describe("The document's own heading"),
  body: z.string().nullable().describe('Committee, forum or organ'),
  date: IsoDate.nullable().describe('The meeting date, YYYY-MM-DD'),
  start: Clock.nullable().describe('Start time, HH:MM'),
  end: Clock.nullable().describe('End time, HH:MM'),
  location: z.string().nullable().describe('Where the meeting was held, as printed'),
  participants: z.array(Participant).describe('Members present and absent, and guests'),
  sourceId: z.string().nullable().describe("The publishing system's own id of the meeting, where the input carries one")
}).meta({ title: 'Meeting', description: 'The meeting the minutes record' })
export type Meeting = z.infer<typeof Meeting>

export const TocEntry = z.object({
  number: z.string().nullable().describe('The item number as printed in the table of contents'),
  title: z.string().describe('The title as printed in the table of contents'),
  page: z.number().int().nullable().describe('The page number the table of contents gives'),
  closed: z.boolean().describe('Marked as a closed item (Lukket punkt)'),
  line: z.number().int().positive().describe('1-based line of the entry in the normalised text')
}).meta({ title: 'Table of contents entry' })
export type TocEntry = z.infer<typeof TocEntry>

export const Section = z.object({
  kind: SectionKind.describe('What the section is, from its heading (Sagsfremstilling → sagsfremstilling); other for headings not known'),
  heading: z.string().describe('The heading as printed'),
  text: z.string().describe('The text under the heading'),
  line: z.number().int().positive().describe('1-based line of the heading in the normalised text'),
  page: z.number().int().nullable().describe('The page it starts on (PDF), else null')
}).meta({ title: 'Section', description: 'A headed part of an item (Sagsfremstilling, Indstilling, Beslutning, …)' })
export type Section = z.infer<typeof Section>

/** One side of a recorded vote: how many, which parties, which named members. */
export const VoteSide = z.object({
  count: z.number().int().nonnegative().nullable().describe('Votes on this side as printed; null where only parties or names are printed'),
  parties: z.array(z.string()).describe('Party codes as printed ("S", "Ø", "UP2")'),
  names: z.array(z.string()).describe('Members named on this side ("Jon Stephensen")')
}).meta({ title: 'Vote side' })
export type VoteSide = z.infer<typeof VoteSide>

export const Votes = z.object({
  for: VoteSide.describe('For: "For stemte 57 (S, V og M)", "For: A, C, V"'),
  against: VoteSide.describe('Against: "imod stemte 50 (…)", "Imod: Ø og F", "Mette Berg (A) stemte imod"'),
  abstain: VoteSide.describe('Neither: "hverken for eller imod stemte 0", "Undlod: Ø", "V og A undlader"')
}).meta({ title: 'Votes' })
export type Votes = z.infer<typeof Votes>

export const DISSENT_STANCES = ['for', 'against', 'abstain', 'reservation', 'minority-statement'] as const
export const Dissent = z.object({
  name: z.string().nullable().describe('The member, where named'),
  party: z.string().nullable().describe('The party code, where printed'),
  stance: z.enum(DISSENT_STANCES).describe('Voted for a proposal that was rejected, voted against, abstained, took a reservation (forbehold), or gave a minority statement'),
  text: z.string().describe('The sentence that records it, sub-points ("på punkt 3 og 4") included')
}).meta({ title: 'Dissent' })
export type Dissent = z.infer<typeof Dissent>

export const Decision = z.object({
  text: z.string().describe('The decision as printed (the Beslutning section, else the sentence that records it)'),
  outcome: DecisionOutcome.describe('What was decided: approved, recommended (to a higher body), noted, rejected, postponed, referred, discussed, elected (an election or appointment), none, or unknown'),
  unanimous: z.boolean().nullable().describe('true for "enstemmigt" or a vote with none against or abstaining; false when dissent is recorded; null when nothing is said'),
  votes: Votes.nullable().describe('The recorded vote (the last one, where several are); null when none is recorded'),
  dissent: z.array(Dissent).describe('Who did not simply agree, and how')
}).meta({ title: 'Decision' })
export type Decision = z.infer<typeof Decision>

/** A decision as a reader or the decision chooser first gives it, before votes are read. */
export type DecisionCore = Pick<Decision, 'text' | 'outcome'> & Partial<Omit<Decision, 'text' | 'outcome'>>

/** An attachment (Bilag): its title, and where a web page or an export gives them its link and id. */
export const Attachment = z.object({
  title: z.string().describe('The attachment\'s name as printed'),
  url: z.string().nullable().describe('The link as printed, made absolute where the page gives its own address or a <base>; null for text and PDF'),
  sourceId: z.string().nullable().describe("The publishing system's id of the attachment, from its link or the export")
}).meta({ title: 'Attachment' })
export type Attachment = z.infer<typeof Attachment>

export const Item = z.object({
  id: z.string().describe('"<document id>-<ordinal>": unique even where a document prints the same number twice'),
  ordinal: z.number().int().positive().describe('1-based position in items'),
  sourceId: z.string().nullable().describe("The publishing system's own id of the item (a FirstAgenda UUID, an SBSYS or Acadre id), else null"),
  number: z.string().describe('As printed, without "Punkt"'),
  title: z.string().describe('The item title as printed'),
  group: z.string().nullable().describe('Parent heading where items are grouped'),
  closed: z.boolean().describe('A closed item (Lukket punkt): its text is not published'),
  caseNumber: z.string().nullable().describe('The case number as printed (Sagsnr., j.nr.), text'),
  sections: z.array(Section).describe('The headed parts of the item, in order'),
  decision: Decision.nullable().describe('What was decided; null where the minutes record no decision (an agenda)'),
  recommendation: z.string().nullable().describe('Text of the Indstilling section, if any'),
  attachments: z.array(Attachment).describe('Attachments (Bilag) listed for the item'),
  absent: z.array(z.string()).describe('Members absent from this item: "Afbud:" lines, "… deltog ikke i sagens behandling"'),
  conflicts: z.array(z.string()).describe('Members who declared a conflict of interest ("erklærede sig inhabil")'),
  text: z.string().describe('Text of the item outside any section (a subtitle, a closed item\'s note)'),
  line: z.number().int().positive().describe('1-based line of the heading in the normalised text'),
  page: z.number().int().nullable().describe('The page the heading is on (PDF), else null')
}).meta({ title: 'Agenda item' })
export type Item = z.infer<typeof Item>

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

export const Diagnostic = z.object({
  severity: Severity.describe('error, warning or info, as the rule table sets it'),
  rule: z.enum(RULE_IDS).describe('The rule that found it (referat validate --help lists them)'),
  message: z.string().describe('What was found and what was expected'),
  line: z.number().int().nullable().describe('1-based line in the normalised text'),
  column: z.number().int().nullable().describe('1-based column'),
  page: z.number().int().nullable().describe('The page of a paged input (PDF) the line is on, else null'),
  item: z.string().nullable().describe('The number of the item it concerns')
}).meta({ title: 'Diagnostic' })
export type Diagnostic = z.infer<typeof Diagnostic>

/** Input formats, named after the reader that read them. */
export const SOURCE_FORMATS = ['text', 'pdf', 'html', 'docx', 'markdown', 'firstagenda-json', 'sbsys-xml', 'acadre-xml', 'export-xml', 'export-json'] as const

export const Source = z.object({
  file: z.string().nullable().describe('The input file as named on the command line; null for standard input'),
  format: z.enum(SOURCE_FORMATS).describe('The reader that read the input (by content, not by name)'),
  sha256: z.string().nullable().describe("SHA-256 of the input's bytes, hex"),
  pages: z.number().int().nullable().describe('Page count (PDF), else null')
}).meta({ title: 'Source', description: 'The input file and how it was read' })
export type Source = z.infer<typeof Source>


export const Referat = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of this contract'),
  id: z.string().describe('The first 16 hex digits of source.sha256: the same file gives the same id on every machine and run'),
  source: Source,
  meeting: Meeting,
  toc: z.array(TocEntry).describe('The table of contents as printed, if any'),
  items: z.array(Item).describe('The agenda items, in document order'),
  diagnostics: z.array(Diagnostic).describe("What referat's rules found")
}).meta({ title: 'referat document', description: 'Danish meeting minutes as structured data: the meeting, its agenda items and what was decided' })
export type Referat = z.infer<typeof Referat>
