import { PAGE_COUNTER, PAGE_NUMBER_LINES, PAGE_WORD_INITIALS, SIGNING_FOOTER } from '../lexicon/index.js'

/**
 * Blanks page furniture: "Side 3 af 19", "- 3 -", and table rules ("-----\t---").
 * Why blank rather than delete: normalised line N must stay source line N.
 */
// A table rule: only rule characters, with a run of three. Two separate linear tests
// rather than one pattern whose overlapping classes backtrack.
const RULE_CHARS = /^[-=_|+: \t]+$/
const RULE_RUN = /[-=_]{3}/

export function isPageFurniture(line: string): boolean {
  // Most lines are prose: long, or opening with a letter other than "S(ide)".
  const first = line.trimStart()[0]
  if (first === undefined) return false
  // A signing service's footer ("Penneo dokumentnøgle: …") stands on every page, even mid-list.
  if (SIGNING_FOOTER.test(line.trimStart())) return true
  if (/\p{L}/u.test(first) && !PAGE_WORD_INITIALS.has(first)) return false
  if (line.length <= 40 && PAGE_COUNTER.test(line.trim())) return true
  const text = line.trim()
  if (text === '' || text.length > 40) return text.length > 40 && RULE_CHARS.test(text) && RULE_RUN.test(text)
  return PAGE_NUMBER_LINES.some((pattern) => pattern.test(text.replace(/\s+/g, ' '))) || (RULE_CHARS.test(text) && RULE_RUN.test(text))
}
