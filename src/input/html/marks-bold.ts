import type { Element } from 'hast'
import { HEADING_CLASS } from '../../lexicon/index.js'

const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:!important\s*)?(?:;|$)/i

const classWords = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : []

/**
 * Whether an element marks its text as bold or as a heading without `<b>`: an inline
 * `font-weight:bold` (or 600–900), or a class naming a heading (`…-heading`, `…-title`).
 * Why: editors and portal templates style headings that way, and a reader sees them as
 * bold titles exactly as it sees `<b>`.
 */
export function marksBold(element: Element): boolean {
  const { style, className } = element.properties
  if (typeof style === 'string' && BOLD_STYLE.test(style)) return true
  return classWords(className).some((word) => HEADING_CLASS.test(word))
}
