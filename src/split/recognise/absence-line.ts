import { ABSENCE_LINE, NAME_LIST_SEPARATOR } from '../../lexicon/index.js'

/**
 * Recognises an item-level absence line and splits its names.
 *
 *     Afbud: Søren Ole Sørensen, Michael Gravesen
 *            ^^^^^^^^^^^^^^^^^^  ^^^^^^^^^^^^^^^^
 */
export function matchAbsenceLine(line: string): string[] | undefined {
  const text = line.trim()
  if (text.length > 400) return undefined
  const match = ABSENCE_LINE.exec(text)
  if (!match) return undefined
  const names = match[2]!.split(NAME_LIST_SEPARATOR).map((name) => name.replace(/\.$/, '').trim()).filter(Boolean)
  return names.length > 0 ? names : undefined
}
