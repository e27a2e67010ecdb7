import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toHast } from 'mdast-util-to-hast'
import { gfmTable } from 'micromark-extension-gfm-table'
import type { Root } from 'hast'
import { blocksOf } from './blocks-of.js'
import { dropChrome } from './drop-chrome.js'
import type { MarkupText } from './html-to-text.js'
import { linesOf } from './lines-of.js'
import { listItem } from './list-item-handler.js'
import { checkMarkdownBudget, checkTreeBudget } from './markdown-budget.js'
import { numberItems } from './number-items.js'
import { rawToHast } from './raw-to-hast.js'

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*$/u

/**
 * Front matter (`---` … `---` at the top, as static-site generators write it) blanked
 * line for line, so the lines after it keep their numbers.
 */
export function blankFrontMatter(markdown: string): string {
  const lines = markdown.split('\n')
  if (!FRONT_MATTER.test(lines[0]!.replace(/^\uFEFF/u, '').trimEnd())) return markdown
  const end = lines.findIndex((line, i) => i > 0 && (FRONT_MATTER.test(line.trimEnd()) || /^\.\.\.[ \t]*$/u.test(line)))
  if (end < 0) return markdown
  return lines.map((line, i) => (i <= end ? '' : line)).join('\n')
}

/**
 * Markdown to the lines the splitter reads, through the same HTML tree as web pages
 * (mdast → hast): headings, lists with their numbers, tables, links as their text,
 * HTML written in it parsed too, front matter dropped. Soft line breaks stay lines;
 * positions are Markdown lines.
 */
export function markdownToText(markdown: string): MarkupText {
  checkMarkdownBudget(markdown)
  const mdast = fromMarkdown(blankFrontMatter(markdown), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
  checkTreeBudget(mdast)
  const hast = toHast(mdast, { allowDangerousHtml: true, handlers: { listItem } }) as Root
  rawToHast(hast)
  return linesOf(numberItems(dropChrome(blocksOf(hast, { keepNewlines: true, pageLevel: false }))))
}
