/**
 * The output contract as a zod schema: the single source of truth for what
 * `referat parse` emits, what the tests validate and what `referat schema` prints.
 */
import { z } from 'zod'
import { RULE_IDS } from './rule-ids.js'

export const SECTION_KINDS = [
  'resume', 'baggrund', 'sagsfremstilling', 'supplerende-sagsfremstilling', 'indstilling',
  'beslutning', 'bilag', 'behandling', 'oekonomi', 'lovgrundlag', 'other'
] as const
export const SectionKind = z.enum(SECTION_KINDS)
export type SectionKind = z.infer<typeof SectionKind>

export const DECISION_OUTCOMES = [
  'approved', 'recommended', 'noted', 'rejected', 'postponed', 'referred', 'discussed', 'none', 'unknown'
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
  participants: z.array(Participant)
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

export const Decision = z.object({
  text: z.string(),
  outcome: DecisionOutcome
})
export type Decision = z.infer<typeof Decision>

export const Item = z.object({
  number: z.string().describe('As printed, without "Punkt"'),
  title: z.string(),
  group: z.string().nullable().describe('Parent heading where items are grouped'),
  closed: z.boolean(),
  caseNumber: z.string().nullable(),
  sections: z.array(Section),
  decision: Decision.nullable(),
  recommendation: z.string().nullable().describe('Text of the Indstilling section, if any'),
  attachments: z.array(z.string()),
  absent: z.array(z.string()),
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
  schemaVersion: z.literal(1),
  source: Source,
  meeting: Meeting,
  toc: z.array(TocEntry),
  items: z.array(Item),
  diagnostics: z.array(Diagnostic)
})
export type Referat = z.infer<typeof Referat>
