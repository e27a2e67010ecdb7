import type { Diagnostic } from '../schema/document.js'
import { INPUT_ERROR_RULE, type FileReport, type Reporter } from './reporter.js'

// Workflow commands need %, CR and LF escaped in data, and also , and : in properties.
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * A GitHub Actions annotation: `::error file=…,line=…,col=…,title=rule::message`. On a
 * paged input (PDF) the line counts extracted text GitHub cannot show: the annotation
 * is on the file, and names the page and the line in its title and message.
 */
export function githubLine(file: string, d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice'
  if (d.page != null) {
    const where = `page ${d.page}${d.line == null ? '' : `, line ${d.line} of the extracted text`}`
    return `::${command} file=${property(file)},title=${property(`${d.rule} (${where})`)}::${data(`${where}: ${d.message}`)}`
  }
  return `::${command} file=${property(file)},line=${d.line ?? 1},col=${d.column ?? 1},title=${property(d.rule)}::${data(d.message)}`
}

/** An input that could not be read, as an error annotation on that file. */
export function githubFailureLine(report: FileReport): string {
  const title = report.errorCode ? `${INPUT_ERROR_RULE} (${report.errorCode})` : INPUT_ERROR_RULE
  return `::error file=${property(report.file)},title=${property(title)}::${data(report.error ?? 'could not be read')}`
}

/** Workflow annotations, shown on the changed lines of a pull request. */
export const githubReporter: Reporter<'github'> = {
  name: 'github',
  file: (report) => report.diagnostics.map((d) => `${githubLine(report.file, d)}\n`).join(''),
  failed: (report) => `${githubFailureLine(report)}\n`
}
