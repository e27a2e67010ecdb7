/**
 * The blocks a marked-up page is read into before it becomes lines: what the walk
 * over HTML (and Markdown, through the same HTML tree) knows about structure that
 * plain lines cannot carry, such as heading ranks and which lines form one list.
 */

/** One output line and the 1-based line of the source it came from. */
export interface SourceLine {
  readonly text: string
  readonly line: number
}

export interface ListInfo {
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

/** Rank given to a paragraph whose whole text is bold. */
export const BOLD_RANK = 7

/** Where the walk stands: inside bold or preformatted text, at page level, list depth. */
export interface WalkContext {
  readonly bold: boolean
  readonly pre: boolean
  readonly pageLevel: boolean
  readonly depth: number
}

/**
 * What list and table walkers need of the block walker: fresh group ids and the
 * blocks of nested content. An interface here, so they need not import the walker.
 */
export interface BlockWalker {
  newGroup(): number
  blocksOf(nodes: readonly (import('hast').ElementContent | import('hast').RootContent)[], context: WalkContext): Block[]
}
