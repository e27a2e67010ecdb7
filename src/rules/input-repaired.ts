import type { Report, RuleContext } from './rule.js'

/**
 * The reader changed the input on the way in (another encoding, mis-decoded
 * characters): said, so nothing is changed silently.
 * reported: a Windows-1252 file; "KÃ¸ge" repaired to "Køge".
 */
export function inputRepaired({ file }: RuleContext, report: Report): void {
  for (const fact of file.data.facts ?? []) {
    if (fact.kind === 'decoded') report(`Decoded as ${fact.encoding}`)
    else if (fact.kind === 'mojibake-repaired') report(`Repaired ${fact.count} mis-decoded character sequence(s) (e.g. "Ã¸" for "ø")`)
  }
}
