/**
 * Positioned PDF text items to lines of text, the way the page looks: one line per
 * baseline, a tab where a wide gap separates cells (TOC page numbers, tables), and a
 * blank line where the vertical gap is larger than the page's usual leading.
 * Why not a library's page text (pdf-parse's, PDFium's FPDFText_GetText): they drop
 * vertical gaps, and blank lines are what separates paragraphs and headings in minutes.
 */
export interface PdfItem {
  readonly str: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  /** The run's font (a key into the engine's fonts), for the line features; layout ignores it. */
  readonly font?: string
}

/** One laid-out line: its text and the items it was made of (none for a blank line). */
export interface LaidLine {
  readonly text: string
  readonly items: readonly PdfItem[]
}

interface Line {
  y: number
  height: number
  items: PdfItem[]
}

/** Items on one baseline within this fraction of their height. */
const SAME_LINE = 0.5
/** A horizontal gap this many times the font size is a cell separator. */
const CELL_GAP = 1.5
/** A vertical gap above this many times the usual leading is a blank line. */
const PARAGRAPH_GAP = 1.4
const MAX_BLANKS = 2

function groupLines(items: readonly PdfItem[]): Line[] {
  const lines: Line[] = []
  // Items arrive in content order, mostly line by line: compare with the latest lines first.
  for (const item of items) {
    const tolerance = Math.max(1, item.height * SAME_LINE)
    let line: Line | undefined
    for (let k = lines.length - 1; k >= Math.max(0, lines.length - 4); k--) {
      if (Math.abs(lines[k]!.y - item.y) <= tolerance) {
        line = lines[k]
        break
      }
    }
    if (line) {
      line.items.push(item)
      line.height = Math.max(line.height, item.height)
    } else lines.push({ y: item.y, height: item.height, items: [item] })
  }
  return lines.sort((a, b) => b.y - a.y)
}

function lineText(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x)
  let text = ''
  let end: number | undefined
  for (const item of items) {
    if (end !== undefined) {
      const gap = item.x - end
      if (gap > CELL_GAP * item.height) text = `${text.trimEnd()}\t`
      else if (gap > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' '
    }
    text += item.str
    end = item.x + item.width
  }
  return text.replace(/[ \t]+$/, '')
}

/**
 * The page's usual distance between lines. A low percentile, not the median: on a
 * page of short paragraphs most steps are paragraph gaps, but wrapped lines and list
 * entries still give the true leading.
 */
function leadingOf(steps: readonly number[]): number | undefined {
  if (steps.length === 0) return undefined
  const sorted = [...steps].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * 0.2)]
}

const stepsOf = (lines: readonly Line[]): number[] =>
  lines.slice(1).map((line, k) => lines[k]!.y - line.y).filter((step) => step > 0)

/** One page's lines (items grouped by baseline, top to bottom). */
function pageLines(items: readonly PdfItem[]): Line[] {
  return groupLines(items.filter((item) => item.str.trim() !== ''))
}

/**
 * Every page's lines as text, with blank lines for paragraph gaps. The leading is
 * the document's, not the page's: a short last page has too few lines to tell.
 */
export function layoutPages(pages: ReadonlyArray<readonly PdfItem[]>): string[][] {
  return layoutPageLines(pages).map((page) => page.map((line) => line.text))
}

/** As `layoutPages`, each line with the items it was made of (for the line features). */
export function layoutPageLines(pages: ReadonlyArray<readonly PdfItem[]>): LaidLine[][] {
  const lined = pages.map(pageLines)
  const leading = leadingOf(lined.flatMap(stepsOf)) ?? 12
  return lined.map((lines) => layoutLines(lines, leading))
}

function layoutLines(lines: readonly Line[], leading: number): LaidLine[] {
  const out: LaidLine[] = []
  lines.forEach((line, k) => {
    if (k > 0) {
      const gap = lines[k - 1]!.y - line.y
      if (gap > PARAGRAPH_GAP * leading) {
        const blanks = Math.min(MAX_BLANKS, Math.max(1, Math.round(gap / leading) - 1))
        for (let b = 0; b < blanks; b++) out.push({ text: '', items: [] })
      }
    }
    out.push({ text: lineText(line), items: line.items })
  })
  return out
}

/**
 * Pages of lines to one text with a form feed opening every page after the first,
 * and the 1-based line at which each page starts.
 */
export function joinPages(pages: readonly string[][]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = []
  const lines: string[] = []
  for (const page of pages) {
    pageStarts.push(lines.length + 1)
    const body = page.length > 0 ? [...page] : ['']
    if (lines.length > 0) body[0] = `\f${body[0]}`
    lines.push(...body)
  }
  return { text: lines.join('\n'), pageStarts }
}
