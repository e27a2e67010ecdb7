import type { ElementContent, RootContent } from 'hast'
import type { LineFeatures } from '../../tree/line-features.js'

/**
 * The blocks a marked-up page is read into before it becomes lines: what the walk
 * over HTML (and Markdown, through the same HTML tree) knows about structure that
 * plain lines cannot carry, such as heading ranks and which lines form one list.
 */

/** One output line and the 1-based line of the source it came from. */
export interface SourceLine {
  readonly text: string
  readonly line: number
  /** Every word of the line is bold. */
  readonly bold?: boolean
  /** How many leading characters are bold (a bold title run-in with its text: "**Budget.** Vi har …"). */
  readonly boldLead?: number
  /** What the walk knows about the line beyond bold (heading rank, list, table cell). */
  readonly features?: LineFeatures
}

export interface ListInfo {
  /** The list the entry belongs to (unique within one page). */
  readonly id: number
  readonly ordered: boolean
  /** 0 for a top-level list, 1 for a list inside a list item, … */
  readonly depth: number
}

export interface Block {
  readonly kind: 'heading' | 'text' | 'entry'
  /** Heading rank: 1–6 for `h1`–`h6`, 7 for a bold-only paragraph, 0 for the rest. */
  readonly rank: number
  readonly lines: readonly SourceLine[]
  /** Blocks of one tight list or one table share a group and print on consecutive lines. */
  readonly group: number | null
  /** Set on list entries. */
  readonly list?: ListInfo
}

/** Where a walk is in the page: inside bold, inside `<pre>`, at page level, list depth. */
export interface WalkContext {
  readonly bold: boolean
  readonly pre: boolean
  readonly pageLevel: boolean
  readonly depth: number
}

/** What list and table readers need of the walk: nested content as blocks, group ids. */
export interface Walker {
  blocksOf(nodes: readonly (ElementContent | RootContent)[], context: WalkContext): Block[]
  newGroup(): number
}

/** Rank given to a paragraph whose whole text is bold. */
export const BOLD_RANK = 7
