import type { Reader } from '../types.js'
import { markupReader } from './decode-text.js'
import { isHtml, isHtmlDocument } from './html.js'

const FRONT_MATTER = /^---[ \t]*\r?\n(?:[^\n]*\r?\n){0,60}?---[ \t]*(?:\r?\n|$)/u
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+[^\s#]/mu
const LIST_LINE = /^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/gmu
/** Syntax plain-text minutes do not use: **bold**, [links](…), fences, table rules. */
const MARKDOWN_ONLY = /\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\([^)\s]+\)|^```|^\|?[ \t]*:?-{3,}:?[ \t]*\|/gmu

/**
 * Whether text is Markdown: front matter at the top, an ATX heading ("# Referat", also after an HTML block),
 * or Markdown-only syntax used throughout along with list lines. Why so careful: numbered and
 * bulleted lines alone are what plain-text minutes look like too.
 */
export function isMarkdown(head: string): boolean {
  if (isHtmlDocument(head)) return false
  // Markdown may open with an HTML block (a centred logo on a repository's page) and go on in headings.
  if (FRONT_MATTER.test(head) || ATX_HEADING.test(head)) return true
  if (isHtml(head)) return false
  // One stray "[text](#)" is a crumb of a web export; Markdown uses its syntax throughout.
  return (head.match(MARKDOWN_ONLY)?.length ?? 0) >= 3 && (head.match(LIST_LINE)?.length ?? 0) >= 2
}

/** Markdown files (association pages, wikis, static sites); positions are Markdown lines. */
export const markdownReader: Reader = markupReader('markdown', ({ head }) => isMarkdown(head),
  async () => (await import('../html/markdown-to-text.js')).markdownToText, 'has no text')
