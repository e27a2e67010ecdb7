import type { Meeting, Participant } from '../schema/document.js'
import { HEADER_LABELS, MEETING_NOUN, PARTICIPANT_LIST_TITLE, PLACE_AFTER_TIME, TITLE_WORD, type HeaderField } from '../lexicon/index.js'
import { parseDate, parseDateTime } from './date.js'
import { parseParticipants } from './participants.js'

interface Field {
  readonly field: HeaderField | 'list-title'
  readonly value: string
}

const PEOPLE: ReadonlySet<string> = new Set(['present', 'absent', 'guest'])

function fieldOfLabel(label: string): HeaderField | undefined {
  const key = label.toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '').trim()
  return HEADER_LABELS.find(([, pattern]) => pattern.test(key))?.[0]
}

/** "Sted: Online", "Mødested Vestas, …", "STED" alone: the label and what follows it. */
export function matchHeaderLabel(line: string): Field | undefined {
  const text = line.trim()
  if (PARTICIPANT_LIST_TITLE.test(text)) return { field: 'list-title', value: '' }
  const colon = text.indexOf(':')
  if (colon > 0 && colon <= 30) {
    const field = fieldOfLabel(text.slice(0, colon))
    if (field) return { field, value: text.slice(colon + 1).trim() }
  }
  const words = text.split(/\s+/u)
  for (const n of [2, 1]) {
    const field = words.length >= n ? fieldOfLabel(words.slice(0, n).join(' ')) : undefined
    if (field) return { field, value: words.slice(n).join(' ') }
  }
  return undefined
}

function bodyFromTitle(title: string): string | null {
  const rest = title
    .replace(TITLE_WORD, '')
    .replace(/\s+(d\.|den)\s+\d.*$/iu, '')
    .replace(/\s+\d{1,2}[-./]\d{1,2}[-./]\d{4}.*$/u, '')
    .replace(/\s*\d{4}(\s*[-–]\s*\d{4})?\s*$/u, '')
    .replace(/^[\s:,-]+|[\s:,-]+$/gu, '')
  // An organ is named with a capital ("Direktionen"); "fra ordinært møde" names the meeting.
  return /^\p{Lu}/u.test(rest) && !MEETING_NOUN.test(rest) ? rest : null
}

const isBodyLike = (line: string | undefined): line is string =>
  line !== undefined && line.length <= 80 && /\p{L}/u.test(line) && !/[.:]$/u.test(line) && !matchHeaderLabel(line)

/**
 * The meeting from the header lines (before the first item, outside the TOC):
 * labelled fields in their inline and block forms, then fallbacks from the title.
 */
export function extractMeeting(lines: readonly string[]): Meeting {
  const values = new Map<HeaderField, string>()
  // Date and time may stand in separate fields ("Mødedato: …", "Tidspunkt: kl. 15.30").
  const dateLines: string[] = []
  const participants: Participant[] = []
  for (let i = 0; i < lines.length; i++) {
    const label = matchHeaderLabel(lines[i]!)
    if (!label || label.field === 'list-title') continue
    if (PEOPLE.has(label.field)) {
      const block = label.value === '' ? [] : [label.value]
      while (i + 1 < lines.length && !matchHeaderLabel(lines[i + 1]!)) block.push(lines[++i]!)
      participants.push(...parseParticipants(block, label.field as Participant['status']))
    } else {
      const value = label.value !== '' ? label.value : (lines[i + 1] !== undefined && !matchHeaderLabel(lines[i + 1]!) ? lines[++i]! : '')
      if (value === '') continue
      if (label.field === 'date') dateLines.push(value)
      if (!values.has(label.field)) values.set(label.field, value)
    }
  }
  const titleAt = Math.max(0, lines.findIndex((line) => TITLE_WORD.test(line)))
  const title = lines[titleAt] ?? null
  const startField = values.get('start')
  const endField = values.get('end')
  // Without a labelled date, the first header line that has one ("Onsdag den 13. marts 2024 kl. 17.00").
  const unlabelled = lines.find((line) => parseDate(line) !== null)
  const candidates = [...dateLines, ...(startField ? [startField] : []), ...(title ? [title] : []), ...(unlabelled ? [unlabelled] : [])]
  const readings = candidates.map(parseDateTime)
  const adjacent = [lines[titleAt - 1], lines[titleAt + 1]].find(isBodyLike)
  return {
    title,
    body: values.get('body') ?? (title ? bodyFromTitle(title) : null) ?? adjacent ?? null,
    date: readings.find((r) => r.date !== null)?.date ?? null,
    start: readings.find((r) => r.start !== null)?.start ?? null,
    end: readings.find((r) => r.start !== null)?.end ?? (endField ? parseDateTime(endField).start : null),
    location: values.get('location') ?? (unlabelled ? PLACE_AFTER_TIME.exec(unlabelled)?.[1] ?? null : null),
    participants
  }
}
