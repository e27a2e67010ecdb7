/**
 * An export's field (a caption and its HTML) as the tree's sections. Why shared:
 * every publishing system stores an item as captioned HTML fields, with more
 * headings inside the HTML (FirstAgenda packs a whole item into one field), and
 * all captions must reach the section kinds through the same lexicon as text.
 */
import type { Position } from 'unist'
import { matchAbsenceLine } from '../../split/recognise/absence-line.js'
import { sectionKindOf } from '../../tree/section-kind.js'
import type { SectionKind } from '../../schema/document.js'
import type { SectionNode, TextNode } from '../../tree/types.js'
import { blocksOfHtml, type HtmlBlock } from './html-blocks.js'

export interface ExportField {
  /** The field's own caption ("Beslutning", "SAGSFREMSTILLING"); null or '' when it has none. */
  readonly caption: string | null
  readonly html: string
  /** Where the field starts in the file: every node made from it points there. */
  readonly position: Position
  /**
   * The field is one section: nothing inside opens another (a list of attachment
   * names, where a document called "Indstilling" is no caption).
   */
  readonly whole?: boolean
}

export interface FieldContent {
  /** Sections in order; an empty one is kept only as the parent of those after it. */
  readonly sections: SectionNode[]
  /** Paragraphs before the first heading of a field without a caption. */
  readonly loose: TextNode[]
  /** Names from "Afbud:" / "Fraværende:" lines, which are taken out of the text. */
  readonly absent: string[]
}

const clean = (caption: string): string => caption.replace(/\s+/gu, ' ').replace(/\s*:$/u, '').trim()

function sectionOf(heading: string, position: Position): SectionNode {
  const printed = clean(heading)
  return { type: 'section', kind: sectionKindOf(printed) ?? 'other', heading: printed, children: [], position }
}

/** Longest text an unknown `<h3>` may have and still be a heading, not prose set as one. */
const MAX_UNKNOWN_HEADING = 80

/**
 * Whether a block opens a section: a known caption in a heading or bold-only line,
 * or any short heading element. Word processors also set whole sentences in `<h4>`:
 * those are text.
 */
function isHeading(block: HtmlBlock): boolean {
  const text = clean(block.text)
  if (block.kind === 'text') return false
  if (sectionKindOf(text)) return true
  return block.kind === 'heading' && text.length <= MAX_UNKNOWN_HEADING && !/[.!?]$/u.test(text)
}

/** Longest label before a colon taken for a caption ("Indstilling: At …"). */
const MAX_LABEL = 60

/**
 * A paragraph that opens with a known caption, alone or as a label before the
 * text ("<p><b>Beslutning:</b> Godkendt.</p>"), read as the text splitter reads
 * such a line.
 */
function labelOf(line: string): { heading: string; kind: SectionKind; rest: string } | undefined {
  const whole = sectionKindOf(clean(line))
  if (whole) return { heading: line, kind: whole, rest: '' }
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > MAX_LABEL) return undefined
  const heading = line.slice(0, colon)
  const kind = sectionKindOf(clean(heading))
  return kind ? { heading, kind, rest: line.slice(colon + 1).trim() } : undefined
}

/**
 * The sections of one field: its caption opens the first; inside the HTML every
 * `<h1>`–`<h6>` opens another (an unknown heading as `other`), and so does a
 * bold-only line the lexicon knows ("<strong>Baggrund</strong>"); other bold lines
 * stay text.
 */
export function sectionsOfField(field: ExportField): FieldContent {
  const sections: SectionNode[] = []
  const loose: TextNode[] = []
  const absent: string[] = []
  let current: SectionNode | null = null
  const open = (heading: string): void => {
    const previous = current as SectionNode | null
    // A caption repeated as the field's first heading opens nothing new.
    if (previous && previous.children.length === 0 && previous.heading.toLowerCase() === clean(heading).toLowerCase()) return
    current = sectionOf(heading, field.position)
    sections.push(current)
  }
  if (field.caption && clean(field.caption) !== '') open(field.caption)
  for (const block of blocksOfHtml(field.html)) {
    if (!field.whole && isHeading(block)) {
      open(block.text)
      continue
    }
    const lines = block.text.split('\n').filter((line) => {
      const names = matchAbsenceLine(line)
      if (names) absent.push(...names)
      return !names
    })
    const label = lines.length > 0 && !field.whole ? labelOf(lines[0]!) : undefined
    // Under its own kind a label is the lead-in ("Indstilling", then "Administrationen indstiller:").
    if (label && label.kind !== (current as SectionNode | null)?.kind) {
      open(label.heading)
      if (label.rest === '') lines.shift()
      else lines[0] = label.rest
    }
    if (lines.length === 0) continue
    const node: TextNode = { type: 'text', value: lines.join('\n'), position: field.position }
    ;((current as SectionNode | null)?.children ?? loose).push(node)
  }
  // An empty heading followed by others is their parent ("Sagsbeskrivelse", then
  // "Baggrund"); one with nothing after it is a blank field.
  let last = sections.length - 1
  while (last >= 0 && sections[last]!.children.length === 0) last--
  return { sections: sections.filter((section, i) => section.children.length > 0 || i < last), loose, absent }
}
