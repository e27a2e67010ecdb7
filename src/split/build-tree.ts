import { fillItem } from './fill-item.js'
import type { FoundToc } from './find-toc.js'
import type { Layout } from './layout.js'
import { isChildNumber } from '../tree/numbering.js'
import { textNode } from './paragraphs.js'
import type { HeadingChoice } from './select-headings.js'
import { type Located } from './tokens.js'
import { positionOf, type LineIndex } from '../tree/position.js'
import { type GroupNode, type HeaderNode, type ItemNode, type RootNode, type TocNode } from '../tree/types.js'

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
