/**
 * A FirstAgenda publication (the JSON behind a municipality's agenda portal) as
 * the document tree. The export names its committee, meeting and participants at
 * the top; each of `Dagsordenpunkter` has a number, a title, a case number, HTML
 * fields (often one holding the whole item under `<h3>` headings) and its Bilag.
 * `IsOpen` is false on open and closed items alike, so only the title's
 * "Lukket:" or an explicit closed flag closes an item.
 */
import { DECISION_CAPTION } from '../../lexicon/index.js'
import type { Participant } from '../../schema/document.js'
import type { RootNode } from '../../tree/types.js'
import type { Position } from 'unist'
import { exportTree, type ExportItem } from './export-tree.js'
import type { ExportField } from './field-sections.js'
import { locateJson } from './locate-json.js'
import { dateTimeOf, participantOf } from './meeting-fields.js'
import { lineStartsOf, spanAt } from './source-points.js'

type JsonObject = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const objectAt = (from: unknown, key: string): JsonObject => (isObject(from) && isObject(from[key]) ? from[key] : {})
const arrayAt = (from: unknown, key: string): unknown[] => (isObject(from) && Array.isArray(from[key]) ? from[key] : [])

/** The first key holding a non-empty string or a number, as text. */
function textAt(from: unknown, ...keys: string[]): string | null {
  if (!isObject(from)) return null
  for (const key of keys) {
    const value = from[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof value === 'number') return String(value)
  }
  return null
}

/** A system id, or null where the export leaves it empty or all zeros (a GUID never assigned). */
function idAt(from: unknown, ...keys: string[]): string | null {
  const id = textAt(from, ...keys)
  return id === null || /^[0-]+$/u.test(id) ? null : id
}

/** Whether some JSON value is a FirstAgenda publication: an object with a list of agenda items. */
export function isFirstAgenda(json: unknown): boolean {
  return isObject(json) && Array.isArray(json['Dagsordenpunkter'])
}

function participantsOf(meeting: JsonObject): Participant[] {
  return arrayAt(meeting, 'Moededeltagere').flatMap((person) => {
    const away = isObject(person) && (person['Absent'] === true || person['ParticipationCancelled'] === true)
    const found = participantOf(textAt(person, 'Name', 'Navn') ?? '', away ? 'absent' : 'present', textAt(person, 'Role', 'Rolle'))
    return found ? [found] : []
  })
}

/** An item's captioned HTML fields, and its decision where the publication keeps it apart (`ItemDecision`). */
function fieldsOf(item: unknown, pointer: string, at: (pointer: string) => Position): ExportField[] {
  const fields = arrayAt(item, 'Felter').map((field, k) => ({
    caption: textAt(field, 'Navn', 'Caption'),
    html: textAt(field, 'Html', 'Tekst') ?? '',
    position: at(`${pointer}/Felter/${k}/${textAt(field, 'Html') ? 'Html' : 'Tekst'}`)
  }))
  const decision = isObject(item) && typeof item['ItemDecision'] === 'string' ? item['ItemDecision'].trim() : ''
  return decision === '' ? fields : [...fields, { caption: DECISION_CAPTION, html: decision, position: at(`${pointer}/ItemDecision`) }]
}

/** The tree of a FirstAgenda publication; `text` is the JSON as read, for positions. */
export function firstAgendaTree(json: unknown, text: string): RootNode {
  const spans = locateJson(text)
  const starts = lineStartsOf(text)
  const at = (pointer: string): Position => {
    const span = spans.get(pointer) ?? { start: 0, end: 0 }
    return spanAt(starts, span.start, span.end)
  }
  const committee = objectAt(json, 'Udvalg')
  const meeting = objectAt(json, 'Moede')
  const body = textAt(committee, 'Navn', 'Name')
  const begins = dateTimeOf(textAt(meeting, 'Dato', 'MeetingBeginUtc', 'MeetingBegin'))
  const ends = dateTimeOf(textAt(meeting, 'MeetingEndUtc', 'MeetingEnd'))
  const kind = textAt(meeting, 'Navn', 'Name')
  const items = arrayAt(json, 'Dagsordenpunkter').map((item, i): ExportItem => {
    const pointer = `/Dagsordenpunkter/${i}`
    return {
      number: textAt(item, 'Punktnummer', 'Number') ?? String(i + 1),
      title: textAt(item, 'Navn', 'Caption') ?? '',
      closed: isObject(item) && (item['Lukket'] === true || item['IsClosed'] === true),
      caseNumber: textAt(item, 'SagsNummer', 'CaseNumber'),
      fields: fieldsOf(item, pointer, at),
      sourceId: idAt(item, 'Id'),
      attachments: arrayAt(item, 'Bilag').flatMap((attachment) => {
        const title = textAt(attachment, 'Navn', 'Name', 'Titel', 'Title')
        return title === null ? [] : [{ title, url: textAt(attachment, 'Url', 'Link'), sourceId: idAt(attachment, 'Id') }]
      }),
      position: at(pointer)
    }
  })
  return exportTree({
    meeting: {
      title: [kind, body].filter(Boolean).join(' ') || null,
      body,
      date: begins.date,
      start: begins.start,
      end: ends.date === begins.date ? ends.start : null,
      location: textAt(meeting, 'Sted', 'Location'),
      participants: participantsOf(meeting),
      sourceId: idAt(json, 'Id') ?? idAt(meeting, 'Id')
    },
    items
  })
}
