import { LETTER_DATE, MEETING_DATE_CUE, PUBLISHED_CUE, WEEKDAY } from '../lexicon/index.js'
import { inYear, parseDate, parseDayMonth, parseShortDate } from './date.js'

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u

/**
 * A line dated as a letter or a publication, not as the meeting: "Aalborg, 17. april 2018",
 * "Udgivet 24.01.2025", or a date set apart at the end of a letterhead line
 * ("Ejerforeningen, etape-2<tab>11. april 2023").
 */
export function isLetterDate(line: string): boolean {
  const text = line.trim()
  if (WEEKDAY.test(text)) return false
  if (LETTER_DATE.test(text) || PUBLISHED_CUE.test(text)) return true
  const cells = text.split(/\t|\s{3,}/u)
  return cells.length > 1 && parseDate(cells.at(-1)!) !== null && parseDate(cells.slice(0, -1).join(' ')) === null && !MEETING_DATE_CUE.test(cells.slice(0, -1).join(' '))
}

/** Lines that may carry the meeting's date, best first; each list keeps document order. */
export function dateCandidates(lines: readonly string[], labelled: readonly string[], title: string | null): string[] {
  const dated = lines.filter((line) => line.trim() !== '' && (parseDate(line) !== null || parseDayMonth(line) !== null))
  const cued = dated.filter((line) => !isLetterDate(line) && (MEETING_DATE_CUE.test(line) || WEEKDAY.test(line)))
  const plain = dated.filter((line) => !isLetterDate(line))
  return [...labelled, ...(title ? [title] : []), ...cued, ...plain, ...dated]
}

/** The single year printed in the first lines of the header, if exactly one is. */
function onlyYear(headerLines: readonly string[]): string | undefined {
  const top = headerLines.filter((line) => line.trim() !== '').slice(0, 10).join(' ')
  const years = new Set(top.match(new RegExp(YEAR.source, 'gu')) ?? [])
  return years.size === 1 ? [...years][0] : undefined
}

/**
 * The meeting's date: the first candidate with a full date; failing that, a day and
 * month printed without a year, in the year the title or the document gives
 * ("Referat af generalforsamlingen torsdag den 28. februar"), or null.
 * The year is the date line's own, a full date's elsewhere in the document, or the one
 * year the top of the header prints ("Generalforsamling 2019"), if it prints only one.
 */
export function chooseDate(candidates: readonly string[], documentLines: readonly string[], headerLines: readonly string[] = [], trusted: readonly string[] = []): { date: string | null; line: string | undefined } {
  for (const line of candidates) {
    const date = parseDate(line)
    if (date) return { date, line }
  }
  // A two-digit year only on a labelled or title line, which are first and which the caller passes alone in `trusted`.
  for (const line of trusted) {
    const date = parseShortDate(line)
    if (date) return { date, line }
  }
  for (const line of candidates) {
    const dayMonth = parseDayMonth(line)
    if (!dayMonth) continue
    const year = YEAR.exec(line)?.[0] ?? documentLines.map(parseDate).find((date) => date !== null)?.slice(0, 4) ?? onlyYear(headerLines)
    return { date: year ? inYear(dayMonth, Number(year)) : null, line }
  }
  return { date: null, line: undefined }
}
