import type { Diagnostic } from '../schema/document.js'
import { RULE_IDS } from '../schema/rule-ids.js'
import { INPUT_ERROR_RULE, type FileReport, type Reporter } from './reporter.js'

/** SARIF's levels for referat's severities. */
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

const locationOf = (file: string, d?: Diagnostic): object => ({
  physicalLocation: {
    artifactLocation: { uri: file.split('\\').join('/') },
    // A PDF's line counts extracted text: the page is in the result's properties and message.
    ...(d && d.line != null && d.page == null ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {})
  }
})

function resultOf(file: string, d: Diagnostic): object {
  const where = d.page == null ? '' : `page ${d.page}${d.line == null ? '' : `, line ${d.line} of the extracted text`}: `
  return {
    ruleId: d.rule,
    level: LEVEL[d.severity],
    message: { text: `${where}${d.message}` },
    locations: [locationOf(file, d)],
    ...(d.page != null || d.item != null ? { properties: { ...(d.page != null ? { page: d.page, line: d.line } : {}), ...(d.item != null ? { item: d.item } : {}) } } : {})
  }
}

/**
 * A SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, Azure DevOps,
 * SonarQube): one run, a result per diagnostic and one per input that could not be
 * read (rule `input-error`, with its cause code).
 */
export function toSarif(reports: readonly FileReport[]): string {
  const results = reports.flatMap((report) => report.error !== undefined
    ? [{
        ruleId: INPUT_ERROR_RULE, level: 'error', message: { text: report.error },
        locations: [locationOf(report.file)], ...(report.errorCode ? { properties: { code: report.errorCode } } : {})
      }]
    : report.diagnostics.map((d) => resultOf(report.file, d)))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'referat',
          rules: [...RULE_IDS, INPUT_ERROR_RULE].map((id) => ({ id, shortDescription: { text: id.replace(/-/g, ' ') } }))
        }
      },
      results
    }]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** The whole batch as one SARIF log, written at the end. */
export const sarifReporter: Reporter<'sarif'> = { name: 'sarif', end: toSarif }
