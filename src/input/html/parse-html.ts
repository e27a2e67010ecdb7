import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { VFile } from 'vfile'
import { MAX_DEPTH, MAX_ELEMENTS, MAX_MARKUP_CHARS, withinBudget } from '../budget.js'

type Parse5Node = DefaultTreeAdapterMap['node']

/** Start tags in markup text: an upper bound on the elements a parser makes of them (bar a few it implies). */
const START_TAG = /<[A-Za-z]/gu

/**
 * parse5's tree adapter, but a text node's end position is moved in a new object of the
 * same six fields rather than a spread of the old one. Why: parse5 moves it once per word
 * (text arrives as runs of letters and of spaces), and the spread was its costliest step.
 */
const treeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, end) {
    const at = node.sourceCodeLocation
    if (node.nodeName !== '#text' || !at || end.endLine === undefined) return defaultTreeAdapter.updateNodeSourceCodeLocation(node, end)
    node.sourceCodeLocation = {
      startLine: at.startLine, startCol: at.startCol, startOffset: at.startOffset, endLine: end.endLine, endCol: end.endCol!, endOffset: end.endOffset!
    }
  }
}

/**
 * Checks a parse5 tree against the depth and element budgets without recursion,
 * before anything recursive walks it.
 */
function checkTree(root: Parse5Node): void {
  const stack: Array<[Parse5Node, number]> = [[root, 0]]
  let elements = 0
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    withinBudget('depth', depth, MAX_DEPTH)
    if ('tagName' in node) withinBudget('elements', ++elements, MAX_ELEMENTS)
    if ('childNodes' in node) for (const child of node.childNodes) stack.push([child, depth + 1])
    if ('content' in node) stack.push([node.content, depth + 1])
  }
}

/**
 * HTML text to a hast tree (as hast-util-from-html makes it, with positions), within
 * the budget: its size and start tags are checked before parsing, the parsed tree's depth and
 * elements before it is converted. Why not fromHtml: its conversion recurses once per
 * level of nesting, so 100,000 nested `<div>`s overflowed the stack, and how deep it
 * got depended on the thread. `positions: false` leaves positions out, for HTML whose
 * lines are not the source's (Word's, which mammoth writes on one line).
 */
export function parseHtml(html: string, options: { fragment?: boolean; positions?: boolean } = {}): Root {
  withinBudget('markup-chars', html.length, MAX_MARKUP_CHARS)
  let tags = 0
  START_TAG.lastIndex = 0
  while (START_TAG.exec(html) !== null) withinBudget('elements', ++tags, MAX_ELEMENTS)
  const positions = options.positions ?? true
  const settings = { sourceCodeLocationInfo: positions, scriptingEnabled: false, treeAdapter }
  const document = options.fragment ? parseFragment(html, settings) : parse(html, settings)
  checkTree(document)
  // The file gives the tree its positions, as fromHtml does.
  return fromParse5(document, positions ? { file: new VFile(html) } : {}) as Root
}
