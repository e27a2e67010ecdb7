import { CASE_NUMBER } from '../../lexicon/index.js'

/**
 * Recognises a line that holds only a case number (and case-worker initials).
 *
 *     SAG-2023-04719 snm/cata/bel
 *     ^^^^^^^^^^^^^^ "SAG-2023-04719"
 *     27.00.00-A00-23-24
 */
export function matchCaseNumber(line: string): string | undefined {
  const text = line.trim()
  if (text.length > 80) return undefined
  return CASE_NUMBER.exec(text)?.[1]
}
