/**
 * Lists of voters as minutes print them: party codes ("S, V og M", "(Ø), (C)"),
 * names with their party ("Jon Stephensen (UFG)"), a count before a list
 * ("57 (S, V og M)", "1 DD (ved en fejl)"). Read forwards after a label ("Imod: Ø og
 * F på punkt 3") and backwards before a verb ("Mehmet Hansen (Ø) stemte imod"); a
 * list ends at the first part that is neither, so the remark after it stays text.
 */
import { isPartyCode, NOT_A_PERSON, partyByName, VOTE_UNIT } from '../lexicon/index.js'

export interface Voter {
  readonly name: string | null
  readonly party: string | null
}

export interface VoterList {
  readonly count: number | null
  readonly voters: readonly Voter[]
}

/** A person's name: two or more capitalised words ("Hans-Jørgen Kirstein", "Anne Marie Lyduch"). */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`
const NAME = new RegExp(String.raw`^(?:\p{Lu}\. )*${WORD}(?: (?:(?:von|van|de|la|du|af) )?(?:${WORD}|\p{Lu}\.)){1,5}$`, 'u')
/** Where a name stops and a remark starts: the first lower-case word. */
const NAME_THEN_REMARK = new RegExp(String.raw`^((?:\p{Lu}\. )*${WORD}(?: ${WORD}){1,5})(?: \(([^()]{1,6})\))?( \p{Ll}.*)$`, 'u')

/** Splits at commas, "og", "samt", "&" and kept line breaks outside parentheses. */
export function splitList(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    const rest = text.slice(i, i + 7)
    const sep = c === ',' || c === '\n' ? 1 : /^ (?:og|samt|&) /u.exec(rest)?.[0].length ?? 0
    if (sep === 0) continue
    parts.push(text.slice(start, i))
    start = i + sep
    i = start - 1
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

const isName = (words: string): boolean => NAME.test(words) && !NOT_A_PERSON.test(words)

function asParty(words: string): string | null {
  if (isPartyCode(words)) return words
  // The party's group in a council: "V-gruppen", "A-gruppen".
  const group = /^(\S{1,4})-gruppen$/u.exec(words)
  if (group && isPartyCode(group[1]!)) return group[1]!
  const party = partyByName(words)
  return party ? party.letter ?? party.abbreviations[0] ?? null : null
}

/** What one part of a list says; `last` when a remark follows, so the list ends there. */
export interface Part {
  readonly count: number | null
  readonly voters: Voter[]
  readonly last: boolean
}

const MAX_PART = 300

/** Reads one part of a list ("57 (S, V og M)", "(Ø)", "Jon Stephensen (UFG)", "F på punkt 3"). */
export function parsePart(raw: string): Part | undefined {
  // A voter is a few words; a longer part is prose (and would cost the bracket pattern dearly).
  if (raw.length > MAX_PART) return undefined
  let text = raw.trim().replace(/[.:]$/u, '').trim()
  let count: number | null = null
  const counted = /^(\d{1,4}):?(?:\s+|$)(.*)$/su.exec(text)
  if (counted) {
    count = Number(counted[1])
    text = counted[2]!.trim()
    if (text === '') return { count, voters: [], last: false }
    // "14 ejere", "3 stemmer": a count of what voted, no voter; the list ends there.
    if (VOTE_UNIT.test(text)) return { count, voters: [], last: true }
  }
  const group = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/su.exec(text)
  const words = (group ? group[1]! : text).trim()
  const inner = group?.[2]?.trim() ?? null
  if (words === '' && inner !== null) {
    const party = asParty(inner)
    if (party) return { count, voters: [{ name: null, party }], last: false }
    const voters = innerVoters(inner)
    return voters.length > 0 ? { count, voters, last: false } : undefined
  }
  const party = asParty(words)
  if (party) return { count, voters: [{ name: null, party }], last: false }
  if (isName(words)) return { count, voters: [{ name: words, party: inner !== null ? asParty(inner) : null }], last: false }
  // "Ø på punkt 3", "Mette Berg (A) med bemærkning": the voter, then the remark.
  const coded = /^(\S{1,6}) \p{Ll}/u.exec(text)
  if (coded && isPartyCode(coded[1]!)) return { count, voters: [{ name: null, party: coded[1]! }], last: true }
  const named = NAME_THEN_REMARK.exec(text)
  if (named && isName(named[1]!)) return { count, voters: [{ name: named[1]!, party: named[2] ? asParty(named[2]) : null }], last: true }
  // "Et flertal i udvalget (A, V og C)": a phrase, then the list in brackets.
  if (inner !== null && /^\p{L}+(?: \p{Ll}+)*$/u.test(words) && /\p{Ll}/u.test(words.slice(1))) {
    const voters = innerVoters(inner)
    if (voters.length > 0) return { count, voters, last: true }
  }
  return undefined
}

/** A bracketed list read leniently: a remark inside ("1 DD (ved en fejl)") is skipped, not an end. */
function innerVoters(inner: string): Voter[] {
  return splitList(inner).flatMap((part) => parsePart(part)?.voters ?? [])
}

/** The voters at the start of `text` (after a label), up to the first part that is none. */
export function votersAfter(text: string): VoterList {
  let count: number | null = null
  const voters: Voter[] = []
  for (const raw of splitList(text)) {
    const part = parsePart(raw)
    if (!part) break
    if (part.count !== null && count === null && voters.length === 0) count = part.count
    voters.push(...part.voters)
    if (part.last) break
  }
  return { count, voters }
}

/** The voters at the end of `text` (before a verb), back to the first part that is none. */
export function votersBefore(text: string): VoterList {
  const parts = splitList(text)
  const voters: Voter[] = []
  let count: number | null = null
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parsePart(parts[i]!)
    if (part && !(part.last && i < parts.length - 1)) {
      voters.unshift(...part.voters)
      if (part.count !== null && part.voters.length === 0) count = part.count
      if (part.last) break
      continue
    }
    // The first voter may follow other words: "1.-4. (V)", "men Jens Berg (A)".
    const words = parts[i]!.split(' ')
    for (let k = Math.max(1, words.length - 12); k < words.length; k++) {
      const tail = parsePart(words.slice(k).join(' '))
      if (tail && !tail.last && tail.voters.length > 0) {
        voters.unshift(...tail.voters)
        break
      }
    }
    break
  }
  return { count, voters }
}
