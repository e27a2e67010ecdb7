/**
 * The document tree every reader ends in: unist nodes with positions. Text readers
 * reach it through the splitter; structured exports build it directly.
 */
import type { Literal, Node, Parent } from 'unist'
import type { Attachment, DecisionCore, Meeting, SectionKind } from '../schema/document.js'

/** What the extractors add to nodes (the parser of a structured export may set it first). */
declare module 'unist' {
  interface Data {
    /** On the root: the meeting; a reader may set some fields, extraction fills the rest. */
    meeting?: Meeting | Partial<Meeting>
    /** Votes and dissent may be missing until the extract step reads them. */
    decision?: DecisionCore | null
    /** Where the decision's text starts (its section or result sentence), for rules. */
    decisionLine?: number | null
    /** Members who declared a conflict of interest in this item. */
    conflicts?: string[]
    attachments?: Attachment[]
    /** On an item: the publishing system's own id (structured exports, portal pages). */
    sourceId?: string | null
    recommendation?: string | null
  }
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
