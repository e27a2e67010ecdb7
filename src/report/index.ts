import { compactReporter } from './compact.js'
import { githubReporter } from './github.js'
import { jsonReporter } from './json.js'
import type { Reporter } from './reporter.js'
import { sarifReporter } from './sarif.js'

/** The `validate` reporters: one line each. A new reporter is one file and one line here. */
export const REPORTERS = [
  compactReporter,
  jsonReporter,
  githubReporter,
  sarifReporter
] as const

export type ReporterName = (typeof REPORTERS)[number]['name']
export const REPORTER_NAMES: readonly ReporterName[] = REPORTERS.map((reporter) => reporter.name)

export function reporterFor(name: ReporterName): Reporter<ReporterName> {
  const reporter = REPORTERS.find((r) => r.name === name)
  if (!reporter) throw new Error(`no reporter ${name}`)
  return reporter
}

export type { FileReport, Paint, Reporter } from './reporter.js'
export { noPaint } from './reporter.js'
export { countOf, summaryLine, type Counts } from './counts.js'
export { compactLine } from './compact.js'
export { githubLine } from './github.js'
export { toJsonReport } from './json.js'
export { toSarif } from './sarif.js'
