/**
 * The canonical section kind of a heading or caption. Why in tree/: the text
 * splitter's headings and the captions of structured exports (an SBSYS field's
 * `Caption`, a FirstAgenda `<h3>`) must go through the same lexicon, and both the
 * splitter and the export readers may import from here without a cycle.
 */
import type { SectionKind } from '../schema/document.js'
import { ALL_CAPS_DECISION, COLON_SECTION_HEADINGS, DECISION_WORD, EXPORT_CAPTIONS, MORE_SECTION_HEADINGS, ORGAN_DECISION, SECTION_HEADINGS } from '../lexicon/index.js'
import { anyPattern } from '../lexicon/any-pattern.js'

/** Longest heading the lexicon is asked about. */
export const MAX_SECTION_HEADING = 120
const MAX_HEADING_WORDS = 14
const STARTS_WITH_LETTER = /^\s*\p{L}/u
/** Blanks that are not a single space: only then is the heading's spacing folded. */
const FOLDABLE = /\s\s|[^\S ]/

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
const HEADINGS = [...SECTION_HEADINGS, ...MORE_SECTION_HEADINGS, ...EXPORT_CAPTIONS]
/**
 * All of HEADINGS as one pattern: most short lines are no heading, and one anchored
 * alternation rejects them in a single scan where trying each pattern in turn cost
 * a call per pattern per line. The table is still what says which kind matched.
 * Sticky, so it is tried at the start only: V8 does not see every alternative's own "^".
 */
const ANY_HEADING = anyPattern(HEADINGS, 'uy')

function isAnyHeading(key: string): boolean {
  ANY_HEADING.lastIndex = 0
  return ANY_HEADING.test(key)
}

/**
 * The canonical kind of a heading text, or undefined if the lexicon does not know it.
 *
 *     Forvaltningens indstilling      → indstilling
 *     Økonomiudvalgets beslutning den 4. marts 2024 → beslutning
 *     SAGSFREMSTILLING                → sagsfremstilling
 */
export function sectionKindOf(heading: string, colon?: boolean): SectionKind | undefined {
  if (heading.length > MAX_SECTION_HEADING + 20 || !couldBeHeading(heading)) return undefined
  colon ??= /:\s*$/.test(heading)
  const folded = FOLDABLE.test(heading) ? heading.replace(/\s+/g, ' ') : heading
  const printed = (folded.endsWith(':') ? folded.slice(0, -1) : folded).trim()
  const key = printed.toLowerCase()
  if (key === '' || key.length > MAX_SECTION_HEADING) return undefined
  const known = (isAnyHeading(key) ? HEADINGS.find(([, pattern]) => pattern.test(key))?.[0] : undefined)
    // Some words head a section only with their colon ("Referat:" under an item).
    ?? (colon ? COLON_SECTION_HEADINGS.find(([, pattern]) => pattern.test(key))?.[0] : undefined)
  if (known) return known
  // An all-caps line ("ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS 2024") is a heading by its
  // look; it reads as "Økonomiudvalgets beslutning den 4. marts 2024" with its organ capitalised.
  if (!DECISION_WORD.test(key)) return undefined
  const cased = /\p{Ll}/u.test(printed) ? printed : key.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase())
  return ORGAN_DECISION.test(cased) || (cased !== printed && ALL_CAPS_DECISION.test(key)) ? 'beslutning' : undefined
}
