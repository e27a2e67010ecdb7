import { countOf, reporterFor, summaryLine, type FileReport, type ReporterName } from '../../report/index.js'
import type { RuleSetting } from '../../rules/index.js'
import { isRuleId, RULE_IDS, type RuleId } from '../../schema/rule-ids.js'
import { closest } from '../suggest.js'
import { tallyLines } from '../tally.js'
import { runBatch } from '../batch.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { expandInputs } from '../inputs.js'
import { drained, type Io } from '../io.js'
import { displayName } from '../messages.js'
import { paintFor } from '../paint.js'
import { readOptionsOf, type CommonFlags } from './shared.js'

export interface ValidateFlags extends CommonFlags {
  readonly reporter: ReporterName
  readonly strict?: boolean
  readonly rule?: readonly string[]
}

const LEVELS: Readonly<Record<string, RuleSetting>> = { off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info' }

/** `--rule item-without-decision=off` → { 'item-without-decision': 'off' }. */
export function parseRuleFlags(values: readonly string[] = []): Partial<Record<RuleId, RuleSetting>> {
  const settings: Partial<Record<RuleId, RuleSetting>> = {}
  for (const value of values) {
    const [id, level] = value.split('=')
    if (!id || !isRuleId(id)) {
      const guess = id ? closest(id, RULE_IDS) : null
      throw new UsageError(`unknown rule in --rule ${value}${guess ? ` (did you mean ${guess}?)` : ''} (see referat validate --help for the rule ids)`)
    }
    const setting = LEVELS[level ?? '']
    if (!setting) throw new UsageError(`--rule ${value}: level must be off, warn or error`)
    settings[id] = setting
  }
  return settings
}

/**
 * `referat validate FILES…`: parse and check each input on the batch engine `parse`
 * uses, and report diagnostics with the chosen reporter. Exit 0 without errors, 1 with
 * errors (with --strict also warnings), 2 if an input could not be read.
 */
export async function runValidate(patterns: readonly string[], flags: ValidateFlags, io: Io): Promise<ExitCode> {
  const rules = parseRuleFlags(flags.rule)
  const read = readOptionsOf(flags)
  const { inputs, errors, notes } = await expandInputs(patterns, io.cwd, { dot: flags.dot })
  for (const line of errors) io.stderr.write(`${line}\n`)
  if (!flags.quiet) for (const line of notes) io.stderr.write(`${line}\n`)
  const reporter = reporterFor(flags.reporter)
  const paint = paintFor(io, 'stdout')
  const reports: FileReport[] = []
  const outcome = await runBatch({
    inputs, io, quiet: flags.quiet ?? false, verb: 'checked', summary: false, verbose: flags.verbose,
    taskOf: (input) => ({ input, cwd: io.cwd, read, job: { kind: 'check', rules } }),
    onDone: (input, result, progress) => {
      const report: FileReport = { file: displayName(input), diagnostics: result.diagnostics }
      reports.push(report)
      const text = reporter.file?.(report, paint) ?? ''
      let wrote: unknown = true
      if (text !== '') progress.above(() => { wrote = io.stdout.write(text) })
      return drained(io.stdout, wrote)
    },
    onFailed: (input, failure, progress) => {
      const report: FileReport = { file: displayName(input), diagnostics: [], error: failure.reason, errorCode: failure.cause }
      reports.push(report)
      const text = reporter.failed?.(report, paint) ?? ''
      if (text !== '') progress.above(() => io.stdout.write(text))
    }
  })
  if (reporter.end) io.stdout.write(reporter.end(reports))
  const counts = countOf(reports.flatMap((report) => report.diagnostics))
  if (reporter.summary && !flags.quiet) {
    io.stderr.write(`${summaryLine(counts, reports.length - outcome.failed)}${outcome.failed > 0 ? `, ${outcome.failed} not read` : ''}\n`)
    if (outcome.failed > 1) io.stderr.write(`${tallyLines(outcome.causes).join('\n')}\n`)
  }
  if (outcome.failed > 0 || errors.length > 0) return EXIT.usage
  return counts.errors > 0 || (flags.strict && counts.warnings > 0) ? EXIT.invalid : EXIT.ok
}
