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

export interface Paint {
  readonly error: (s: string) => string
  readonly warning: (s: string) => string
  readonly info: (s: string) => string
  readonly dim: (s: string) => string
}

export const noPaint: Paint = { error: (s) => s, warning: (s) => s, info: (s) => s, dim: (s) => s }

/** One line per diagnostic: `file:line:col severity message rule`. */
export function compactLine(file: string, d: Diagnostic, paint: Paint = noPaint): string {
  const where = `${file}:${d.line ?? 1}:${d.column ?? 1}`
  return `${where} ${paint[d.severity](d.severity)} ${d.message}  ${paint.dim(d.rule)}`
}

export function summaryLine(counts: Counts, files: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info in ${plural(files, 'file')}`
}
