import type { Meeting } from '../schema/document.js'
import { MEETING_KIND, TITLE_WORD } from '../lexicon/index.js'
import { readHeaderFields } from './header-fields.js'
import { chooseBody } from './meeting-body.js'
import { chooseDate, dateCandidates } from './meeting-date.js'
import { chooseLocation } from './meeting-location.js'
import { chooseTime } from './meeting-time.js'

export { matchHeaderLabel } from './header-fields.js'

/**
 * The meeting from the header lines (before the first item, outside the TOC; blank
 * lines as ''): labelled fields in their inline and block forms, then what cover pages
 * and titles say. `document` is every line, for what minutes print at the end
 * ("Mødet hævet kl. 21.30") and for the year of a date printed without one.
 */
export function extractMeeting(lines: readonly string[], document: readonly string[] = lines): Meeting {
  const { values, participants } = readHeaderFields(lines)
  const firstLine = lines.findIndex((line) => line.trim() !== '')
  const titled = lines.findIndex((line) => TITLE_WORD.test(line.trim()))
  // Without a "Referat"/"Dagsorden" line, the first short line near the top that names the meeting.
  const near = lines.map((line, i) => [line, i] as const).filter(([line]) => line.trim() !== '').slice(0, 10)
  const kind = near.find(([line]) => line.length <= 120 && MEETING_KIND.test(line))?.[1]
  const titleAt = titled >= 0 ? titled : (kind ?? Math.max(0, firstLine))
  const title = lines[titleAt]?.trim() || null
  const labelledDate = [...(values.get('date') ?? []), ...(values.get('start') ?? [])]
  const candidates = dateCandidates(lines, labelledDate, title)
  const { date, line: dateLine } = chooseDate(candidates, document, lines, [...labelledDate, ...(title ? [title] : [])])
  const time = chooseTime({
    labelledStart: [...(values.get('start') ?? []), ...(values.get('date') ?? [])],
    labelledEnd: values.get('end') ?? [],
    header: lines,
    dateLine,
    document,
    date
  })
  return {
    title,
    body: chooseBody(lines, values.get('body')?.[0], titleAt),
    date,
    start: time.start,
    end: time.end,
    location: chooseLocation(values.get('location')?.[0], lines, dateLine),
    participants: [...participants],
    // Text carries no system id; a reader of an export sets it.
    sourceId: null
  }
}
