import type { Reader } from '../types.js'
import { convertMarkup, decodeText, markupReader } from './decode-text.js'

/** Leading comments, an XML declaration (XHTML) and white space before the first tag. */
const PROLOGUE = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/u
const DOCUMENT = /^<(?:!doctype\s+html|html|head|body)[\s>]/i
const BLOCK_START = /^<(p|div|h[1-6]|table|ul|ol|section|article|main|header|nav|dl|blockquote)[\s>]/i

/** Whether text starts as a whole HTML page (doctype, `<html>`, `<head>`, `<body>`). */
export function isHtmlDocument(head: string): boolean {
  return DOCUMENT.test(head.slice(PROLOGUE.exec(head)![0].length))
}

/**
 * Whether text starts as an HTML page (doctype, `<html>`, `<body>`) or as a fragment
 * of block markup (`<h1>…</h1><p>…`, as exported agendas are). Why not any `<`:
 * minutes in plain text quote `<i>` crumbs, and XML exports have roots of their own.
 */
export function isHtml(head: string): boolean {
  if (isHtmlDocument(head)) return true
  const text = head.slice(PROLOGUE.exec(head)![0].length)
  const block = BLOCK_START.exec(text)
  return block !== null && (text.toLowerCase().includes(`</${block[1]!.toLowerCase()}>`) || (text.match(/<\/?[a-z][a-z0-9]*[\s>/]/gi)?.length ?? 0) >= 4)
}

/**
 * HTML pages and fragments: a publishing portal's meeting page, an exported agenda,
 * an association's web page. Read with the unified HTML parser; positions point at
 * lines of the HTML source.
 */
const pageText: Reader = markupReader('html', ({ head }) => isHtml(head),
  async () => (await import('../html/html-to-text.js')).htmlToText, 'has no text (an HTML page without content)')

/**
 * A page with repeated item containers (a meeting portal's page) is read into the
 * tree as an export is (input/portal/); any other page as text for the splitter.
 */
export const htmlReader: Reader = {
  ...pageText,
  async read(file, bytes, options) {
    const { text: markup, facts } = decodeText(file, bytes)
    const { portalTree } = await import('../portal/portal-tree.js')
    const tree = convertMarkup(file, () => portalTree(markup))
    return tree ? { kind: 'tree', tree, facts } : pageText.read(file, bytes, options)
  }
}
