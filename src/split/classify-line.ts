import { matchAbsenceLine } from './recognise/absence-line.js'
import { matchCaseNumber } from './recognise/case-number.js'
import { matchItemHeading } from './recognise/item-heading.js'
import { matchSectionHeading } from './recognise/section-heading.js'
import { matchTocHeading, matchTocLine } from './recognise/toc-line.js'
import type { LineFeatures } from '../tree/line-features.js'
import type { Located, LineToken } from './tokens.js'

/**
 * What one line looks like on its own. The order matters: a paged line is a TOC
 * entry before it is a heading, and a known section word is never an item title.
 */
export function classifyLine(line: string): LineToken {
  if (line.trim() === '') return { kind: 'blank' }
  const tocHeading = matchTocHeading(line)
  if (tocHeading) return { kind: 'toc-heading', text: tocHeading }
  const toc = matchTocLine(line)
  if (toc) return toc
  const section = matchSectionHeading(line)
  if (section) return section
  const item = matchItemHeading(line)
  if (item) return item
  const absent = matchAbsenceLine(line)
  if (absent) return { kind: 'absence', names: absent, text: line.trim() }
  const caseNumber = matchCaseNumber(line)
  if (caseNumber) return { kind: 'case-number', value: caseNumber, text: line.trim() }
  return { kind: 'text', text: line }
}

/**
 * Classifies every line of the normalised text once, keeping the reader's features
 * (aligned by index: the normaliser keeps line N at N) beside the token.
 */
export function classifyLines(lines: readonly string[], features: readonly LineFeatures[] = []): Located[] {
  return lines.map((line, index) => {
    const seen = features[index]
    return seen !== undefined && Object.keys(seen).length > 0 ? { index, line, token: classifyLine(line), features: seen } : { index, line, token: classifyLine(line) }
  })
}
