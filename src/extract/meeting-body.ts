import { ASSOCIATION_NAME, LINKING_WORD, MEETING_NOUN, MEETING_OF_ORGAN, NOT_A_BODY, ORGAN_AFTER_MEETING, ORGAN_GENITIVE, TITLE_WORD } from '../lexicon/index.js'
import { parseDate, parseDayMonth } from './date.js'
import { matchHeaderLabel } from './header-fields.js'

/** "Referat Direktionen d. 18-11-2024" → "Direktionen"; "Referat fra ordinært møde" → null. */
function bodyFromTitle(title: string): string | null {
  const after = ORGAN_AFTER_MEETING.exec(title)?.[1] ?? ORGAN_GENITIVE.exec(title)?.[1]
  if (after && parseDate(after) === null) return after.replace(/[\s,.]+$/u, '')
  const rest = title
    .replace(TITLE_WORD, '')
    .replace(/\s+(d\.|den)\s+\d.*$/i, '')
    .replace(/\s+\d{1,2}[-./]\d{1,2}[-./]\d{4}.*$/u, '')
    .replace(/\s*\d{4}(\s*[-–]\s*\d{4})?\s*$/u, '')
    .replace(/^[\s:,-]+|[\s:,-]+$/gu, '')
  // An organ is named with a capital ("Direktionen"); "fra ordinært møde" names the meeting.
  return /^\p{Lu}/u.test(rest) && !MEETING_NOUN.test(rest) ? rest : null
}

/**
 * A line beside the title as the organ, cleaned of what rides along: a date set apart
 * in a column ("Ejerforeningen, etape-2<tab>11. april 2023") and the meeting named
 * after a dash ("G/F Universitetsparken – ordinær generalforsamling"). Addresses,
 * property numbers, dates, labels and sentences are never the organ.
 */
function bodyFromLine(line: string | undefined): string | null {
  if (line === undefined) return null
  const first = line.trim().split(/\t|\s{3,}/u)[0]!.trim()
  const parts = first.split(/\s+[–-]\s+/u).filter((part) => !MEETING_NOUN.test(part.trim()) && !TITLE_WORD.test(part.trim()))
  const text = parts.join(' – ').trim()
  // An organ's name is short and capitalised; a wrapped sentence ("har i forlængelse af …") is not one.
  if (text === '' || text.length > 80 || text.split(/\s+/u).length > 8 || !/^\p{Lu}/u.test(text) || /[.:]$/u.test(text)) return null
  if (isSentence(text) || NOT_A_BODY.test(text) || parseDate(text) !== null || parseDayMonth(text) !== null || matchHeaderLabel(text)) return null
  return text
}

/** More lower-case words than capitalised ones: a sentence ("Der var mødt 44 personer i alt"), not a name. */
function isSentence(text: string): boolean {
  const words = text.split(/[\s,]+/u).filter((word) => word !== '' && !LINKING_WORD.test(word))
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length
  return lower > words.length - lower
}

const nonBlank = (lines: readonly string[]): string[] => lines.filter((line) => line.trim() !== '')

/**
 * The organ: a labelled "Udvalg:" value; the organ in the title ("REFERAT Direktionen",
 * "generalforsamling i Alslug"); an association named in the title or beside it
 * ("Ejerforeningen Valdemars Have"); a line beside the title; a board meeting's board.
 */
export function chooseBody(lines: readonly string[], labelled: string | undefined, titleAt: number): string | null {
  if (labelled) return labelled
  const title = lines[titleAt]
  // A first line that is no title ("Generalforsamling: 15. februar 2012 …") is only a line beside it.
  const titled = title !== undefined && TITLE_WORD.test(title.trim())
  const fromTitle = titled ? bodyFromTitle(title) : null
  if (fromTitle) return fromTitle
  const before = nonBlank(lines.slice(0, Math.max(0, titleAt))).reverse()
  const after = nonBlank(lines.slice(titleAt + 1))
  const near = [title, after[0], before[0], after[1]].filter((line): line is string => line !== undefined)
  // A line that is the association's name ("Ejerforeningen Valdemars Have") beats one in a sentence.
  const associations = near.map((line) => ASSOCIATION_NAME.exec(line.split(/\t|\s{3,}/u)[0]!)?.[0]?.replace(/[\s,.]+$/u, ''))
  const named = associations.filter((name): name is string => name !== undefined && name.includes(' ') && !MEETING_NOUN.test(name))
  const whole = named.find((name) => near.some((line) => line.trim().replace(/[\s,.]+$/u, '') === name))
  if (whole ?? named[0]) return whole ?? named[0]!
  const beside = [after[0], before[0], titled ? undefined : title, after[1]].map(bodyFromLine).find((body) => body !== null)
  if (beside) return beside
  const organ = title === undefined ? undefined : MEETING_OF_ORGAN.find(([pattern]) => pattern.test(title))
  return organ?.[1] ?? null
}
