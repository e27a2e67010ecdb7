import { MARGIN_TIME } from '../lexicon/index.js'

/** Indentation that puts a line in the right margin of a page of text. */
const MARGIN = 40
/** Stamps in the margin recur through a transcript; a lone one may be the meeting time. */
const MIN_STAMPS = 3

/**
 * Removes the time stamps a parliament transcript prints in its margin ("Kl. 13:01"),
 * alone on a line or glued onto the heading that follows ("Kl. 13:02Afstemning").
 * Why: they are not text, and left in place they join titles and hide headings.
 * Only where they recur: a cover page's single "Kl. 10:30" is the meeting time.
 */
export function blankMarginTimes(lines: readonly string[]): string[] {
  const stampAt = (line: string): RegExpExecArray | null => {
    const indent = line.length - line.trimStart().length
    return indent >= MARGIN ? MARGIN_TIME.exec(line.trimStart()) : null
  }
  const stamps = lines.filter((line) => stampAt(line) !== null).length
  if (stamps < MIN_STAMPS) return [...lines]
  return lines.map((line) => {
    const stamp = stampAt(line)
    return stamp ? line.trimStart().slice(stamp[0].length).trim() : line
  })
}
