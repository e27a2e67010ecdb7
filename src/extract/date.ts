import { MONTHS } from '../lexicon/index.js'

export interface DateTime {
  readonly date: string | null
  readonly start: string | null
  readonly end: string | null
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')
// "18. november 2024", "15. marts, 2024", "3. Maj,2024"
const NAMED = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?,?\\s*(\\d{4})(?!\\d)`, 'iu')
// "2025-01-24"
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u
// "18-11-2024", "18.11.2024", "18/11/2024", "18/11-2024"
const NUMERIC = /(?<![\d.\-/])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)/u
// "kl. 12:30", "kl. 12.30-15.00", "kl. 12-15", "kl.9-12"
const CLOCK_KL = /\bkl\.?\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:-|–|til)\s*(\d{1,2})(?:[:.](\d{2}))?)?(?!\d)/i
// A bare "10:00" or "09:00-12:00" after the date, with minutes so it is not a day or a year.
// Seconds may follow ("2022-05-31T16:45:00+02:00"); a zone offset after "+" is no time of day.
const CLOCK_BARE = /(?<![\d:+])(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*(?:-|–)\s*(\d{1,2}):(\d{2})(?::\d{2})?)?(?![\d:])/u

// "den 28. februar", "4.september" with no year after it (the year comes from elsewhere).
const NAMED_NO_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\b\\.?(?!,?\\s*\\d{4})`, 'iu')

const pad = (n: number): string => String(n).padStart(2, '0')

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null
}

function clock(hours: string | undefined, minutes: string | undefined): string | null {
  if (hours === undefined) return null
  const h = Number(hours)
  const m = Number(minutes ?? '0')
  return h <= 24 && m < 60 ? `${pad(h)}:${pad(m)}` : null
}

/** The first date in the text, as ISO 8601. */
export function parseDate(text: string): string | null {
  const named = NAMED.exec(text)
  const iso = ISO.exec(text)
  const numeric = NUMERIC.exec(text)
  const found = [
    named && { at: named.index, value: isoDate(Number(named[3]), MONTHS[named[2]!.toLowerCase()]!, Number(named[1])) },
    iso && { at: iso.index, value: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) },
    numeric && { at: numeric.index, value: isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) }
  ].filter((hit): hit is { at: number; value: string | null } => Boolean(hit) && hit!.value !== null)
  found.sort((a, b) => a.at - b.at)
  return found[0]?.value ?? null
}

/**
 * Date and clock times from a Danish date line.
 *
 *     Mandag d. 18. november 2024 kl. 12:30   → 2024-11-18, 12:30
 *     Fredag den 15. marts, 2024, kl. 12-15   → 2024-03-15, 12:00 – 15:00
 *     21-11-2023 10:00                        → 2023-11-21, 10:00
 */
export function parseDateTime(text: string): DateTime {
  const date = parseDate(text)
  const time = CLOCK_KL.exec(text) ?? CLOCK_BARE.exec(text)
  return {
    date,
    start: time ? clock(time[1], time[2]) : null,
    end: time ? clock(time[3], time[4]) : null
  }
}

/** A day and month printed without a year ("torsdag den 28. februar"), as [month, day]. */
export function parseDayMonth(text: string): readonly [number, number] | null {
  if (parseDate(text) !== null) return null
  const hit = NAMED_NO_YEAR.exec(text)
  if (!hit) return null
  const month = MONTHS[hit[2]!.toLowerCase()]!
  const day = Number(hit[1])
  // 2024 is a leap year: any day that exists in some year passes here.
  return isoDate(2024, month, day) ? [month, day] : null
}

/** The date of a year-less day and month in a given year, or null if it does not exist then. */
export function inYear(dayMonth: readonly [number, number], year: number): string | null {
  return isoDate(year, dayMonth[0], dayMonth[1])
}

/** Where the date and clock time end on a line, so what follows ("… i Melholt Forsamlingshus") can be read. */
export function endOfDateTime(text: string): number {
  let end = -1
  for (const pattern of [NAMED, ISO, NUMERIC, NAMED_NO_YEAR, CLOCK_KL, CLOCK_BARE]) {
    const hit = pattern.exec(text)
    if (hit) end = Math.max(end, hit.index + hit[0].length)
  }
  return end
}

// "16/12-19", "3.2.20": a two-digit year, as association minutes often print it.
const NUMERIC_SHORT_YEAR = /(?<![\d.\-/])(\d{1,2})[-./](\d{1,2})[-./](\d{2})(?![\d\-/]|\.\d)/u

/**
 * A date with a two-digit year, read as 20YY. Only for lines already known to date
 * the meeting (a label, the title): in running text "4.1.12" is more often a
 * section number than a date.
 */
export function parseShortDate(text: string): string | null {
  const hit = NUMERIC_SHORT_YEAR.exec(text)
  return hit ? isoDate(2000 + Number(hit[3]), Number(hit[2]), Number(hit[1])) : null
}
