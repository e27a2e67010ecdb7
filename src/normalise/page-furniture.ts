import { PAGE_COUNTER, PAGE_NUMBER_LINES, PAGE_WORD_INITIALS, SIGNING_FOOTER } from '../lexicon/index.js'

/**
 * Blanks page furniture: "Side 3 af 19", "- 3 -", and table rules ("-----\t---").
 * Why blank rather than delete: normalised line N must stay source line N.
 */
// A table rule: only rule characters, with a run of three. Two separate linear tests
// rather than one pattern whose overlapping classes backtrack.
const RULE_CHARS = /^[-=_|+: \t]+$/
const RULE_RUN = /[-=_]{3}/

/** A running line of cells is short: date, page counter, author. */
const MAX_CELLS_LINE = 120
const MAX_CELLS = 5
/** A page counter inside a line ("side 2 af 4", "2/4"): the cheap test before splitting into cells. */
const COUNTER_INSIDE = /\d\s+(?:af|of)\s+\d|(?:side|page)\s?\d/i

/**
 * A running header or footer of cells set apart by wide gaps or tabs, one of them the
 * page counter ("3. marts 2025   side 1 af 4   Referent"). Why here: in text without
 * page breaks it cannot be found by repeating at page edges.
 */
function isCountedRunningLine(line: string): boolean {
  if (line.length > MAX_CELLS_LINE || !COUNTER_INSIDE.test(line)) return false
  const cells = line.trim().split(/\t+|\s{3,}/u)
  return cells.length >= 2 && cells.length <= MAX_CELLS
    // A worded counter only: "15/3  5/4" is a table of dates.
    && cells.some((cell) => PAGE_COUNTER.test(cell) || PAGE_NUMBER_LINES[0]!.test(cell.replace(/\s+/g, ' ')))
}

export function isPageFurniture(line: string): boolean {
  // Most lines are prose: long, or opening with a letter other than "S(ide)".
  const first = line.trimStart()[0]
  if (first === undefined) return false
  // A signing service's footer ("Penneo dokumentnøgle: …") stands on every page, even mid-list.
  if (SIGNING_FOOTER.test(line.trimStart())) return true
  if (isCountedRunningLine(line)) return true
  if (/\p{L}/u.test(first) && !PAGE_WORD_INITIALS.has(first)) return false
  if (line.length <= 40 && PAGE_COUNTER.test(line.trim())) return true
  const text = line.trim()
  if (text === '' || text.length > 40) return text.length > 40 && RULE_CHARS.test(text) && RULE_RUN.test(text)
  return PAGE_NUMBER_LINES.some((pattern) => pattern.test(text.replace(/\s+/g, ' '))) || (RULE_CHARS.test(text) && RULE_RUN.test(text))
}
