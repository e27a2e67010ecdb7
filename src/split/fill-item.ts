import { DECISION_PHRASES, ITEM_LEAD_IN, OPEN_END } from '../lexicon/index.js'
import { BULLETED, URL_ONLY } from './line-shapes.js'
import { Paragraphs } from './paragraphs.js'
import { isCaseCompanion } from './recognise/case-number.js'
import type { Layout } from './layout.js'
import { titleKey } from './title.js'
import { type Located } from './tokens.js'
import { positionOf, type LineIndex } from '../tree/position.js'
import { type ItemNode, type SectionNode } from '../tree/types.js'

const ENDS_SENTENCE = /[.!?:;]["”’)]*$/u
/** A sentence break inside a long line: prose, not an attachment name. */
const PROSE = /[.!?:]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u
const FILE_NAME = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|txt|csv|zip|msg|jpe?g|png)\b/i

const isAttachmentLike = (text: string): boolean =>
  FILE_NAME.test(text) || (text.length <= 200 && !(text.length > 100 && PROSE.test(text)))

/**
 * An open Bilag block and how its list is written. Why: "Bilag" can interrupt the
 * case text ("Bilag: Kommissorium", or a bullet list mid-section), and the text
 * after the list belongs to the section it interrupted, not to the attachments.
 */
interface BilagList {
  style: 'inline' | 'bullet' | 'plain' | 'unknown'
  readonly interrupted: SectionNode | null
}

function continuesList(list: BilagList, line: string, previous: string): boolean {
  const text = line.trim()
  if (URL_ONLY.test(text)) return true
  if (list.style === 'unknown') list.style = BULLETED.test(text) ? 'bullet' : 'plain'
  else if (list.style === 'inline') return /^\p{Ll}/u.test(text) || OPEN_END.test(previous)
  return list.style === 'bullet' ? BULLETED.test(text) : isAttachmentLike(text)
}

/**
 * Two or more words, all in capitals, not a sentence: a block heading of its own.
 * Not a decision in capitals ("ENSTEMMIGT GODKENDT"), which is what it says.
 */
function isCapitalsHeading(line: string): boolean {
  const text = line.trim()
  if (text.length > 100 || /\p{Ll}/u.test(text) || /[.,;]$/u.test(text)) return false
  const lower = text.toLowerCase()
  if (DECISION_PHRASES.some(([, pattern]) => { pattern.lastIndex = 0; return pattern.test(lower) })) return false
  const words = text.split(/\s+/u).filter((word) => /\p{Lu}{2,}/u.test(word))
  return words.length >= 2 && text.replace(/[^\p{Lu}]/gu, '').length >= 8
}

/** Fills an item with its case number, absence lines, sections and loose text. */
export function fillItem(item: ItemNode, body: readonly Located[], index: LineIndex, layout: Layout): void {
  const paragraphs = new Paragraphs(index)
  let section: SectionNode | null = null
  let bilag: BilagList | null = null
  let sawContent = false
  let paragraphStart = true
  const target = (): ItemNode | SectionNode => section ?? item
  const titleAsKey = titleKey(item.title)
  // Cheap length test first: keying every prose line was the parser's hottest spot.
  const isRepeatedTitle = (line: string): boolean =>
    Math.abs(line.trim().length - item.title.length) <= 8 && titleKey(line) === titleAsKey
  for (const at of body) {
    const { token } = at
    if (token.kind === 'blank') {
      paragraphStart = true
      continue
    }
    // A page break or a joined word can leave blank lines inside a sentence: a line
    // that goes on in lower case after a line ending mid-sentence continues it.
    const continues = token.kind === 'text' && /^\p{Ll}/u.test(at.line.trim()) && paragraphs.isOpen() && !ENDS_SENTENCE.test(paragraphs.lastLine)
    if (paragraphStart && !continues) paragraphs.flushInto(target())
    // Without blank lines in the document, every line may start a paragraph.
    const startsParagraph = (paragraphStart || !layout.blankLines) && !continues
    paragraphStart = false
    // "Dok.nr.: …" or "Sagen afgøres i: …" before the case number: it may still follow.
    if (!sawContent && token.kind === 'text' && isCaseCompanion(at.line)) {
      paragraphs.add(at.index, at.line.trim(), 1 + at.line.length - at.line.trimStart().length)
      continue
    }
    if (!sawContent && token.kind === 'case-number') {
      item.caseNumber = token.value
      sawContent = true
      continue
    }
    sawContent = true
    // "Indstilling" then "Det indstilles:": a second heading of the kind just opened, before
    // any text, is the first line of that section, not a section of its own.
    const repeatsOpenKind = token.kind === 'section-heading' && section !== null && section.kind === token.section
      && section.children.length === 0 && !paragraphs.isOpen() && section.heading !== token.heading
    if (token.kind === 'section-heading' && !repeatsOpenKind) {
      paragraphs.flushInto(target())
      const interrupted: SectionNode | null = bilag ? bilag.interrupted : section
      section = {
        type: 'section', kind: token.section, heading: token.heading, children: [],
        position: positionOf(index, at.index)
      }
      item.children.push(section)
      bilag = token.section === 'bilag' ? { style: token.rest === '' ? 'unknown' : 'inline', interrupted } : null
      if (token.rest !== '') paragraphs.add(at.index, token.rest, token.restColumn)
      continue
    }
    if (token.kind === 'absence') {
      paragraphs.flushInto(target())
      item.absent.push(...token.names)
      section = null
      bilag = null
      continue
    }
    if (token.kind === 'text' && ITEM_LEAD_IN.test(at.line.trim())) continue
    // An all-capitals line ("FORSLAG FRA BESTYRELSEN") opens a new block: the section
    // before it (often the decision) ends there.
    if (section && startsParagraph && isCapitalsHeading(at.line)) {
      paragraphs.flushInto(target())
      section = { type: 'section', kind: 'other', heading: at.line.trim(), children: [], position: positionOf(index, at.index) }
      item.children.push(section)
      bilag = null
      continue
    }
    // The decision-first layout repeats the item title before the case text.
    if (section && isRepeatedTitle(at.line)) {
      paragraphs.flushInto(target())
      section = null
      bilag = null
      continue
    }
    // An inline "Bilag: X" is one line (and its wrap): it ends with or without a blank line.
    if (bilag && (startsParagraph || bilag.style === 'inline') && !continuesList(bilag, at.line, paragraphs.lastLine)) {
      paragraphs.flushInto(target())
      section = bilag.interrupted
      bilag = null
    }
    paragraphs.add(at.index, at.line.trim(), 1 + at.line.length - at.line.trimStart().length)
  }
  paragraphs.flushInto(target())
  for (const child of item.children) {
    if (child.type === 'section' && child.children.length > 0) {
      child.position = { start: child.position!.start, end: child.children.at(-1)!.position!.end }
    }
  }
}
