/**
 * Meeting fields as exports store them: timestamps ("2022-01-12T16:30:00+01:00",
 * "15-05-2013 16:30:00") and member names with their party ("Steen  Fris (C)").
 * Why not the text extractors: these values are data, not prose, and reading them
 * takes no Danish; the clock time is the local time the export wrote.
 */
import type { Participant } from '../../schema/document.js'

export interface DateTime {
  readonly date: string | null
  readonly start: string | null
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?/u
const DANISH = /^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[T ](\d{1,2}):(\d{2}))?/u
const pad = (n: string): string => n.padStart(2, '0')

/** Danish local time of an instant, as "YYYY-MM-DD HH:MM" (Swedish locale formats it so). */
const LOCAL = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
})
const UTC_STAMP = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z\s*$/u

/**
 * The date and clock time of a timestamp, as the meeting's local time: a UTC
 * stamp ("…Z") is turned into Danish time, a stamp with an offset is read as
 * written. A time of exactly midnight means none was set.
 */
export function dateTimeOf(value: string | null | undefined): DateTime {
  if (!value) return { date: null, start: null }
  if (UTC_STAMP.test(value)) {
    const instant = new Date(value.trim())
    if (!Number.isNaN(instant.getTime())) value = LOCAL.format(instant)
  }
  const iso = ISO.exec(value)
  const danish = iso ? null : DANISH.exec(value)
  const parts = iso ? [iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5]] : danish ? [danish[3]!, danish[2]!, danish[1]!, danish[4], danish[5]] : null
  if (!parts) return { date: null, start: null }
  const [year, month, day, hour, minute] = parts
  const start = hour !== undefined && minute !== undefined && !(Number(hour) === 0 && Number(minute) === 0) ? `${pad(hour)}:${minute}` : null
  return { date: `${year}-${pad(month!)}-${pad(day!)}`, start }
}

/** A party letter or short party name in parentheses after a name. */
const PARTY = /^(.*?)\s*\(([\p{Lu}][\p{L}\d]{0,4})\)$/u

/** A participant from an export's member name; the party comes from "(C)" after it. */
export function participantOf(raw: string, status: Participant['status'], role: string | null = null): Participant | null {
  const name = raw.replace(/\s+/gu, ' ').trim()
  if (name === '') return null
  const party = PARTY.exec(name)
  return { name: party ? party[1]! : name, status, party: party ? party[2]! : null, organisation: null, role: role?.trim() || null }
}
