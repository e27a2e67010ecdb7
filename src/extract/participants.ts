import type { Participant } from '../schema/document.js'
import { ABSENT_MARKER, NAME_LIST_SEPARATOR, PARTICIPANT_TABLE_HEADER } from '../lexicon/index.js'

type Status = Participant['status']

// "Knud Erik Langhoff (C) Kolding", "Søren Ole Sørensen (Afbud)"
const NAME_WITH_NOTE = /^(.+?)\s*\(([^()]{1,40})\)\s*(.*)$/u
const CELL_GAP = /\S\s{3,}\S/u
const PARTY = /^[A-ZÆØÅ]{1,2}$/u
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|la|le|af|du)$/u

/** Whether a string reads as a person's name: two to six capitalised words. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  if (words.length < 2 || words.length > 6) return false
  return words.every((word) => NAME_WORD.test(word)) && /^\p{Lu}/u.test(words.at(-1)!)
}

function person(name: string, status: Status, extra: Partial<Participant> = {}): Participant {
  return { name: name.trim(), status, party: null, organisation: null, role: null, ...extra }
}

/** One table row: name, then role, then organisation, separated by tabs. */
function fromRow(cells: readonly string[], status: Status): Participant | undefined {
  const [name, role, organisation] = cells.map((cell) => cell.trim())
  if (!name || PARTICIPANT_TABLE_HEADER.test(name) || !isPersonName(name)) return undefined
  return person(name, status, { role: role || null, organisation: organisation || null })
}

/** One name, optionally with a party letter and municipality, or an absence note. */
function fromEntry(entry: string, status: Status): Participant | undefined {
  const text = entry.trim().replace(/[.;]$/, '')
  const note = NAME_WITH_NOTE.exec(text)
  if (note) {
    const [, name, inside, after] = note
    if (!isPersonName(name!)) return undefined
    if (ABSENT_MARKER.test(inside!.trim())) return person(name!, 'absent')
    const party = PARTY.test(inside!.trim()) ? inside!.trim() : null
    return person(name!, status, { party, organisation: after!.trim() || null, role: party ? null : inside!.trim() })
  }
  return isPersonName(text) ? person(text, status) : undefined
}

/**
 * People from the lines of one participant block, in all three seed layouts:
 * a comma list ("A, B (Afbud), C"), one per line ("Name (P) Town"), or a tab table.
 * Lines that are not people ("Via teams") are skipped.
 */
export function parseParticipants(lines: readonly string[], status: Status): Participant[] {
  const people: Participant[] = []
  const prose: string[] = []
  for (const line of lines) {
    // Cells are separated by tabs, or by runs of spaces where text was laid out in columns.
    if (line.includes('\t') || CELL_GAP.test(line.trim())) {
      const row = fromRow(line.trim().split(/\t+|\s{3,}/u), status)
      if (row) people.push(row)
    } else prose.push(line.trim())
  }
  // A comma list may wrap: "Diana Leicht" / "Christensen, Jesper Volmer".
  const joined = prose.join(prose.some((line) => line.includes(',')) ? ' ' : '\n')
  const entries = joined.split(NAME_LIST_SEPARATOR)
  for (const entry of entries) {
    const found = fromEntry(entry, status)
    if (found) people.push(found)
  }
  return people
}
