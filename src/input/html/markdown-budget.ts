import { countLines, MAX_DEPTH, MAX_ELEMENTS, MAX_MARKDOWN_LINES, MAX_MARKDOWN_MARKS, MAX_MARKDOWN_NESTING, MAX_MARKUP_CHARS, withinBudget } from '../budget.js'

/** The container marks opening a line: quotes and list markers, with the indentation between them. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/u
const MARKS = /[*_[\]]/gu

/**
 * Checks Markdown text against the budget before it is parsed, in one pass over its
 * lines: the number of lines, the quote and list marks opening them (each open
 * container costs the parser on every line), and the emphasis and link marks in
 * one paragraph, which the parser pairs up in time growing with their square.
 * Why before: the parser cannot be stopped once it runs.
 */
export function checkMarkdownBudget(markdown: string): void {
  withinBudget('markup-chars', markdown.length, MAX_MARKUP_CHARS)
  withinBudget('markdown-lines', countLines(markdown, MAX_MARKDOWN_LINES), MAX_MARKDOWN_LINES)
  const lines = markdown.split('\n')
  let nesting = 0
  let marks = 0
  for (const line of lines) {
    const prefix = CONTAINERS.exec(line)![0]
    const depth = prefix.replace(/[^>*+\-.)]/gu, '').length + Math.floor((prefix.length - prefix.trimStart().length) / 2)
    withinBudget('depth', depth, MAX_DEPTH)
    withinBudget('markdown-nesting', (nesting += depth), MAX_MARKDOWN_NESTING)
    const rest = line.slice(prefix.length)
    // A blank line ends the paragraph; its marks are counted afresh.
    if (rest.trim() === '') marks = 0
    else withinBudget('markdown-marks', (marks += rest.match(MARKS)?.length ?? 0), MAX_MARKDOWN_MARKS)
  }
}

interface Parent { readonly children?: readonly unknown[] }

/**
 * Checks a parsed Markdown tree (mdast) against the depth and element budgets
 * without recursion, before the recursive conversion to HTML's tree walks it.
 */
export function checkTreeBudget(root: Parent): void {
  const stack: Array<[Parent, number]> = [[root, 0]]
  let nodes = 0
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    withinBudget('depth', depth, MAX_DEPTH)
    withinBudget('elements', ++nodes, MAX_ELEMENTS)
    for (const child of node.children ?? []) stack.push([child as Parent, depth + 1])
  }
}
