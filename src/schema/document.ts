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

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Clock = z.string().regex(/^\d{2}:\d{2}$/)

export const Participant = z.object({
  name: z.string().min(1),
  status: z.enum(['present', 'absent', 'guest']),
  party: z.string().nullable(),
  organisation: z.string().nullable(),
  role: z.string().nullable()
})
export type Participant = z.infer<typeof Participant>

export const Meeting = z.object({
  title: z.string().nullable().describe("The document's own heading"),
  body: z.string().nullable().describe('Committee, forum or organ'),
  date: IsoDate.nullable(),
  start: Clock.nullable(),
  end: Clock.nullable(),
  location: z.string().nullable(),
  participants: z.array(Participant),
  sourceId: z.string().nullable().describe("The publishing system's own id of the meeting, where the input carries one")
})
export type Meeting = z.infer<typeof Meeting>

export const TocEntry = z.object({
  number: z.string().nullable(),
  title: z.string(),
  page: z.number().int().nullable(),
  closed: z.boolean(),
  line: z.number().int().positive()
})
export type TocEntry = z.infer<typeof TocEntry>

export const Section = z.object({
  kind: SectionKind,
  heading: z.string().describe('The heading as printed'),
  text: z.string(),
  line: z.number().int().positive(),
  page: z.number().int().nullable()
})
export type Section = z.infer<typeof Section>

/** One side of a recorded vote: how many, which parties, which named members. */
export const VoteSide = z.object({
  count: z.number().int().nonnegative().nullable().describe('Votes on this side as printed; null where only parties or names are printed'),
  parties: z.array(z.string()).describe('Party codes as printed ("S", "Ø", "UP2")'),
  names: z.array(z.string()).describe('Members named on this side ("Jon Stephensen")')
})
export type VoteSide = z.infer<typeof VoteSide>

export const Votes = z.object({
  for: VoteSide.describe('For: "For stemte 57 (S, V og M)", "For: A, C, V"'),
  against: VoteSide.describe('Against: "imod stemte 50 (…)", "Imod: Ø og F", "Mette Berg (A) stemte imod"'),
  abstain: VoteSide.describe('Neither: "hverken for eller imod stemte 0", "Undlod: Ø", "V og A undlader"')
})
export type Votes = z.infer<typeof Votes>

export const DISSENT_STANCES = ['for', 'against', 'abstain', 'reservation', 'minority-statement'] as const
export const Dissent = z.object({
  name: z.string().nullable().describe('The member, where named'),
  party: z.string().nullable().describe('The party code, where printed'),
  stance: z.enum(DISSENT_STANCES).describe('Voted for a proposal that was rejected, voted against, abstained, took a reservation (forbehold), or gave a minority statement'),
  text: z.string().describe('The sentence that records it, sub-points ("på punkt 3 og 4") included')
})
export type Dissent = z.infer<typeof Dissent>

export const Decision = z.object({
  text: z.string(),
  outcome: DecisionOutcome,
  unanimous: z.boolean().nullable().describe('true for "enstemmigt" or a vote with none against or abstaining; false when dissent is recorded; null when nothing is said'),
  votes: Votes.nullable().describe('The recorded vote (the last one, where several are); null when none is recorded'),
  dissent: z.array(Dissent).describe('Who did not simply agree, and how')
})
export type Decision = z.infer<typeof Decision>

/** A decision as a reader or the decision chooser first gives it, before votes are read. */
export type DecisionCore = Pick<Decision, 'text' | 'outcome'> & Partial<Omit<Decision, 'text' | 'outcome'>>

/** An attachment (Bilag): its title, and where a web page or an export gives them its link and id. */
export const Attachment = z.object({
  title: z.string().describe('The attachment\'s name as printed'),
  url: z.string().nullable().describe('The link as printed, made absolute where the page gives its own address or a <base>; null for text and PDF'),
  sourceId: z.string().nullable().describe("The publishing system's id of the attachment, from its link or the export")
})
export type Attachment = z.infer<typeof Attachment>

export const Item = z.object({
  id: z.string().describe('"<document id>-<ordinal>": unique even where a document prints the same number twice'),
  ordinal: z.number().int().positive().describe('1-based position in items'),
  sourceId: z.string().nullable().describe("The publishing system's own id of the item (a FirstAgenda UUID, an SBSYS or Acadre id), else null"),
  number: z.string().describe('As printed, without "Punkt"'),
  title: z.string(),
  group: z.string().nullable().describe('Parent heading where items are grouped'),
  closed: z.boolean(),
  caseNumber: z.string().nullable(),
  sections: z.array(Section),
  decision: Decision.nullable(),
  recommendation: z.string().nullable().describe('Text of the Indstilling section, if any'),
  attachments: z.array(Attachment),
  absent: z.array(z.string()).describe('Members absent from this item: "Afbud:" lines, "… deltog ikke i sagens behandling"'),
  conflicts: z.array(z.string()).describe('Members who declared a conflict of interest ("erklærede sig inhabil")'),
  text: z.string().describe('Text of the item outside any section (a subtitle, a closed item\'s note)'),
  line: z.number().int().positive().describe('1-based line of the heading in the normalised text'),
  page: z.number().int().nullable()
})
export type Item = z.infer<typeof Item>

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

export const Diagnostic = z.object({
  severity: Severity,
  rule: z.enum(RULE_IDS),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  page: z.number().int().nullable().describe('The page of a paged input (PDF) the line is on, else null'),
  item: z.string().nullable()
})
export type Diagnostic = z.infer<typeof Diagnostic>

/** Input formats, named after the reader that read them. */
export const SOURCE_FORMATS = ['text', 'pdf', 'html', 'docx', 'markdown', 'firstagenda-json', 'sbsys-xml', 'acadre-xml'] as const

export const Source = z.object({
  file: z.string().nullable(),
  format: z.enum(SOURCE_FORMATS),
  sha256: z.string().nullable(),
  pages: z.number().int().nullable()
})
export type Source = z.infer<typeof Source>


export const Referat = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('The first 16 hex digits of source.sha256: the same file gives the same id on every machine and run'),
  source: Source,
  meeting: Meeting,
  toc: z.array(TocEntry),
  items: z.array(Item),
  diagnostics: z.array(Diagnostic)
})
export type Referat = z.infer<typeof Referat>
