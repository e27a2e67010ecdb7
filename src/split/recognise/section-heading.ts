import { MAX_SECTION_HEADING, sectionKindOf } from '../../tree/section-kind.js'
import type { SectionHeadingToken } from '../tokens.js'

export { sectionKindOf } from '../../tree/section-kind.js'

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
