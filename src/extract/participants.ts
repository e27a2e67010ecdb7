import type { Participant } from '../schema/document.js'
import { ABSENT_MARKER, LIST_MARKER, NAME_LIST_SEPARATOR, NOT_A_PERSON_IN_LIST, ORGANISATION_WORD, PARTICIPANT_TABLE_HEADER } from '../lexicon/index.js'

type Status = Participant['status']

// "Knud Erik Langhoff (C) Kolding", "Søren Ole Sørensen (Afbud)"
const NAME_WITH_NOTE = /^(.+?)\s*\(([^()]{1,40})\)\s*(.*)$/u
const CELL_GAP = /\S\s{3,}\S/u
const PARTY = /^[A-ZÆØÅ]{1,2}$/u
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|la|le|af|du)$/u
// Names printed with no space between them ("Hans HansenPeter Jensen"), as PDF columns often come out.
const RUN_TOGETHER = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u
// A list item ends in ";", "," or "." and may carry the final "og" ("Vivien de Neergaard; og").
const ENTRY_END = /\s*(?:[.;,]\s*(?:og)?|\s+og)\s*$/u

/**
 * The entry without its list ending. ENTRY_END can only match where the trimmed text
 * ends in a stop, a comma, a semicolon or "og": tested first, as the pattern itself is
 * tried from every position of the line.
 */
function withoutEntryEnd(text: string): string {
  const trimmed = text.trimEnd()
  const last = trimmed[trimmed.length - 1]
  return last === '.' || last === ';' || last === ',' || trimmed.endsWith('og') ? text.replace(ENTRY_END, '') : text
}

/** Whether a string reads as a person's name: two to six capitalised words, not an organisation. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  if (words.length < 2 || words.length > 6) return false
  if (ORGANISATION_WORD.test(words.at(-1)!) || NOT_A_PERSON_IN_LIST.test(text.trim())) return false
  return words.every((word) => NAME_WORD.test(word)) && /^\p{Lu}/u.test(words.at(-1)!)
}

/** A first name alone ("Palle"), accepted only as one entry of a list of such names. */
const isFirstName = (text: string): boolean => /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(text) && !NOT_A_PERSON_IN_LIST.test(text) && !ORGANISATION_WORD.test(text)

function person(name: string, status: Status, extra: Partial<Participant> = {}): Participant {
  return { name: name.trim(), status, party: null, organisation: null, role: null, ...extra }
}

/** One table row: name, then role, then organisation, separated by tabs. */
function fromRow(cells: readonly string[], status: Status): Participant | undefined {
  const [name, role, organisation] = cells.map((cell) => cell.trim())
  if (!name || PARTICIPANT_TABLE_HEADER.test(name) || !isPersonName(name)) return undefined
  return person(name, status, { role: role || null, organisation: organisation || null })
}

const clean = (entry: string): string => withoutEntryEnd(entry.trim().replace(LIST_MARKER, '')).trim()

/** One name, optionally with a party letter and municipality, or an absence note. */
function fromEntry(entry: string, status: Status, firstNames = false): Participant | undefined {
  const text = clean(entry)
  const note = NAME_WITH_NOTE.exec(text)
  if (note) {
    const [, name, inside, after] = note
    if (!isPersonName(name!) && !(firstNames && isFirstName(name!))) return undefined
    if (ABSENT_MARKER.test(inside!.trim())) return person(name!, 'absent')
    const party = PARTY.test(inside!.trim()) ? inside!.trim() : null
    return person(name!, status, { party, organisation: after!.trim() || null, role: party ? null : inside!.trim() })
  }
  return isPersonName(text) || (firstNames && isFirstName(text)) ? person(text, status) : undefined
}

/** Entries of a list: split at commas and semicolons outside brackets, and at " og " / " & ". */
function entriesOf(text: string): string[] {
  return text
    .split(NAME_LIST_SEPARATOR)
    .flatMap((entry) => {
      const name = clean(entry)
      const parts = name.split(RUN_TOGETHER)
      return parts.length > 1 && parts.every(isPersonName) ? parts : [entry]
    })
    .filter((entry) => clean(entry) !== '')
}

const cellsOf = (line: string): string[] => line.trim().split(/\t+|\s{3,}/u)

/** Whether every cell of every column line is a person: names side by side ("Hans Hansen (V)    Eva Berg (A)"), not a table. */
const isNameColumns = (rows: readonly string[][]): boolean =>
  rows.some((cells) => cells.length > 1) && rows.every((cells) => cells.every((cell) => fromEntry(cell, 'present') !== undefined))

/**
 * People from the lines of one participant block: a comma list ("A, B (Afbud) og C"),
 * one per line ("Name (P) Town", "(a) Name;"), columns, or a tab table. Lines that are
 * not people ("Via teams", "14/20 deltagere", a sentence) give nobody.
 */
export function parseParticipants(lines: readonly string[], status: Status): Participant[] {
  const people: Participant[] = []
  const prose: string[] = []
  // Cells are separated by tabs, or by runs of spaces where text was laid out in columns.
  const rows = lines.filter((line) => line.includes('\t') || CELL_GAP.test(line.trim())).map(cellsOf)
  const columns = isNameColumns(rows)
  for (const line of lines) {
    if (line.includes('\t') || CELL_GAP.test(line.trim())) {
      const cells = cellsOf(line)
      const found = columns ? cells.map((cell) => fromEntry(cell, status)) : [fromRow(cells, status)]
      people.push(...found.filter((p): p is Participant => p !== undefined))
    } else if (line.trim() !== '') prose.push(line.trim())
  }
  // A comma list may wrap: "Diana Leicht" / "Christensen, Jesper Volmer".
  const joined = prose.join(prose.some((line) => withoutEntryEnd(line).includes(',')) ? ' ' : '\n')
  const entries = entriesOf(joined)
  // First names alone count only where the whole list is names ("Henrik, Morten, Palle").
  const firstNames = entries.length > 1 && entries.every((entry) => isFirstName(clean(entry).replace(/\s*\([^()]*\)$/u, '')) || fromEntry(entry, status) !== undefined)
  for (const entry of entries) {
    const found = fromEntry(entry, status, firstNames)
    if (found) people.push(found)
  }
  return people
}
