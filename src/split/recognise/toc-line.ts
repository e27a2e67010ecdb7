import { ITEM_WORD, TOC_HEADING } from '../../lexicon/index.js'
import { cleanTitle } from '../title.js'
import type { TocEntryToken } from '../tokens.js'
import { MAX_HEADING_LENGTH, splitClosed } from './item-heading.js'

// Title, then a leader (dots, a tab or a wide gap), then the page number at the end.
const PAGED = /^(.*?\S)(?:\s*\.{2,}\s*|\s*\t\s*|\s{3,})(\d{1,4})$/u
const DOTTED = /\s*\.{4,}$/u
const NUMBER_PREFIX = /^(\d{1,4}(?:\.\d{1,3})*)\.?(?:\s*[:.\t]\s*|\s+)(?=\S)/u

/**
 * Splits a TOC title into number, closed flag and title:
 * "Punkt 1\tBeslutning: Godkendelse af dagsorden" → "1", "Beslutning: Godkendelse af dagsorden".
 */
export function parseTocTitle(raw: string): Omit<TocEntryToken, 'kind' | 'page'> {
  let rest = raw.trim()
  let number: string | null = null
  const word = ITEM_WORD.exec(rest)
  const afterWord = word ? rest.slice(word[0].length) : rest
  const numbered = NUMBER_PREFIX.exec(afterWord)
  if (numbered && (word || /\./.test(numbered[0]) || /\t/.test(numbered[0]))) {
    number = numbered[1]!
    rest = afterWord.slice(numbered[0].length)
  }
  const { closed, title } = splitClosed(rest)
  return { number, title: cleanTitle(title), closed }
}

/**
 * Recognises a table-of-contents line by its page number, or by a dotted leader
 * whose number text extraction lost.
 *
 *     Plan for ledermøder 2025.....	11
 *                                  ^^ page 11
 *     2.1. Temarække i KKR – fremtidens velfærd / samfundskontrakten	5
 */
export function matchTocLine(line: string): TocEntryToken | undefined {
  const text = line.trim()
  if (text.length > MAX_HEADING_LENGTH) return undefined
  const last = text.charCodeAt(text.length - 1)
  // A dotted leader with its number gone ("Eventuelt....."): four dots, not an ellipsis.
  if (last === 46 && text.endsWith('....') && DOTTED.test(text)) {
    const entry = parseTocTitle(text.replace(DOTTED, ''))
    return /\p{L}/u.test(entry.title) ? { kind: 'toc-entry', ...entry, page: null } : undefined
  }
  // A TOC line ends in its page number: test that before running the pattern.
  if (!(last >= 48 && last <= 57)) return undefined
  const match = PAGED.exec(text)
  if (!match) return undefined
  const entry = parseTocTitle(match[1]!)
  if (!/\p{L}/u.test(entry.title)) return undefined
  return { kind: 'toc-entry', ...entry, page: Number(match[2]) }
}

/** Recognises the line that opens a TOC: "Indholdsfortegnelse", "PUNKTER", "Indhold". */
export function matchTocHeading(line: string): string | undefined {
  const text = line.trim()
  return TOC_HEADING.test(text) ? text : undefined
}
