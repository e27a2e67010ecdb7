import { CLOSED_MARKER, ITEM_WORD } from '../../lexicon/index.js'
import { cleanTitle } from '../title.js'
import type { ItemHeadingToken } from '../tokens.js'

/** Headings are short; a longer line is prose, and the cap keeps matching linear. */
export const MAX_HEADING_LENGTH = 300

const PUNKT = /^(\d{1,4}(?:\.\d{1,3})*)\.?\s*(?:[:.\t]|\s-\s|\s)\s*(\S.*)$/u
const NUMBERED = /^(\d{1,3}\.(?:\d{1,3}\.?)*|\d{1,3}(?:\.\d{1,3})+)\s+(\S.*)$/u
const TITLE_START = /^[\p{Lu}\p{N}"“”«'*]/u

/** Splits "Lukket: Ledermøde …" into its closed flag and the bare title. */
export function splitClosed(title: string): { closed: boolean; title: string } {
  const match = CLOSED_MARKER.exec(title)
  return match ? { closed: true, title: title.slice(match[0].length) } : { closed: false, title }
}

function token(marker: ItemHeadingToken['marker'], number: string | null, raw: string): ItemHeadingToken | undefined {
  const { closed, title } = splitClosed(cleanTitle(raw))
  if (title === '' || /[,;]$/.test(title)) return undefined
  return { kind: 'item-heading', marker, number: number?.replace(/\.$/, '') ?? null, title: cleanTitle(title), closed }
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
 *
 * Plain numbers are only candidates: the builder decides with the TOC and the sequence.
 */
export function matchItemHeading(line: string): ItemHeadingToken | undefined {
  const text = line.trim()
  if (text.length > MAX_HEADING_LENGTH || text === '') return undefined
  const word = ITEM_WORD.exec(text)
  if (word) {
    const match = PUNKT.exec(text.slice(word[0].length))
    // "Punkt 5 blev drøftet" is prose: a heading's title starts with a capital.
    return match && TITLE_START.test(match[2]!) ? token('punkt', match[1]!, match[2]!) : undefined
  }
  const numbered = NUMBERED.exec(text)
  if (numbered) {
    return TITLE_START.test(numbered[2]!) ? token('numbered', numbered[1]!, numbered[2]!) : undefined
  }
  if (CLOSED_MARKER.test(text)) {
    const closed = token('closed', null, text)
    return closed && TITLE_START.test(closed.title) ? closed : undefined
  }
  return undefined
}
