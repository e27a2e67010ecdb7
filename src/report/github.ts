import type { Diagnostic } from '../schema/document.js'
import type { Reporter } from './reporter.js'

// Workflow commands need %, CR and LF escaped in data, and also , and : in properties.
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** A GitHub Actions annotation: `::error file=…,line=…,col=…,title=rule::message`. */
export function githubLine(file: string, d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice'
  return `::${command} file=${property(file)},line=${d.line ?? 1},col=${d.column ?? 1},title=${property(d.rule)}::${data(d.message)}`
}

/** Workflow annotations, shown on the changed lines of a pull request. */
export const githubReporter: Reporter<'github'> = {
  name: 'github',
  file: (report) => report.diagnostics.map((d) => `${githubLine(report.file, d)}\n`).join('')
}
