import type { Report, RuleContext } from './rule.js'

/**
 * The PDF's fonts dropped their ligatures in extraction, so words with ff, fi or fl
 * are broken ("e ektiv" for "effektiv"): titles and decisions may read wrong.
 * reported: a PDF whose text has "o entlig"; not reported: "offentlig".
 */
export function ligaturesLost({ file }: RuleContext, report: Report): void {
  for (const fact of file.data.facts ?? []) {
    if (fact.kind !== 'ligatures-lost') continue
    const place = fact.line === null ? undefined : { line: fact.line, column: 1 }
    report(`Text layer lost its ligatures ("${fact.example}"): words with ff, fi or fl are broken; extract the text another way or run OCR`, { place })
  }
}
