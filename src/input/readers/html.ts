import type { Reader } from '../types.js'
import { convertMarkup, decodeText, markupText } from './decode-text.js'

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

const EMPTY = 'has no text (an HTML page without content)'

/**
 * HTML pages and fragments: a publishing portal's meeting page, an exported agenda,
 * an association's web page, read with the unified HTML parser. A page with repeated
 * item containers (a meeting portal's page) is read into the tree as an export is
 * (input/portal/); any other page as text for the splitter, positions pointing at
 * lines of the HTML source. The page is parsed once for both.
 */
export const htmlReader: Reader = {
  format: 'html',
  isolated: false,
  sniff: ({ head }) => isHtml(head),
  async read(file, bytes) {
    const { text: markup, facts } = decodeText(file, bytes)
    const [{ parseHtml }, { portalTree }, { pageToText }] = await Promise.all([
      import('../html/parse-html.js'), import('../portal/portal-tree.js'), import('../html/html-to-text.js')
    ])
    const page = convertMarkup(file, () => parseHtml(markup))
    const tree = convertMarkup(file, () => portalTree(markup, page))
    return tree ? { kind: 'tree', tree, facts } : markupText(file, convertMarkup(file, () => pageToText(page)), facts, EMPTY)
  }
}
