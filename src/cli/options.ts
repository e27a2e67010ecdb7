import { InvalidArgumentError, Option, type Command } from 'commander'
import { FORMATS } from '../emit/index.js'
import { DEFAULT_PDF_TIMEOUT_MS } from '../input/errors.js'
import { REPORTER_NAMES } from '../report/index.js'

/** One option, declared once as data (as unified-args does) and applied to commands. */
interface OptionSpec {
  readonly flags: string
  readonly description: string
  readonly choices?: readonly string[]
  readonly defaultValue?: string | boolean
  readonly repeatable?: boolean
}

export const OPTIONS = {
  format: { flags: '-f, --format <format>', description: 'output format', choices: FORMATS, defaultValue: 'json' },
  out: { flags: '-o, --out <path>', description: 'write into this folder (one file per input), or into this file (one input); - is stdout' },
  bom: { flags: '--bom', description: 'start CSV output with a byte-order mark (for Excel)' },
  csvSafe: { flags: '--no-csv-safe', description: "CSV: keep cells starting with = + - @ as they are (default: prefix them with ' so spreadsheets do not run them as formulas)" },
  quiet: { flags: '-q, --quiet', description: 'no progress and no summary on stderr' },
  password: { flags: '--password <password>', description: 'password for encrypted PDFs' },
  timeout: { flags: '--timeout <seconds>', description: 'give up on a PDF after this many seconds (at most 86400)', defaultValue: String(DEFAULT_PDF_TIMEOUT_MS / 1000) },
  maxSize: { flags: '--max-size <size>', description: 'refuse inputs larger than this (K, M, G)', defaultValue: '256M' },
  reporter: { flags: '-r, --reporter <name>', description: 'report format', choices: REPORTER_NAMES, defaultValue: 'compact' },
  strict: { flags: '--strict', description: 'exit 1 on warnings too' },
  rule: { flags: '--rule <id=level>', description: 'set a rule to off, warn or error (repeatable; ids below)', repeatable: true },
  keepExt: { flags: '--keep-ext', description: 'with --out: keep the input\'s extension in the output name (x.pdf → x.pdf.json), so x.pdf and x.docx can share a folder' },
  skipExisting: { flags: '--skip-existing', description: 'with --out: skip inputs whose output is already there and newer (resumes an interrupted batch)' },
  dot: { flags: '--dot', description: 'let globs match files in hidden (dot) folders too' },
  verbose: { flags: '--verbose', description: 'on a terminal, print every failed input\'s line (default: the first 10, then a tally by cause)' }
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof OPTIONS

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

const choiceOf = (choices: readonly string[]) => (value: string): string => {
  const lower = value.toLowerCase()
  if (choices.includes(lower)) return lower
  throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`)
}

/** Adds the named options to a command. */
export function withOptions(command: Command, names: readonly OptionName[]): Command {
  for (const name of names) {
    const spec: OptionSpec = OPTIONS[name]
    const option = new Option(spec.flags, spec.description)
    // Choices are case-insensitive: `-f CSV` is `-f csv`.
    if (spec.choices) option.choices(spec.choices).argParser(choiceOf(spec.choices))
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue)
    if (spec.repeatable) option.argParser(collect)
    command.addOption(option)
  }
  return command
}
