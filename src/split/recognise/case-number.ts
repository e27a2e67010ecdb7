import { CASE_COMPANION, CASE_LABEL, CASE_NUMBER } from '../../lexicon/index.js'

/** Cells of a line: a tab or a wide gap separates "Sagsnr.: …" from "Dok.nr.: …". */
const CELLS = /\t+|\s{3,}/u

function caseNumberIn(cell: string): string | undefined {
  const text = cell.trim()
  return CASE_NUMBER.exec(text)?.[1] ?? CASE_NUMBER.exec(text.replace(CASE_LABEL, ''))?.[1]
}

/**
 * Recognises a line that holds only a case number (and case-worker initials), or a
 * row of labelled cells of which one is the case number.
 *
 *     SAG-2023-04719 snm/cata/bel
 *     ^^^^^^^^^^^^^^ "SAG-2023-04719"
 *     Sagsnr.: 2012-12345	Dok.nr.: 2012-678901
 *              ^^^^^^^^^^ "2012-12345"
 */
export function matchCaseNumber(line: string): string | undefined {
  const text = line.trim()
  if (text.length > 160) return undefined
  const whole = text.length <= 80 ? caseNumberIn(text) : undefined
  if (whole || !CELLS.test(text)) return whole
  const cells = text.split(CELLS)
  // Every other cell must be a known companion; the case number is the one that is not.
  let found: string | undefined
  for (const cell of cells) {
    const value = CASE_COMPANION.test(cell) ? undefined : caseNumberIn(cell)
    if (value && !found) found = value
    else if (!value && !CASE_COMPANION.test(cell)) return undefined
  }
  return found
}

/**
 * Recognises a companion line of the case number ("Dok.nr.: 2012-678901",
 * "Sagen afgøres i: Byrådet"): metadata under the heading, not the item's text.
 */
export function isCaseCompanion(line: string): boolean {
  const text = line.trim()
  return text.length <= 160 && CASE_COMPANION.test(text)
}
