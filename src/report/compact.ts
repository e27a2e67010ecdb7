import type { Diagnostic } from '../schema/document.js'
import { INPUT_ERROR_RULE, noPaint, type Paint, type Reporter } from './reporter.js'

/** One line per diagnostic: `file:line:col severity message rule`. */
export function compactLine(file: string, d: Diagnostic, paint: Paint = noPaint): string {
  const where = `${file}:${d.line ?? 1}:${d.column ?? 1}`
  return `${where} ${paint[d.severity](d.severity)} ${d.message}  ${paint.dim(d.rule)}`
}

/** The default reporter: a line per diagnostic for people, with a summary on stderr. */
export const compactReporter: Reporter<'compact'> = {
  name: 'compact',
  file: (report, paint) => report.diagnostics.map((d) => `${compactLine(report.file, d, paint)}\n`).join(''),
  failed: (report, paint) => `${report.file} ${paint.error('error')} ${report.error ?? 'could not be read'}  ${paint.dim(INPUT_ERROR_RULE)}\n`,
  summary: true
}
