/**
 * The line model's features for a PDF's laid-out lines: page, whole line bold, font size
 * relative to the body text, and indentation in body character widths from the page's
 * usual left margin. Computed from the text runs each line was made of; the text is
 * never touched (pdf-layout.ts made it before).
 */
import type { LineFeatures } from '../../tree/line-features.js'
import type { LaidLine, PdfItem } from './pdf-layout.js'
import { isSpace } from './is-space.js'

/** What the engine tells about a run's font. */
export interface PdfFont {
  /** The PostScript name, with or without its subset prefix ("ABCDEF+Arial-BoldMT"). */
  readonly name: string
  /** The engine's own weight flag (the font descriptor's ForceBold, as PDFium reports it). */
  readonly bold?: boolean
}

/**
 * Weight words in font names: "Helvetica-Bold", "Arial,Bold", "Arial-BoldMT",
 * "Calibri-Semibold", "Arial-Black", "Futura-Heavy", "Franklin-Demi" (not "DemiLight").
 */
const BOLD_NAME = /bold|black|heavy|demi(?!light)|(?:^|[-,_])(?:bd|blk|hv)(?:$|[-,_]|mt)/i

/** Whether a font (by its name, or the engine's flag) sets a bold face. */
export function isBoldFont(font: PdfFont): boolean {
  return font.bold === true || BOLD_NAME.test(font.name.replace(/^[A-Z]{6}\+/, ''))
}

/** Printed characters of a run (UTF-16 units but `\s`): what weighs in sizes and weights. */
function printed(item: PdfItem): number {
  let count = 0
  for (let i = 0; i < item.str.length; i++) if (!isSpace(item.str.charCodeAt(i))) count++
  return count
}

/** Sizes to a tenth of a point: runs of one size differ in the last digits. */
const sizeOf = (item: PdfItem): number => Math.round(item.height * 10) / 10

/** The key with the largest weight; ties go to the smaller key (the narrower margin, the smaller size). */
function modeOf(weights: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined
  for (const [key, weight] of weights) {
    const top = best === undefined ? -1 : weights.get(best)!
    if (weight > top || (weight === top && key < best!)) best = key
  }
  return best
}

function addTo(weights: Map<number, number>, key: number, weight: number): void {
  weights.set(key, (weights.get(key) ?? 0) + weight)
}

/** The body text's size (most printed characters) and the mean width of its characters. */
function bodyOf(pages: ReadonlyArray<readonly LaidLine[]>): { size: number; charWidth: number } {
  const sizes = new Map<number, number>()
  for (const page of pages) for (const line of page) for (const item of line.items) addTo(sizes, sizeOf(item), printed(item))
  const size = modeOf(sizes) ?? 10
  let width = 0
  let chars = 0
  for (const page of pages) {
    for (const line of page) {
      for (const item of line.items) {
        if (sizeOf(item) !== size || item.str.length === 0) continue
        width += item.width
        chars += item.str.length
      }
    }
  }
  return { size, charWidth: chars > 0 && width > 0 ? width / chars : size / 2 }
}

const leftOf = (line: LaidLine): number => Math.min(...line.items.map((item) => item.x))

/** The page's usual left margin: the left edge most lines start at. */
function marginOf(page: readonly LaidLine[]): number {
  const starts = new Map<number, number>()
  for (const line of page) if (line.items.length > 0) addTo(starts, Math.round(leftOf(line)), 1)
  return modeOf(starts) ?? 0
}

/** Bold when every printed character is in a bold font; unknown when a run's font is. */
function boldOf(items: readonly PdfItem[], fonts: ReadonlyMap<string, PdfFont>): boolean | undefined {
  let any = false
  for (const item of items) {
    if (printed(item) === 0) continue
    const font = item.font === undefined ? undefined : fonts.get(item.font)
    if (!font) return undefined
    if (!isBoldFont(font)) return false
    any = true
  }
  return any ? true : undefined
}

/** The line's size: the size most of its printed characters have. */
function lineSizeOf(items: readonly PdfItem[]): number | undefined {
  const sizes = new Map<number, number>()
  for (const item of items) addTo(sizes, sizeOf(item), printed(item))
  return modeOf(sizes)
}

/**
 * One entry per line of `joinPages(pages)` (an empty page is one blank line), in order.
 * `fonts` maps the runs' font ids to what the engine told about them.
 */
export function pdfLineFeatures(pages: ReadonlyArray<readonly LaidLine[]>, fonts: ReadonlyMap<string, PdfFont>): LineFeatures[] {
  const body = bodyOf(pages)
  const out: LineFeatures[] = []
  pages.forEach((lines, index) => {
    const page = index + 1
    if (lines.length === 0) out.push({ page })
    const margin = marginOf(lines)
    for (const line of lines) {
      if (line.items.length === 0) {
        out.push({ page })
        continue
      }
      const bold = boldOf(line.items, fonts)
      const size = lineSizeOf(line.items)
      out.push({
        page,
        ...(bold === undefined ? {} : { bold }),
        ...(size === undefined ? {} : { size: Math.round((size / body.size) * 100) / 100 }),
        indent: Math.max(0, Math.round((leftOf(line) - margin) / body.charWidth))
      })
    }
  })
  return out
}
