import type { Element, ElementContent, Root, RootContent } from 'hast'
import { BOLD_RANK, type Block, type WalkContext as Context, type Walker } from './block.js'
import { definitionBlocks } from './definition-blocks.js'
import { InlineBuffer } from './inline-buffer.js'
import { isChrome } from './is-chrome.js'
import { listBlocks } from './list-blocks.js'
import { marksBold } from './marks-bold.js'
import { tableBlocks } from './table-blocks.js'
import { appendAll } from '../../tree/append-all.js'

/** Elements that start a new block; everything else is inline and transparent. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'address', 'figure', 'figcaption',
  'dl', 'dt', 'dd', 'center', 'fieldset', 'details', 'summary', 'header', 'footer', 'aside',
  'hgroup', 'body', 'html', 'li', 'td', 'th', 'caption', 'legend'
])
const HEADING = /^h([1-6])$/u
const SECTIONING = new Set(['article', 'main', 'section'])

export interface WalkOptions {
  /** Markdown keeps soft line breaks as lines; HTML folds white space. */
  readonly keepNewlines: boolean
  /**
   * Word's tabs separate cells of a line (a letterhead's name and date), as a PDF's wide
   * gaps do; a web page's tabs are only source indentation.
   */
  readonly keepTabs?: boolean
  /** Whether the walk starts outside article/main (so page header/footer are chrome). */
  readonly pageLevel: boolean
}

/**
 * Walks a hast tree into blocks: headings, paragraphs, list entries and table rows,
 * each with the source lines of its text; page chrome is skipped on the way.
 */
export class BlockWalker implements Walker {
  readonly blocks: Block[] = []
  private readonly buffer: InlineBuffer
  private groups: { next: number }

  constructor(readonly options: WalkOptions, groups = { next: 0 }) {
    this.buffer = new InlineBuffer(options.keepNewlines, options.keepTabs ?? false)
    this.groups = groups
  }

  /** A new group id (a list or a table), unique within one page. */
  newGroup(): number {
    return this.groups.next++
  }

  /** The blocks of some nodes, walked apart from this walker's own output. */
  blocksOf(nodes: readonly (ElementContent | RootContent)[], context: Context): Block[] {
    const walker = new BlockWalker(this.options, this.groups)
    walker.children(nodes, context)
    walker.flush()
    return walker.blocks
  }

  /** Ends the current paragraph; a bold-only one becomes a heading. */
  flush(rank?: number): void {
    const { lines, boldOnly } = this.buffer.take()
    if (lines.length === 0) return
    if (rank !== undefined) {
      const bold = lines.every((l) => l.bold === true)
      const text = lines.map((l) => l.text).join(' ')
      const features = { headingRank: rank, ...(bold ? { bold } : {}) }
      this.blocks.push({ kind: 'heading', rank, lines: [{ text, line: lines[0]!.line, ...(bold ? { bold, boldLead: text.length } : {}), features }], group: null })
    } else {
      this.blocks.push({ kind: boldOnly ? 'heading' : 'text', rank: boldOnly ? BOLD_RANK : 0, lines, group: null })
    }
  }

  children(nodes: readonly (ElementContent | RootContent)[], context: Context): void {
    for (const node of nodes) {
      if (node.type === 'text') this.buffer.add(node.value, node.position?.start.line ?? 1, context.bold, context.pre)
      else if (node.type === 'element') this.element(node, context)
    }
  }

  private element(node: Element, context: Context): void {
    if (isChrome(node, context.pageLevel)) return
    const tag = node.tagName
    const heading = HEADING.exec(tag)
    if (tag === 'br') return this.buffer.newline()
    if (heading) {
      this.flush()
      this.children(node.children, context)
      return this.flush(Number(heading[1]))
    }
    if (tag === 'ul' || tag === 'ol') {
      this.flush()
      appendAll(this.blocks, listBlocks(this, node, context))
      return
    }
    if (tag === 'dl') {
      this.flush()
      appendAll(this.blocks, definitionBlocks(this, node, context))
      return
    }
    if (tag === 'table') {
      this.flush()
      appendAll(this.blocks, tableBlocks(this, node, context))
      return
    }
    if (tag === 'hr') return this.flush()
    if (tag === 'a' && hasBlock(node)) {
      // A link wrapping blocks is a card on a listing page: one line, never a heading.
      this.flush()
      const text = this.blocksOf(node.children, context).flatMap((block) => block.lines)
      if (text.length > 0) this.blocks.push({ kind: 'text', rank: 0, lines: [{ text: text.map((l) => l.text).join(' '), line: text[0]!.line }], group: null })
      return
    }
    const inner: Context = {
      bold: context.bold || tag === 'strong' || tag === 'b' || marksBold(node),
      pre: context.pre || tag === 'pre',
      pageLevel: context.pageLevel && !SECTIONING.has(tag),
      depth: context.depth
    }
    if (BLOCK_TAGS.has(tag) || tag === 'pre') {
      this.flush()
      this.children(node.children, inner)
      return this.flush()
    }
    this.children(node.children, inner)
  }
}

/** Whether an element holds block-level content (a card rather than a link). */
function hasBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (BLOCK_TAGS.has(child.tagName) || HEADING.test(child.tagName) || hasBlock(child)))
}

/** The blocks of a page (or of its main content). */
export function blocksOf(root: Root | Element, options: WalkOptions): Block[] {
  const walker = new BlockWalker(options)
  walker.children(root.children, { bold: false, pre: false, pageLevel: options.pageLevel, depth: 0 })
  walker.flush()
  return walker.blocks
}
