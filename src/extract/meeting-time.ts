import { CLOCK_LINE, MEETING_CUE_WORD, MEETING_END_CUE, MEETING_START_CUE } from '../lexicon/index.js'
import { parseDate, parseDateTime } from './date.js'

const HAS_DIGIT = /\d/

/** Start and end of the meeting as HH:MM. */
export interface MeetingTime {
  readonly start: string | null
  readonly end: string | null
}

/** Where the meeting's clock times may stand, besides the labelled fields. */
export interface TimeSources {
  /** Labelled "Start"/"Starttidspunkt" values, then "Dato"/"Tid" values. */
  readonly labelledStart: readonly string[]
  readonly labelledEnd: readonly string[]
  /** The header lines (blank lines as ''). */
  readonly header: readonly string[]
  /** Every line of the document, for "Mødet sluttede kl. 21.15" near the end. */
  readonly document: readonly string[]
  /** The meeting's date, so only lines of that date lend their time. */
  readonly date: string | null
  /** The line the date was read from. */
  readonly dateLine: string | undefined
}

/**
 * The meeting's start and end. Start: a labelled time, then a line carrying the
 * meeting's date ("Den 30. april 2019 kl. 17:15 afholdtes …"), then a time alone on
 * a cover page ("Kl. 10:30"), then "Mødet startede kl. …". End: the range's end
 * ("kl. 19:00 – 21:30"), a labelled end, or "Mødet sluttede / blev hævet kl. …".
 */
export function chooseTime(sources: TimeSources): MeetingTime {
  const onDate = sources.header.filter((line) => sources.date !== null && parseDate(line) === sources.date)
  const alone = sources.header.filter((line) => CLOCK_LINE.test(line.trim()))
  // The cue patterns are costly on every line of a long document: only lines with a
  // digit (a clock) and a meeting word can hold a cue worth reading.
  const cueLines = sources.document.filter((line) => HAS_DIGIT.test(line) && MEETING_CUE_WORD.test(line))
  const lowered = cueLines.map((line) => line.toLowerCase())
  const cuedStart = cueLines.filter((_, i) => MEETING_START_CUE.test(lowered[i]!))
  const readings = [...sources.labelledStart, ...(sources.dateLine ? [sources.dateLine] : []), ...onDate, ...alone, ...cuedStart].map(parseDateTime)
  const first = readings.find((reading) => reading.start !== null)
  const labelledEnd = sources.labelledEnd.map(parseDateTime).find((reading) => reading.start !== null)?.start
  const cuedEnd = cueLines
    .filter((_, i) => MEETING_END_CUE.test(lowered[i]!))
    .map(parseDateTime)
    .find((reading) => reading.start !== null)?.start
  return { start: first?.start ?? null, end: first?.end ?? labelledEnd ?? cuedEnd ?? null }
}
