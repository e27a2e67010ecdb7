import type { Diagnostic } from '../schema/document.js'

export interface FileReport {
  readonly file: string
  readonly diagnostics: readonly Diagnostic[]
  /** Set when the file could not be read or parsed at all. */
  readonly error?: string
}

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
