import { compactLine, countOf, summaryLine } from '../../report/compact.js'
import { githubLine } from '../../report/github.js'
import { toJsonReport, type FileReport } from '../../report/json.js'
import { isRuleId, type RuleId, type RuleSetting } from '../../rules/index.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { describeFailure, expandInputs, loadInput, STDIN } from '../inputs.js'
import type { Io } from '../io.js'
import { paintFor } from '../paint.js'
import { createProgress } from '../progress.js'
import { documentOf } from '../../parse-file.js'
import { readOptionsOf, type CommonFlags } from './shared.js'

export interface ValidateFlags extends CommonFlags {
  readonly reporter: 'compact' | 'json' | 'github'
  readonly strict?: boolean
  readonly rule?: readonly string[]
}

const LEVELS: Readonly<Record<string, RuleSetting>> = { off: 'off', warn: 'warning', warning: 'warning', error: 'error', info: 'info' }

/** `--rule item-without-decision=off` → { 'item-without-decision': 'off' }. */
export function parseRuleFlags(values: readonly string[] = []): Partial<Record<RuleId, RuleSetting>> {
  const settings: Partial<Record<RuleId, RuleSetting>> = {}
  for (const value of values) {
    const [id, level] = value.split('=')
    if (!id || !isRuleId(id)) throw new UsageError(`unknown rule in --rule ${value}`)
    const setting = LEVELS[level ?? '']
    if (!setting) throw new UsageError(`--rule ${value}: level must be off, warn or error`)
    settings[id] = setting
  }
  return settings
}

/**
 * `referat validate FILES…`: parse and check each input, report diagnostics.
 * Exit 0 without errors, 1 with errors (with --strict also warnings), 2 if an
 * input could not be read.
 */
export async function runValidate(patterns: readonly string[], flags: ValidateFlags, io: Io): Promise<ExitCode> {
  const rules = parseRuleFlags(flags.rule)
  const inputs = await expandInputs(patterns, io.cwd)
  const progress = createProgress(io, inputs.length, (flags.quiet ?? false) || flags.reporter !== 'compact')
  const reports: FileReport[] = []
  for (const input of inputs) {
    progress.tick(input)
    const name = input === STDIN ? '<stdin>' : input
    try {
      const doc = documentOf(await loadInput(input, io, readOptionsOf(flags)), { rules })
      reports.push({ file: name, diagnostics: doc.diagnostics })
    } catch (error) {
      reports.push({ file: name, diagnostics: [], error: describeFailure(input, error) })
    }
  }
  progress.done()
  writeReport(reports, flags, io)
  const counts = countOf(reports.flatMap((report) => report.diagnostics))
  if (reports.some((report) => report.error !== undefined)) return EXIT.usage
  return counts.errors > 0 || (flags.strict && counts.warnings > 0) ? EXIT.invalid : EXIT.ok
}

function writeReport(reports: readonly FileReport[], flags: ValidateFlags, io: Io): void {
  for (const report of reports) if (report.error) io.stderr.write(`${report.error}\n`)
  if (flags.reporter === 'json') {
    io.stdout.write(toJsonReport(reports))
    return
  }
  const paint = paintFor(io, 'stdout')
  for (const { file, diagnostics } of reports) {
    for (const d of diagnostics) io.stdout.write(`${flags.reporter === 'github' ? githubLine(file, d) : compactLine(file, d, paint)}\n`)
  }
  if (flags.reporter === 'compact' && !flags.quiet) {
    io.stderr.write(`${summaryLine(countOf(reports.flatMap((r) => r.diagnostics)), reports.length)}\n`)
  }
}
