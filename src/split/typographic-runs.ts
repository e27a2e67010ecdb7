import { DOCUMENT_TITLE_ONLY, HEADER_LABELS, TOC_HEADING } from '../lexicon/index.js'
import type { LineFeatures } from '../tree/line-features.js'
import { cleanTitle } from './title.js'
import type { Located } from './tokens.js'

/** A title longer than this is emphasised prose, not a heading. */
const MAX_TITLE = 120
/** A title wraps onto at most this many lines of the same style. */
const MAX_TITLE_LINES = 3
/** Type this much larger than the body is a heading's size. */
const LARGER = 1.15

/**
 * How a line is set, as far as headings go: a key naming the style (lines of one
 * style are one level of headings) and its prominence (lower is more prominent).
 * Undefined for body text.
 */
export function styleOf(features: LineFeatures | undefined): { key: string; prominence: number } | undefined {
  if (!features) return undefined
  const larger = features.size !== undefined && features.size >= LARGER
  if (features.headingRank !== undefined) return { key: `h${features.headingRank}`, prominence: features.headingRank }
  if (!features.bold && !larger) return undefined
  const size = larger ? Math.round(features.size! * 10) / 10 : 1
  // Larger type before bold body-size type; among larger, the largest first.
  return { key: `${features.bold ? 'b' : ''}${size}`, prominence: 7 + (larger ? 3 - size : 3) + (features.bold ? 0 : 0.5) }
}

/** A header field on its own line: "Dato: 12. marts 2024", "Til stede: …". */
const HEADER_FIELD = /^([^:]{1,40}):\s*\S/u

const keyOf = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').replace(/[\s:.]+$/u, '').trim()

/** Titles that are never items: the document's own title, the agenda heading, header labels ("Dato: …"). */
function isStructural(text: string): boolean {
  const key = keyOf(text)
  const label = keyOf(key.split(':')[0]!)
  return key === '' || TOC_HEADING.test(key) || DOCUMENT_TITLE_ONLY.test(key) || HEADER_LABELS.some(([, pattern]) => pattern.test(label))
}

/** Whether a run opens the document and heads its header fields (date, place, who came). */
export function isDocumentHeading(tokens: readonly Located[], run: Run, end: number): boolean {
  if (tokens.slice(0, run.index).some((at) => at.token.kind !== 'blank')) return false
  return tokens.slice(run.index + run.lines, end).some((at) => {
    if (at.token.kind === 'absence') return true
    const label = HEADER_FIELD.exec(at.line.trim())?.[1]
    return label !== undefined && HEADER_LABELS.some(([, pattern]) => pattern.test(keyOf(label)))
  })
}

/** A heading-styled title: its first line, how many lines it takes, its style. */
export interface Run {
  readonly index: number
  readonly lines: number
  readonly title: string
  readonly key: string
  readonly prominence: number
}

/**
 * Runs of heading-styled lines (a title and the lines it wraps onto) that stand before
 * body text: what typography proposes as headings. Only plain text lines qualify:
 * section headings, TOC lines and numbered headings were classified already.
 */
export function runsOf(tokens: readonly Located[], from = 0): Run[] {
  const runs: Run[] = []
  for (let i = from; i < tokens.length; i++) {
    const style = styleOf(tokens[i]!.features)
    if (!style || tokens[i]!.token.kind !== 'text') continue
    let end = i + 1
    while (end < tokens.length && end - i < MAX_TITLE_LINES && tokens[end]!.token.kind === 'text' && styleOf(tokens[end]!.features)?.key === style.key) end++
    const title = cleanTitle(tokens.slice(i, end).map((at) => at.line.trim()).join(' '))
    let next = end
    while (next < tokens.length && tokens[next]!.token.kind === 'blank') next++
    // A heading stands before body text (or a section of the item), never before another heading of its style.
    const body = next < tokens.length && styleOf(tokens[next]!.features)?.key !== style.key
    if (body && /\p{L}/u.test(title) && title.length <= MAX_TITLE && !isStructural(title)) runs.push({ index: i, lines: end - i, title, key: style.key, prominence: style.prominence })
    i = end - 1
  }
  return runs
}
