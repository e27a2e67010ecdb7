import type { Diagnostic } from '../schema/document.js'

/** Counts by severity, for summaries and exit codes. */
export interface Counts {
  errors: number
  warnings: number
  infos: number
}

export function countOf(diagnostics: readonly Diagnostic[]): Counts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length
  }
}

export function summaryLine(counts: Counts, files: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info in ${plural(files, 'file')}`
}
