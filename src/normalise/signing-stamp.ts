import { SIGNING_ID, SIGNING_STAMP } from '../lexicon/index.js'

/** What sets a stamp apart from the text before it on the same line: a tab or a wide gap. */
const GAP_BEFORE = /(?:\t|\s\s)$/u

/**
 * Drops a signing service's margin stamp ("Penneo dokumentnøgle: QX7PL-…") that PDF
 * extraction set after the text of a line, and the bare document id a rotated stamp
 * leaves on a line of its own. Why: the stamp repeats on every page edge, and glued to
 * a heading it would end up in the item's title.
 */
export function stripSigningStamp(line: string): string {
  // Cheap necessary conditions first: an id has dashes, a stamp a colon; most lines have neither.
  if (line.includes('-') && SIGNING_ID.test(line.trim())) return ''
  if (!line.includes(':')) return line
  const match = SIGNING_STAMP.exec(line)
  if (!match || match.index === 0) return line
  const before = line.slice(0, match.index)
  return GAP_BEFORE.test(before) ? before : line
}
