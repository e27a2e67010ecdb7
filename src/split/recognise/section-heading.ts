import type { SectionKind } from '../../schema/document.js'
import { COLON_SECTION_HEADINGS, MORE_SECTION_HEADINGS, ORGAN_DECISION, SECTION_HEADINGS } from '../../lexicon/index.js'
import type { SectionHeadingToken } from '../tokens.js'

const MAX_SECTION_HEADING = 120
const MAX_HEADING_WORDS = 14
const STARTS_WITH_LETTER = /^\s*\p{L}/u

/**
 * Cheap tests that most prose lines fail: a heading starts with a letter, does not
 * end a sentence, and has few words. They spare the lexicon's patterns, which were
 * the splitter's costliest step when run on every short line.
 */
function couldBeHeading(text: string): boolean {
  if (!STARTS_WITH_LETTER.test(text)) return false
  const end = text.trimEnd()
  const last = end[end.length - 1]
  if (last === '.' || last === ',' || last === ';' || last === '?' || last === '!') return false
  let words = 1
  for (let i = 0; i < end.length; i++) if (end.charCodeAt(i) === 32 && ++words > MAX_HEADING_WORDS) return false
  return true
}
const ALL_CAPS_DECISION = /^([\p{L}\- ]{2,60}?s )?(beslutning(er)?|afgørelse)( (i|fra|på|den|d\.|af) [^:]{1,80})?$/u

/** The canonical kind of a heading text, or undefined if the lexicon does not know it. */
export function sectionKindOf(heading: string, colon = /:\s*$/.test(heading)): SectionKind | undefined {
  if (heading.length > MAX_SECTION_HEADING + 20 || !couldBeHeading(heading)) return undefined
  const printed = heading.replace(/\s+/g, ' ').replace(/\s*:$/, '').trim()
  const key = printed.toLowerCase()
  if (key === '' || key.length > MAX_SECTION_HEADING) return undefined
  const known = SECTION_HEADINGS.find(([, pattern]) => pattern.test(key))?.[0]
    ?? MORE_SECTION_HEADINGS.find(([, pattern]) => pattern.test(key))?.[0]
    ?? (colon ? COLON_SECTION_HEADINGS.find(([, pattern]) => pattern.test(key))?.[0] : undefined)
  if (known) return known
  // An all-caps line ("ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS 2024") is a heading by its
  // look; it reads as "Økonomiudvalgets beslutning den 4. marts 2024" with its organ capitalised.
  const cased = /\p{Ll}/u.test(printed) ? printed : key.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase())
  return ORGAN_DECISION.test(cased) || (cased !== printed && ALL_CAPS_DECISION.test(key)) ? 'beslutning' : undefined
}

/**
 * Recognises a section heading, alone or with text on the same line.
 *
 *     Beslutning
 *     ^^^^^^^^^^ beslutning
 *     Indstilling: Det indstilles, at orienteringen tages til efterretning.
 *     ^^^^^^^^^^^ indstilling, rest from column 14
 */
export function matchSectionHeading(line: string): SectionHeadingToken | undefined {
  const indent = line.length - line.trimStart().length
  const text = line.trim()
  // Prose lines are long and have no early colon: most lines leave here.
  if (text.length > MAX_SECTION_HEADING && text.lastIndexOf(':', MAX_SECTION_HEADING) < 0) return undefined
  const whole = sectionKindOf(text)
  if (whole) return { kind: 'section-heading', section: whole, heading: text.replace(/\s*:$/, ''), rest: '', restColumn: 0 }
  const colon = text.indexOf(':')
  if (colon <= 0 || colon > MAX_SECTION_HEADING) return undefined
  const head = text.slice(0, colon)
  const kind = sectionKindOf(head, true)
  const rest = text.slice(colon + 1)
  if (!kind || rest.trim() === '') return undefined
  const restColumn = indent + colon + 2 + (rest.length - rest.trimStart().length)
  return { kind: 'section-heading', section: kind, heading: head.trim(), rest: rest.trim(), restColumn }
}
