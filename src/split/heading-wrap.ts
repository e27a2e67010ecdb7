import { DECISION_PHRASES, OPEN_END, VALUE_LINE } from '../lexicon/index.js'
import { SUB_POINT } from './line-shapes.js'
import { titleKey } from './title.js'
import type { ItemHeadingToken, Located } from './tokens.js'

/** A heading line at least this long may wrap onto the next line. */
const WRAP_LENGTH = 50
const MAX_HEADING_LINES = 3
/** A title standing under its bare number ("Punkt 3" / "Regnskab") is a short line. */
const MAX_TITLE_BELOW = 100
/** The last word of a wrapped title, alone on its line ("… ved kasserer Oleksandr" / "Shturmov."). */
const MAX_TAIL = 30
const ENDS_SENTENCE = /[.:;!?]$/u

/** A sub-point ("a ) Budget") or a value on its own ("kl. 19.30") is the item's, not its title's. */
const isOwnLine = (text: string): boolean => SUB_POINT.test(text) || VALUE_LINE.test(text)

/** Whether the line below continues the title above it. */
function goesOn(above: string, below: string, title: string, tocTitle: string | undefined): boolean {
  // A colon closes a title: what follows is its subject ("Indstilling fra X:" / "Godkendelse af …").
  if (above.endsWith(':')) return false
  if (OPEN_END.test(above) || /^\p{Ll}/u.test(below)) return true
  if (tocTitle !== undefined && titleKey(tocTitle).startsWith(titleKey(`${title} ${below}`))) return true
  // An unfinished long line and a short line ending the sentence: the title's last word,
  // unless that line is a decision of its own ("Godkendt.", "Intet.").
  return above.length >= WRAP_LENGTH && !ENDS_SENTENCE.test(above) && below.length <= MAX_TAIL && below.endsWith('.')
    && below.split(' ').length <= 2 && !isDecisionPhrase(below)
}

/** Whether a short line says what was decided, by the lexicon's outcome phrases. */
function isDecisionPhrase(line: string): boolean {
  const lower = line.toLowerCase()
  return DECISION_PHRASES.some(([, pattern]) => {
    pattern.lastIndex = 0
    return pattern.test(lower)
  })
}

/**
 * Continuation lines of a wrapped heading: lines right below it (no blank between)
 * that start in lower case, follow a line left open ("… og", "… for"), or bring the
 * title closer to its TOC entry. A bare "Punkt 3" takes the short line below as its title.
 * Why: PDF layout wraps long titles ("… vedrørende borgere med" / "udviklingshæmning …").
 */
export function continuation(tokens: readonly Located[], at: Located<ItemHeadingToken>, tocTitle: string | undefined): { lines: number; title: string } {
  let title = at.token.title
  let lines = 1
  if (title === '') {
    const below = tokens[at.index + 1]
    const text = below?.line.trim() ?? ''
    if (tocTitle !== undefined) return { lines, title: tocTitle }
    if (below?.token.kind !== 'text' || text.length > MAX_TITLE_BELOW || isOwnLine(text)) return { lines, title }
    title = text
    lines = 2
  }
  while (lines < MAX_HEADING_LINES) {
    const above = tokens[at.index + lines - 1]!.line.trim()
    let gap = 0
    let next = tokens[at.index + lines]
    // Layout may set the rest of a title one blank line down ("… om at sikre" / "" /
    // "den fremtidige placering af …"): only a lower-case line or the TOC's words bridge that.
    if (next?.token.kind === 'blank' && lines === 1) {
      const after = tokens[at.index + lines + 1]
      const text = after?.line.trim() ?? ''
      const bridges = after?.token.kind === 'text' && !above.endsWith(':') && text.length <= MAX_TITLE_BELOW
        && (/^\p{Ll}/u.test(text) || (tocTitle !== undefined && titleKey(tocTitle).startsWith(titleKey(`${title} ${text}`))))
      if (bridges) {
        gap = 1
        next = after
      }
    }
    if (!next || next.token.kind !== 'text') break
    const text = next.line.trim()
    // "… i kommunen for" / "2024" is the title's end; a value under a finished title is the item's.
    if (isOwnLine(text) && !OPEN_END.test(above)) break
    if (gap === 0 && above.length < WRAP_LENGTH && !OPEN_END.test(above) && !/^\p{Ll}/u.test(text)) break
    if (gap === 0 && !goesOn(above, text, title, tocTitle)) break
    title = `${title} ${text}`
    lines += 1 + gap
  }
  return { lines, title }
}
