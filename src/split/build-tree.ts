import type { FoundToc } from './find-toc.js'
import { OPEN_END } from './lexicon.js'
import { BULLETED, URL_ONLY } from './line-shapes.js'
import { isChildNumber } from './numbering.js'
import type { HeadingChoice, Layout } from './select-headings.js'
import { titleKey } from './title.js'
import {
  positionOf,
  type GroupNode, type HeaderNode, type ItemNode, type LineIndex, type Located, type RootNode,
  type SectionNode, type TextNode, type TocNode
} from './types.js'

function textNode(index: LineIndex, first: number, last: number, value: string, column = 1): TextNode {
  return { type: 'text', value, position: positionOf(index, first, last, column) }
}

function headerOf(tokens: readonly Located[], index: LineIndex, end: number, toc: FoundToc | undefined): HeaderNode {
  const inToc = (i: number): boolean => toc !== undefined && i >= toc.start && i < toc.end
  const children = tokens
    .slice(0, end)
    .filter((at) => at.token.kind !== 'blank' && !inToc(at.index))
    .map((at) => textNode(index, at.index, at.index, at.line.trim(), 1 + at.line.length - at.line.trimStart().length))
  return { type: 'header', children }
}

function tocOf(toc: FoundToc, index: LineIndex): TocNode {
  return {
    type: 'toc',
    children: toc.entries.map(({ index: i, token }) => ({
      type: 'tocEntry', number: token.number, title: token.title, page: token.page, closed: token.closed,
      position: positionOf(index, i)
    })),
    position: positionOf(index, toc.start, toc.end - 1)
  }
}

/** Collects consecutive non-blank lines into one text node per paragraph. */
class Paragraphs {
  private lines: string[] = []
  private first = 0
  private last = 0
  private column = 1
  constructor(private readonly index: LineIndex) {}

  /** The last line added, while a paragraph is open or was just flushed. */
  lastLine = ''

  add(i: number, text: string, column: number): void {
    this.lastLine = text
    if (this.lines.length === 0) {
      this.first = i
      this.column = column
    }
    this.lines.push(text)
    this.last = i
  }

  isOpen(): boolean {
    return this.lines.length > 0
  }

  flushInto(target: { children: Array<SectionNode | TextNode> } | SectionNode): void {
    if (this.lines.length === 0) return
    const node = textNode(this.index, this.first, this.last, this.lines.join('\n'), this.column)
    ;(target.children as TextNode[]).push(node)
    this.lines = []
  }
}

const ENDS_SENTENCE = /[.!?:;]["”’)]*$/u
/** A sentence break inside a long line: prose, not an attachment name. */
const PROSE = /[.!?:]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u
const FILE_NAME = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|txt|csv|zip|msg|jpe?g|png)\b/iu

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

/** Fills an item with its case number, absence lines, sections and loose text. */
function fillItem(item: ItemNode, body: readonly Located[], index: LineIndex, layout: Layout): void {
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
    if (!sawContent && token.kind === 'case-number') {
      item.caseNumber = token.value
      sawContent = true
      continue
    }
    sawContent = true
    if (token.kind === 'section-heading') {
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

/** The last non-blank line in [from, to), or `from` if there is none. */
function lastContent(tokens: readonly Located[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (tokens[i]!.token.kind !== 'blank') return i
  return from
}

/**
 * Builds the unist tree from classified lines and the chosen headings.
 * It decides nothing about what a line is: that was settled before.
 */
export function buildTree(
  tokens: readonly Located[],
  index: LineIndex,
  toc: FoundToc | undefined,
  headings: readonly HeadingChoice[],
  layout: Layout = { blankLines: true }
): RootNode {
  const firstHeading = headings[0]?.index ?? tokens.length
  const root: RootNode = { type: 'root', children: [headerOf(tokens, index, firstHeading, toc)] }
  if (toc) root.children.push(tocOf(toc, index))
  let group: GroupNode | null = null
  headings.forEach((heading, k) => {
    const end = headings[k + 1]?.index ?? tokens.length
    const position = positionOf(index, heading.index, lastContent(tokens, heading.index, end))
    const number = heading.number ?? String(k + 1)
    if (heading.kind === 'group') {
      group = { type: 'group', number, title: heading.title, children: [], position }
      root.children.push(group)
      return
    }
    const item: ItemNode = {
      type: 'item', number, title: heading.title, closed: heading.closed, caseNumber: null, absent: [],
      tocTitle: heading.toc?.token.title ?? null, tocPage: heading.toc?.token.page ?? null, children: [], position
    }
    fillItem(item, tokens.slice(heading.index + heading.lines, end), index, layout)
    const parent: GroupNode | null = group
    if (parent !== null && isChildNumber(parent.number, number)) {
      parent.children.push(item)
      parent.position = { start: parent.position!.start, end: position.end }
    } else {
      group = null
      root.children.push(item)
    }
  })
  return root
}
