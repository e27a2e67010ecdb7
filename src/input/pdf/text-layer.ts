import { COMMON_WORDS, LIGATURE_GAP } from '../../lexicon/index.js'
import { InputError } from '../errors.js'
import type { ReadFact } from '../types.js'

/** Fewer words than this tell nothing about the text layer. */
const MIN_WORDS = 30
/** Danish prose has roughly one short common word in four; shifted glyphs have none. */
const MIN_COMMON_SHARE = 0.02
/** Letters among the printed characters of real text; shifted capitals become digits and signs. */
const MIN_LETTER_SHARE = 0.75
/** Shifted small letters come out as capitals: real text, even all-caps, keeps its short words. */
const MAX_UPPER_SHARE = 0.6

/**
 * Whether a PDF's text layer is garbage: fonts whose glyphs extract shifted
 * ("5()(5$7" for "REFERAT"), so almost no common Danish word is left, capitals
 * came out as digits or signs and small letters as capitals.
 */
export function isGarbledText(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean)
  if (words.length < MIN_WORDS) return false
  // Real text passes on its first common words: the rest is counted only for garbage
  // (this ran on every PDF's whole text, ~6 ms for 31 pages).
  const enough = MIN_COMMON_SHARE * words.length
  let common = 0
  for (const word of words) {
    if (COMMON_WORDS.test(word.replace(/[.,:;!?]+$/u, '')) && ++common >= enough) return false
  }
  const printed = text.replace(/\s+/gu, '')
  const letters = printed.replace(/[^\p{L}]/gu, '').length
  const upper = printed.replace(/[^\p{Lu}]/gu, '').length
  return letters / printed.length < MIN_LETTER_SHARE || upper / Math.max(1, letters) > MAX_UPPER_SHARE
}

/**
 * The first word broken by a lost ligature, with its 1-based line, or undefined. One
 * search of the whole text (a gap never spans lines: the pattern has no line breaks).
 */
function lostLigature(text: string): ReadFact | undefined {
  const match = LIGATURE_GAP.exec(text)
  if (!match) return undefined
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line++
  return { kind: 'ligatures-lost', line, example: match[0] }
}

/**
 * Checks a PDF's extracted text: garbage is an input error with an OCR hint (the text
 * would only mislead); lost ligatures are a fact the rules report as a warning.
 */
export function checkTextLayer(file: string, text: string): ReadFact[] {
  if (isGarbledText(text)) {
    throw new InputError(file, 'has a text layer that extracts as garbage (fonts without a usable character map); run OCR first, e.g. ocrmypdf --force-ocr', { code: 'scanned' })
  }
  const ligatures = lostLigature(text)
  return ligatures ? [ligatures] : []
}
