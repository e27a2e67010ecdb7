/**
 * Line tokens (what one line looks like on its own) and the unist tree the
 * builder makes of them. Why two layers: recognisers judge one line, the builder
 * judges structure (TOC, numbering) and never looks at characters.
 */
import type { Literal, Node, Parent, Position } from 'unist'
import type { SectionKind } from '../schema/document.js'

export interface ItemHeadingToken {
  readonly kind: 'item-heading'
  /** 'punkt' and 'closed' headings are explicit; plain numbers must earn their place. */
  readonly marker: 'punkt' | 'numbered' | 'closed'
  readonly number: string | null
  readonly title: string
  readonly closed: boolean
}

export interface TocEntryToken {
  readonly kind: 'toc-entry'
  readonly number: string | null
  readonly title: string
  readonly page: number | null
  readonly closed: boolean
}

export interface SectionHeadingToken {
  readonly kind: 'section-heading'
  readonly section: SectionKind
  readonly heading: string
  /** Text on the same line after "Heading:"; its column is `restColumn`. */
  readonly rest: string
  readonly restColumn: number
}

export type LineToken =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'toc-heading'; readonly text: string }
  | TocEntryToken
  | ItemHeadingToken
  | SectionHeadingToken
  | { readonly kind: 'case-number'; readonly value: string; readonly text: string }
  | { readonly kind: 'absence'; readonly names: readonly string[]; readonly text: string }

/** A token with where it stands: 0-based index and the line's own text. */
export interface Located<T extends LineToken = LineToken> {
  readonly index: number
  readonly line: string
  readonly token: T
}

export interface TextNode extends Literal {
  type: 'text'
  value: string
}

export interface HeaderNode extends Parent {
  type: 'header'
  /** One text node per non-blank line before the first agenda item, outside the TOC. */
  children: TextNode[]
}

export interface TocEntryNode extends Node {
  type: 'tocEntry'
  number: string | null
  title: string
  page: number | null
  closed: boolean
}

export interface TocNode extends Parent {
  type: 'toc'
  children: TocEntryNode[]
}

export interface SectionNode extends Parent {
  type: 'section'
  kind: SectionKind
  heading: string
  children: TextNode[]
}

export interface ItemNode extends Parent {
  type: 'item'
  number: string
  title: string
  closed: boolean
  caseNumber: string | null
  absent: string[]
  /** The TOC entry this heading was matched to, if any, and the page it gives. */
  tocTitle: string | null
  tocPage: number | null
  children: Array<SectionNode | TextNode>
}

export interface GroupNode extends Parent {
  type: 'group'
  number: string
  title: string
  children: Array<ItemNode | TextNode>
}

export interface RootNode extends Parent {
  type: 'root'
  children: Array<HeaderNode | TocNode | GroupNode | ItemNode>
}

/** Where a line (0-based index) and column (1-based) stand in the text. */
export interface LineIndex {
  readonly lines: readonly string[]
  readonly starts: readonly number[]
}

export function positionOf(index: LineIndex, first: number, last = first, column = 1): Position {
  const lastLine = index.lines[last] ?? ''
  return {
    start: { line: first + 1, column, offset: (index.starts[first] ?? 0) + column - 1 },
    end: { line: last + 1, column: lastLine.length + 1, offset: (index.starts[last] ?? 0) + lastLine.length }
  }
}

export function lineIndexOf(text: string): LineIndex {
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  return { lines, starts }
}
