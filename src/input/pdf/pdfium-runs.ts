/**
 * One page's text runs from PDFium's glyphs, shaped the way pdf.js gave them (str, x, y,
 * width, height), so the page layout and its text stay as they were with pdf.js: PDFium
 * gives glyphs, pdf.js gave runs, and the runs' spacing rules below are pdf.js's
 * (evaluator.js). Measured: the same lines on every fixture and corpus PDF
 * (scripts/pdf-engines.mjs).
 */
import type { PdfFont } from './pdf-features.js'
import type { PdfItem } from './pdf-layout.js'
import { isSpace } from './is-space.js'

/** The raw PDFium exports this module calls per glyph (the wrapped ones convert every argument). */
export interface PdfiumGlyphApi {
  readonly memory: WebAssembly.Memory
  FPDFText_CountChars(page: number): number
  FPDFText_IsGenerated(page: number, index: number): number
  FPDFText_GetUnicode(page: number, index: number): number
  FPDFText_GetTextObject(page: number, index: number): number
  FPDFText_GetCharAngle(page: number, index: number): number
  FPDFText_GetFontSize(page: number, index: number): number
  FPDFText_GetMatrix(page: number, index: number, matrix: number): number
  FPDFText_GetFontInfo(page: number, index: number, buffer: number, length: number, flags: number): number
  FPDFText_GetCharOrigin(page: number, index: number, x: number, y: number): number
  FPDFText_GetLooseCharBox(page: number, index: number, rect: number): number
}

/** A gap above 0.102 em is a space; above 0.6 em, or back more than 0.2 em, a new run. */
const SPACE_MIN = 0.102
const RUN_GAP = 0.6
const RUN_BACK = -0.2
/** PDF font descriptor flag ForceBold (bit 19). */
const FORCE_BOLD = 1 << 18
/** Bytes of scratch memory the caller provides: 2 doubles, then 6 floats, then a font name. */
export const SCRATCH_BYTES = 16 + 24 + 256
const NAME_BYTES = 256

/** pdf.js's own normalisation of its runs: NFKC for ligatures, NBSP and compatibility forms. */
const PDFJS_NORMALISED = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu
const normalise = (str: string): string =>
  str.replaceAll(PDFJS_NORMALISED, (_, nfkc: string | undefined, st: string | undefined) => (nfkc ? nfkc.normalize('NFKC') : 'ſt'.repeat(st!.length)))

const UTF8 = new TextDecoder()


interface Run { str: string; x: number; y: number; width: number; height: number; font: string; rotated: boolean; spaceEnd: boolean }

/**
 * Ends a run: adds it to `items` unless empty; returns undefined (no run open). A module
 * function, not a closure made per page: V8 optimises pageRuns for the callee it saw,
 * and a new closure each page undid that (a deoptimisation per page, "wrong call target").
 */
function pushRun(items: PdfItem[], run: Run | undefined): undefined {
  if (run && run.str !== '') items.push({ str: normalise(run.str), x: run.x, y: run.y, width: run.width, height: run.height, font: run.font })
  return undefined
}

/** The font of glyph `index`, recorded in `fonts` under its name and flags. */
function fontOf(api: PdfiumGlyphApi, page: number, index: number, scratch: number, fonts: Map<string, PdfFont>): string {
  const name = scratch + 40
  const length = api.FPDFText_GetFontInfo(page, index, name, NAME_BYTES, scratch)
  const bytes = new Uint8Array(api.memory.buffer, name, Math.max(0, Math.min(length, NAME_BYTES) - 1))
  const text = UTF8.decode(bytes)
  const flags = new Int32Array(api.memory.buffer, scratch, 1)[0]!
  const key = `${text}|${flags}`
  if (!fonts.has(key)) fonts.set(key, { name: text, bold: (flags & FORCE_BOLD) !== 0 })
  return key
}

/**
 * The runs of one text page. Glyphs PDFium made up (spaces, line ends) are dropped: the
 * gaps decide spaces, as in pdf.js. A rotated glyph run (a margin stamp) stays one run.
 */
export function pageRuns(api: PdfiumGlyphApi, page: number, scratch: number, fonts: Map<string, PdfFont>): PdfItem[] {
  const items: PdfItem[] = []
  let run: Run | undefined
  let lastRight = 0
  let lastObject = 0
  let font = ''
  let size = 0
  let rotated = false
  // Views on the scratch memory, made anew only when PDFium's memory grew.
  let buffer = api.memory.buffer
  let doubles = new Float64Array(buffer, scratch, 2)
  let floats = new Float32Array(buffer, scratch + 16, 6)
  const count = api.FPDFText_CountChars(page)
  for (let i = 0; i < count; i++) {
    if (api.FPDFText_IsGenerated(page, i)) continue
    const code = api.FPDFText_GetUnicode(page, i)
    if (code === 0xfffe || code === 0xffff || code === 0x0d || code === 0x0a) continue
    if (api.memory.buffer !== buffer) {
      buffer = api.memory.buffer
      doubles = new Float64Array(buffer, scratch, 2)
      floats = new Float32Array(buffer, scratch + 16, 6)
    }
    // PDFium marks a hyphen at a line's end with U+0002; pdf.js gives every whitespace glyph (but NBSP) as a space.
    const space = isSpace(code)
    const ch = code === 2 ? '-' : space && code !== 0xa0 ? ' ' : String.fromCodePoint(code)
    const object = api.FPDFText_GetTextObject(page, i)
    if (object !== lastObject || font === '') {
      // Per text object: its font, and its size as set (Tf) times the matrix's scale.
      rotated = api.FPDFText_GetCharAngle(page, i) !== 0
      font = fontOf(api, page, i, scratch, fonts)
      api.FPDFText_GetMatrix(page, i, scratch + 16)
      size = api.FPDFText_GetFontSize(page, i) * Math.hypot(floats[2]!, floats[3]!)
    }
    api.FPDFText_GetCharOrigin(page, i, scratch, scratch + 8)
    const x = doubles[0]!
    const y = doubles[1]!
    // The loose box (left, top, right, bottom) spans the glyph's advance (the tight one only its ink: "1" is narrow).
    api.FPDFText_GetLooseCharBox(page, i, scratch + 16)
    const right = Math.max(floats[2]!, x)
    if (rotated && run?.rotated && object === lastObject) {
      run.str += ch
      run.spaceEnd = space
      lastRight = right
      continue
    }
    if (run && !rotated && !run.rotated && run.font === font && Math.abs(run.height - size) < 0.01 && Math.abs(run.y - y) <= size * 0.5) {
      const gap = x - lastRight
      if (gap > RUN_GAP * size || gap < RUN_BACK * size) run = pushRun(items, run)
      else if (gap > SPACE_MIN * size && !run.spaceEnd && !space) run.str += ' '
    } else run = pushRun(items, run)
    lastRight = right
    lastObject = object
    // pdf.js starts no run with a space, and a run's width ends at its last glyph that is not one.
    if (!run && space) continue
    run ??= { str: '', x, y, width: 0, height: size, font, rotated, spaceEnd: false }
    run.str += ch
    run.spaceEnd = space
    if (!space) run.width = right - run.x
  }
  pushRun(items, run)
  return items
}
