/**
 * The HTML inside an export's field as blocks of text: headings, bold-only lines
 * (which may be headings) and paragraphs with their line breaks. Why a walk of our
 * own over hast: the fields are fragments written by word processors (`<span>`
 * soup, `<br><br>` as paragraph breaks, `<strong>` as headings), and the section
 * builder needs exactly these three shapes, not a page's text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { parseHtml } from '../html/parse-html.js'

export interface HtmlBlock {
  /** `heading`: h1–h6; `bold`: a short line that is bold throughout; `text`: anything else. */
  readonly kind: 'heading' | 'bold' | 'text'
  /** Whitespace folded; lines of a `text` block separated by "\n". */
  readonly text: string
}

const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title', 'noscript', 'img'])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'header', 'footer', 'center', 'form', 'hr', 'address', 'figure', 'caption'])
const BOLD = new Set(['strong', 'b'])
/** Longest text taken for a bold-only heading. */
const MAX_BOLD_HEADING = 100

const fold = (text: string): string => text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').replace(/\u00ad/gu, '')

/** The list marker of the n-th item (0-based) of a list element. */
function markerOf(list: Element | null, n: number): string {
  if (!list || list.tagName !== 'ol') return '• '
  const start = Number(list.properties['start'] ?? 1) || 1
  const type = String(list.properties['type'] ?? '')
  const style = String(list.properties['style'] ?? '').toLowerCase()
  const value = start + n
  if (type === 'A' || style.includes('upper-alpha') || style.includes('upper-latin')) return `${String.fromCharCode(64 + value)}. `
  if (type === 'a' || style.includes('lower-alpha') || style.includes('lower-latin')) return `${String.fromCharCode(96 + value)}. `
  return `${value}. `
}

/** Collects blocks while walking; one instance per fragment. */
class BlockWriter {
  readonly blocks: HtmlBlock[] = []
  private lines: string[] = ['']
  private bold = false
  private plain = false
  private marker = ''

  text(value: string, bold: boolean): void {
    const folded = fold(value)
    if (folded.trim() === '') {
      if (this.lines.at(-1) !== '') this.lines[this.lines.length - 1] += ' '
      return
    }
    const last = this.lines.length - 1
    const prefix = this.lines[last]!.trim() === '' ? this.marker : ''
    if (prefix) this.marker = ''
    this.lines[last] += prefix ? prefix + folded.trimStart() : folded
    if (bold) this.bold = true
    else this.plain = true
  }

  lineBreak(): void {
    this.lines.push('')
  }

  listItem(marker: string): void {
    this.flush()
    this.marker = marker
  }

  heading(text: string): void {
    this.flush()
    const folded = fold(text).trim()
    if (folded !== '') this.blocks.push({ kind: 'heading', text: folded })
  }

  row(cells: readonly string[]): void {
    this.flush()
    const text = cells.map((cell) => fold(cell).trim()).filter(Boolean).join(' | ')
    if (text !== '') this.blocks.push({ kind: 'text', text })
  }

  /** Ends the current block; an empty line inside it (`<br><br>`) splits it in two. */
  flush(): void {
    const lines = this.lines.map((line) => line.replace(/ {2,}/gu, ' ').trim())
    const isBold = this.bold && !this.plain
    this.lines = ['']
    this.bold = false
    this.plain = false
    let run: string[] = []
    const runs: string[][] = []
    for (const line of [...lines, '']) {
      if (line !== '') run.push(line)
      else if (run.length > 0) {
        runs.push(run)
        run = []
      }
    }
    // A bold heading may wrap ("<b>Økonomiske<br>konsekvenser</b>"): it is one line of text.
    const heading = runs.length === 1 ? runs[0]!.join(' ') : ''
    if (isBold && runs.length === 1 && runs[0]!.length <= 2 && heading.length <= MAX_BOLD_HEADING) {
      this.blocks.push({ kind: 'bold', text: heading })
      return
    }
    for (const lines of runs) this.blocks.push({ kind: 'text', text: lines.join('\n') })
  }
}

/** Plain text of an element (a heading or a table cell), line breaks as spaces. */
function textOf(node: Element | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  if (SKIPPED.has(node.tagName)) return ''
  if (node.tagName === 'br') return ' '
  return node.children.map(textOf).join(BLOCKS.has(node.tagName) ? ' ' : '')
}

function cellsOf(row: Element): string[] {
  return row.children.flatMap((cell) => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th') ? [textOf(cell)] : [])
}

function walk(node: Root | ElementContent, out: BlockWriter, bold: boolean, list: Element | null): void {
  if (node.type === 'text') return out.text(node.value, bold)
  if (node.type !== 'element' && node.type !== 'root') return
  if (node.type === 'element') {
    const tag = node.tagName
    if (SKIPPED.has(tag)) return
    if (tag === 'br') return out.lineBreak()
    if (HEADINGS.has(tag)) return out.heading(textOf(node))
    if (tag === 'tr') return out.row(cellsOf(node))
    if (tag === 'li') {
      const index = list ? list.children.filter((c) => c.type === 'element' && c.tagName === 'li').indexOf(node) : 0
      out.listItem(markerOf(list, index))
      for (const child of node.children) walk(child, out, bold, null)
      // Ends the item, and drops the marker of an item that had no text.
      return out.listItem('')
    }
    const isBlock = BLOCKS.has(tag)
    if (isBlock) out.flush()
    const nextList = tag === 'ul' || tag === 'ol' ? node : list
    for (const child of node.children) walk(child, out, bold || BOLD.has(tag), nextList)
    if (isBlock) out.flush()
    return
  }
  for (const child of node.children) walk(child as ElementContent, out, bold, list)
}

/**
 * The blocks of an HTML fragment, in document order, entities decoded.
 *
 *     <h3>Beslutning</h3><span>Godkendt.<br><br>Afbud: Kenneth Jerkel</span>
 *     → heading "Beslutning", text "Godkendt.", text "Afbud: Kenneth Jerkel"
 */
export function blocksOfHtml(html: string): HtmlBlock[] {
  const out = new BlockWriter()
  walk(parseHtml(html, { fragment: true }), out, false, null)
  out.flush()
  return out.blocks
}
