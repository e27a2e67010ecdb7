import type { Participant } from '../schema/document.js'
import { HEADER_LABELS, LEADING_ITEM_NUMBER, PARTICIPANT_LIST_TITLE, PARTICIPANT_TABLE_HEADER, type HeaderField } from '../lexicon/index.js'
import { anyPattern } from '../lexicon/any-pattern.js'
import { parseParticipants } from './participants.js'

/** A labelled header line: the field it names and what follows the label. */
export interface Field {
  readonly field: HeaderField | 'list-title'
  readonly value: string
}

const PEOPLE: ReadonlySet<string> = new Set(['present', 'absent', 'guest', 'secretary'])

/** Whether a label heads a list of people ("Til stede", "Afbud", "Gæster", "Referent"). */
export const isPeopleField = (field: Field['field']): boolean => PEOPLE.has(field)

/** Every label pattern in one: most words asked about are no label, and one test says so. */
const ANY_LABEL = anyPattern(HEADER_LABELS, '')

/** The header field a label names ("Mødested" → location), or undefined. */
export function fieldOfLabel(label: string): HeaderField | undefined {
  const key = label.toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '').trim()
  return ANY_LABEL.test(key) ? HEADER_LABELS.find(([, pattern]) => pattern.test(key))?.[0] : undefined
}

/** Markdown emphasis around a line ("**Dato:** …"): stripped from both ends without a backtracking pattern. */
function unstar(text: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === '*') end--
  return text.slice(0, end).replace(/^\*+/u, '')
}

function matchLabelOnly(text: string): Field | undefined {
  if (PARTICIPANT_LIST_TITLE.test(text)) return { field: 'list-title', value: '' }
  const colon = text.indexOf(':')
  if (colon > 0 && colon <= 30) {
    const field = fieldOfLabel(text.slice(0, colon).replace(/\*+/gu, ''))
    if (field) return { field, value: text.slice(colon + 1).replace(/^\*+/u, '').trim() }
  }
  // Only the first two words can be a label ("Til stede Anne Holm", "STED").
  const [, one, two] = /^(\S{1,40})(?:\s+(\S{1,40}))?/u.exec(text) ?? []
  if (one === undefined) return undefined
  if (two !== undefined) {
    const field = fieldOfLabel(`${one} ${two}`)
    if (field) return { field, value: text.slice(text.indexOf(two) + two.length).trim() }
  }
  const field = fieldOfLabel(one)
  return field ? { field, value: text.slice(one.length).trim() } : undefined
}

/** "Sted: Online", "Mødested Vestas, …", "STED" alone, "§1 Til stede:": the label and what follows it. */
export function matchHeaderLabel(line: string): Field | undefined {
  const text = unstar(line.trim())
  const label = matchLabelOnly(text)
  if (label) return label
  // An agenda point that only lists who came ("§1 Til stede:", "1. Fremmødte").
  const numbered = LEADING_ITEM_NUMBER.exec(text)
  if (numbered) {
    const inner = matchLabelOnly(text.slice(numbered[0].length))
    if (inner && PEOPLE.has(inner.field)) return inner
  }
  return undefined
}

const isTableHeader = (line: string): boolean =>
  PARTICIPANT_TABLE_HEADER.test(line.trim().split(/\t|\s{3,}/u)[0]!.replace(/<[^<>]*>/gu, '').trim())

/** One or two capitalised words alone: the rest of a name the line before broke ("…, Jan Lysgaard" / "Thomsen"). */
const NAME_TAIL = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u

/** Whether `line` ends the last name of a comma list that `previous` broke off mid-name. */
const isNameTail = (previous: string, line: string): boolean =>
  previous.includes(',') && !/[.:;)]\s*$/u.test(previous) && NAME_TAIL.test(line.trim())

/** Whether a line that is no label goes on with a participant block: it names people or heads their table. */
const continuesPeople = (line: string): boolean => isTableHeader(line) || parseParticipants([line], 'present').length > 0

/** Labelled values (first wins per field, all kept) and the people of every participant block. */
export interface HeaderFields {
  readonly values: ReadonlyMap<HeaderField, readonly string[]>
  readonly participants: readonly Participant[]
}

/**
 * The people of one block and the index of its last line. A block runs on over lines that
 * name people, across blank lines too (a label, a blank, then the list); it stops at
 * the next label or at the first line that names nobody, so an empty "Fraværende:"
 * takes nothing from the text after it.
 */
function blockAt(lines: readonly string[], start: number, value: string): { lines: string[]; last: number } {
  const block = value === '' ? [] : [value]
  let last = start
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    // A list that wraps ("…, Diana Leicht" / "Christensen, Jesper Volmer") continues without a blank line.
    const wraps = i === last + 1 && block.length > 0 && (/[,;]\s*$|\s(og|&)\s*$/u.test(block.at(-1)!) || isNameTail(block.at(-1)!, line))
    // The next label ends the block, wrapped or not.
    if (matchHeaderLabel(line)) break
    if (!wraps && !continuesPeople(line)) break
    block.push(line)
    last = i
  }
  return { lines: block, last }
}

/**
 * The same person named twice (present, then among the absent) is listed once, with the
 * later status. `seen` maps a lower-cased name to its index in `people`.
 */
function addPerson(people: Participant[], seen: Map<string, number>, found: Participant): void {
  const key = found.name.toLowerCase()
  const at = seen.get(key)
  if (at === undefined) seen.set(key, people.push(found) - 1)
  else if (found.status === 'absent' && people[at]!.status !== 'absent') people[at] = { ...people[at]!, status: 'absent' }
}

/**
 * Labelled fields of the header lines (blank lines as '') in their inline and block
 * forms ("Sted: Online" and "STED" / "Online"), and the participant blocks.
 */
export function readHeaderFields(lines: readonly string[]): HeaderFields {
  const values = new Map<HeaderField, string[]>()
  const people: Participant[] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < lines.length; i++) {
    const label = matchHeaderLabel(lines[i]!)
    if (!label || label.field === 'list-title') continue
    if (PEOPLE.has(label.field)) {
      const block = blockAt(lines, i, label.value)
      // "Referent: Rasmus": the label is the role of whoever it names.
      const role = label.field === 'secretary' ? lines[i]!.trim().split(/[:\s]/u)[0]! : null
      i = block.last
      const status = label.field === 'secretary' ? 'present' : (label.field as Participant['status'])
      for (const found of parseParticipants(block.lines, status)) addPerson(people, seen, role && !found.role ? { ...found, role } : found)
      continue
    }
    let value = label.value
    if (value === '') {
      // The block form: the value is the next non-blank line, unless that is another label.
      let next = i + 1
      while (next < lines.length && lines[next]!.trim() === '' && next - i <= 2) next++
      if (next < lines.length && lines[next]!.trim() !== '' && !matchHeaderLabel(lines[next]!)) {
        value = lines[next]!.trim()
        i = next
      }
    }
    if (value === '') continue
    values.set(label.field, [...(values.get(label.field) ?? []), value])
  }
  return { values, participants: people }
}
