import { CLOSED_MARKER, ITEM_WORD, ITEM_AD, ITEM_LETTER, ITEM_LETTER_DOT, ITEM_PARAGRAPH, ITEM_PAREN, ITEM_SUFFIXED, VALUE_UNIT } from '../../lexicon/index.js'
import { cleanTitle } from '../title.js'
import type { ItemHeadingToken } from '../tokens.js'

/** Headings are short; a longer line is prose, and the cap keeps matching linear. */
export const MAX_HEADING_LENGTH = 300

const PUNKT = /^(\d{1,4}(?:\.\d{1,3})*)\.?\s*(?:[:.\t]|\s[-–]\s|\s)\s*(\S.*)$/u
const PUNKT_ALONE = /^(\d{1,4}(?:\.\d{1,3})*)\s*[.:]?$/u
// Parts after the first have one or two digits: "14.06.2021" is a date and "2.500" an amount.
const NUMBERED = /^(\d{1,3}\.(?:\d{1,2}\.)*(?:\d{1,2})?|\d{1,3}(?:\.\d{1,2})+)\s+(\S.*)$/u
const TITLE_START = /^[\p{Lu}\p{N}"“”«'*]/u

/** Splits "Lukket: Ledermøde …" into its closed flag and the bare title. */
export function splitClosed(title: string): { closed: boolean; title: string } {
  const match = CLOSED_MARKER.exec(title)
  return match ? { closed: true, title: title.slice(match[0].length) } : { closed: false, title }
}

function token(marker: ItemHeadingToken['marker'], number: string | null, raw: string): ItemHeadingToken | undefined {
  const { closed, title } = splitClosed(cleanTitle(raw))
  if (title === '' || /[,;]$/.test(title)) return undefined
  return { kind: 'item-heading', marker, number: number?.replace(/\.$/, '') ?? null, title: cleanTitle(title).replace(/\s*:$/u, ''), closed }
}

/**
 * The other numbering styles of minutes: "3) Titel", "§9 Titel", "D:Titel", "Ad 3. Titel".
 * "Ad N." answers an agenda and is explicit; the rest are candidates like plain numbers.
 */
function matchMarked(text: string): ItemHeadingToken | undefined {
  const ad = ITEM_AD.exec(text)
  if (ad) return token('punkt', ad[1]!, ad[2]!)
  for (const pattern of [ITEM_PAREN, ITEM_PARAGRAPH, ITEM_LETTER, ITEM_LETTER_DOT]) {
    const match = pattern.exec(text)
    if (match && TITLE_START.test(match[2]!)) return token('numbered', match[1]!, match[2]!)
  }
  // "6a. Titel", "6 b. Titel": the number as printed, without the space.
  const suffixed = ITEM_SUFFIXED.exec(text)
  if (suffixed && TITLE_START.test(suffixed[4]!)) return token('numbered', `${suffixed[1]!}${suffixed[2] ?? suffixed[3]!}`, suffixed[4]!)
  return undefined
}

/**
 * Recognises an agenda-item heading on its own, without context.
 *
 *     Punkt 3: Afrapportering på central udmelding …
 *     ^^^^^^^^ marker 'punkt', number "3"
 *     2.1. Temarække i KKR
 *     ^^^^ marker 'numbered', number "2.1"
 *     Lukket: Ledermøde 13. december 2024
 *     ^^^^^^^ marker 'closed', no number
 *     Punkt 3
 *     ^^^^^^^ marker 'punkt', number "3", title "" (the title stands on the next line)
 *
 * Plain numbers are only candidates: the builder decides with the TOC and the sequence.
 */
export function matchItemHeading(line: string): ItemHeadingToken | undefined {
  const text = line.trim()
  if (text.length > MAX_HEADING_LENGTH || text === '') return undefined
  const word = ITEM_WORD.exec(text)
  if (word) {
    const rest = text.slice(word[0].length)
    const alone = PUNKT_ALONE.exec(rest)
    if (alone) return { kind: 'item-heading', marker: 'punkt', number: alone[1]!, title: '', closed: false }
    const match = PUNKT.exec(rest)
    // "Punkt 5 blev drøftet" is prose: a heading's title starts with a capital.
    return match && TITLE_START.test(match[2]!) ? token('punkt', match[1]!, match[2]!) : undefined
  }
  const numbered = NUMBERED.exec(text)
  if (numbered) {
    const title = numbered[2]!
    return TITLE_START.test(title) && !VALUE_UNIT.test(title) ? token('numbered', numbered[1]!, title) : undefined
  }
  const marked = matchMarked(text)
  if (marked) return marked
  if (CLOSED_MARKER.test(text)) {
    const closed = token('closed', null, text)
    return closed && TITLE_START.test(closed.title) ? closed : undefined
  }
  return undefined
}
