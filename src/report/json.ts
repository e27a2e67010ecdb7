import type { FileReport, Reporter } from './reporter.js'

export type { FileReport } from './reporter.js'

/** The machine-readable report: every file with its diagnostics and the totals. */
export function toJsonReport(files: readonly FileReport[]): string {
  const all = files.flatMap((f) => f.diagnostics)
  const totals = {
    files: files.length,
    failed: files.filter((f) => f.error !== undefined).length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length
  }
  return `${JSON.stringify({ files, totals }, null, 2)}\n`
}

/** One JSON object for the whole batch, written at the end. */
export const jsonReporter: Reporter<'json'> = { name: 'json', end: toJsonReport }
