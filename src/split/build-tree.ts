import type { FoundToc } from './find-toc.js'
import { isChildNumber } from './numbering.js'
import type { HeadingChoice } from './select-headings.js'
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

  add(i: number, text: string, column: number): void {
    if (this.lines.length === 0) {
      this.first = i
      this.column = column
    }
    this.lines.push(text)
    this.last = i
  }

  flushInto(target: { children: Array<SectionNode | TextNode> } | SectionNode): void {
    if (this.lines.length === 0) return
    const node = textNode(this.index, this.first, this.last, this.lines.join('\n'), this.column)
    ;(target.children as TextNode[]).push(node)
    this.lines = []
  }
}

/** Fills an item with its case number, absence lines, sections and loose text. */
function fillItem(item: ItemNode, body: readonly Located[], index: LineIndex): void {
  const paragraphs = new Paragraphs(index)
  let section: SectionNode | null = null
  // An inline "Bilag: X" names one attachment; the text after it belongs to the section before.
  let restore: { to: SectionNode | null } | null = null
  let sawContent = false
  const target = (): ItemNode | SectionNode => section ?? item
  for (const at of body) {
    const { token } = at
    if (token.kind === 'blank') {
      paragraphs.flushInto(target())
      continue
    }
    if (restore) {
      paragraphs.flushInto(target())
      section = restore.to
      restore = null
    }
    if (!sawContent && token.kind === 'case-number') {
      item.caseNumber = token.value
      sawContent = true
      continue
    }
    sawContent = true
    if (token.kind === 'section-heading') {
      paragraphs.flushInto(target())
      const previous: SectionNode | null = section
      section = {
        type: 'section', kind: token.section, heading: token.heading, children: [],
        position: positionOf(index, at.index)
      }
      item.children.push(section)
      if (token.rest !== '') {
        paragraphs.add(at.index, token.rest, token.restColumn)
        if (token.section === 'bilag') restore = { to: previous }
      }
      continue
    }
    if (token.kind === 'absence') {
      paragraphs.flushInto(target())
      item.absent.push(...token.names)
      section = null
      continue
    }
    // The decision-first layout repeats the item title before the case text.
    if (section && titleKey(at.line) === titleKey(item.title)) {
      paragraphs.flushInto(target())
      section = null
      continue
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
  headings: readonly HeadingChoice[]
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
      tocTitle: heading.toc?.token.title ?? null, children: [], position
    }
    fillItem(item, tokens.slice(heading.index + 1, end), index)
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
