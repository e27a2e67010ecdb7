/**
 * An export's XML as a small element tree with the line each element starts on.
 * Why saxes and a tree of our own: the readers need positions into the file,
 * which DOM-style parsers drop, and only names, attributes and text.
 * Exports in the wild are not always well-formed: they are cleaned first (CR-only
 * line ends, character references XML forbids such as `&#xC;`, HTML entity names)
 * without moving any line.
 */
import { SaxesParser } from 'saxes'
import { MAX_DEPTH, MAX_XML_ELEMENTS, withinBudget } from '../budget.js'
import { decode, decodeCp1252, type Encoding } from '../decode.js'

export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: XmlElement[]
  /** The element's own text and CDATA, without its children's. */
  text: string
  /** 1-based line and column of the tag's start. */
  readonly line: number
  readonly column: number
  endLine: number
}

export interface XmlText {
  readonly text: string
  readonly encoding: Encoding
}

const LATIN = /^(windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1|us-ascii)$/i

/** The file's text, in the encoding its declaration names (Windows-1252 family) or UTF-8/BOM. */
export function xmlTextOf(bytes: Uint8Array): XmlText {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  const declared = /^(?:\ufeff|\xef\xbb\xbf)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/u.exec(head)?.[1]
  if (declared && LATIN.test(declared)) return { text: decodeCp1252(bytes), encoding: 'windows-1252' }
  return decode(bytes)
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])

function allowedCode(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

/**
 * Splits text into parts outside and inside CDATA sections and comments (odd parts
 * inside), as `split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)` would, in one pass:
 * that pattern searched to the end of the text from every unclosed `<![CDATA[`, so
 * thousands of them took minutes. An unclosed section is left outside, as there.
 */
function verbatimSplit(text: string): string[] {
  const kinds = [{ open: '<![CDATA[', close: ']]>', next: -2 }, { open: '<!--', close: '-->', next: -2 }]
  const parts: string[] = []
  let at = 0
  for (;;) {
    // Each kind's next opening at or after `at`, searched again only once passed (-1: none left).
    for (const kind of kinds) if (kind.next !== -1 && kind.next < at) kind.next = text.indexOf(kind.open, at)
    const open = kinds.filter((kind) => kind.next !== -1).sort((a, b) => a.next - b.next)[0]
    if (!open) break
    const end = text.indexOf(open.close, open.next + open.open.length)
    if (end === -1) {
      // Never closed: no later one of this kind closes either.
      open.next = -1
      continue
    }
    parts.push(text.slice(at, open.next), text.slice(open.next, end + open.close.length))
    at = end + open.close.length
  }
  parts.push(text.slice(at))
  return parts
}

/**
 * Text a strict parser accepts, line for line: CR and CRLF become LF, references
 * to forbidden characters and raw control characters become spaces, and an HTML
 * entity name (`&nbsp;`) is kept as text (`&amp;nbsp;`) for the HTML reader of
 * the field to decode.
 */
export function cleanXml(text: string): string {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, ' ')
  // References mean nothing inside CDATA and comments: those stay as they are.
  return verbatimSplit(lines).map((part, i) => i % 2 === 1 ? part : part
    .replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (ref, code: string) => {
      const value = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10)
      return allowedCode(value) ? ref : ' '
    })
    .replace(/&([A-Za-z][A-Za-z0-9]*);/gu, (ref, name: string) => (XML_ENTITIES.has(name) ? ref : `&amp;${name};`))
  ).join('')
}

/**
 * Parses cleaned XML text; throws saxes' error (with line and column) if it is not
 * well-formed, and a BudgetError past the depth or element budget (counted as the
 * tags open, so a hostile file stops before its tree is built).
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ position: true })
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '', line: 1, column: 1, endLine: 1 }
  const stack: XmlElement[] = [root]
  let start = { line: 1, column: 1 }
  let elements = 0
  parser.on('opentagstart', (tag) => {
    withinBudget('xml-elements', ++elements, MAX_XML_ELEMENTS)
    withinBudget('depth', stack.length, MAX_DEPTH)
    // The parser stands just after "<name" (column 0-based): the tag starts at its "<".
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length) }
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === 'string' ? value : value.value
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '', line: start.line, column: start.column, endLine: parser.line }
    stack.at(-1)!.children.push(element)
    stack.push(element)
    if (tag.isSelfClosing) stack.pop()
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    const element = stack.pop()
    if (element) element.endLine = parser.line
  })
  const addText = (value: string): void => {
    stack.at(-1)!.text += value
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('error', (error) => {
    throw error
  })
  parser.write(text).close()
  return root
}

/** Child elements by name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((child) => child.name === name) : []

/** The first child element by name. */
export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((child) => child.name === name)

/** A child element's text, trimmed; null when absent or empty. */
export function childText(element: XmlElement | undefined, name: string): string | null {
  const text = childNamed(element, name)?.text.trim()
  return text ? text : null
}

/** The root element of a parsed document. */
export const rootElement = (document: XmlElement): XmlElement | undefined => document.children[0]
