import { Command, CommanderError } from 'commander'
import { readFileSync } from 'node:fs'
import { InputError } from '../input/errors.js'
import type { ParseFlags } from './commands/parse.js'
import type { ValidateFlags } from './commands/validate.js'
import { EXIT, UsageError, type ExitCode } from './errors.js'
import type { Io } from './io.js'
import { PARSE_HELP, ROOT_HELP, VALIDATE_HELP } from './help.js'
import { failureLine, inputErrorMessage, messageLine, OutputError } from './messages.js'
import { withOptions } from './options.js'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

// Commands are imported when they run: `--help` and `--version` load commander only.
function program(io: Io, done: (code: ExitCode) => void): Command {
  const root = new Command('referat')
    .description('Turn Danish meeting minutes (referater, dagsordener) into structured data')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80
    })
    .showHelpAfterError('(run referat --help for usage)')
    .addHelpText('after', ROOT_HELP)

  // A usage error points to the help of the command that was run, not the root's.
  const command = (name: string): Command => root.command(name).showHelpAfterError(`(run referat ${name} --help for usage)`)

  withOptions(command('parse').description('parse minutes (text, PDF, Word, HTML, Markdown; - for stdin) to JSON, NDJSON or CSV'), ['format', 'out', 'keepExt', 'skipExisting', 'bom', 'csvSafe', 'quiet', 'verbose', 'dot', 'password', 'timeout', 'maxSize'])
    .argument('<files...>', 'files, quoted globs, or - for standard input')
    .addHelpText('after', PARSE_HELP)
    .action(async (files: string[], flags: ParseFlags) => done(await (await import('./commands/parse.js')).runParse(files, flags, io)))

  withOptions(command('validate').description('check minutes before publishing; exit 1 on errors'), ['reporter', 'strict', 'rule', 'quiet', 'verbose', 'dot', 'password', 'timeout', 'maxSize'])
    .argument('<files...>', 'files, quoted globs, or - for standard input')
    .addHelpText('after', VALIDATE_HELP)
    .action(async (files: string[], flags: ValidateFlags) => done(await (await import('./commands/validate.js')).runValidate(files, flags, io)))

  command('schema').description('print the JSON Schema of the output')
    .action(async () => done((await import('./commands/schema.js')).runSchema(io)))

  command('debug').description('show what a pipeline stage saw (lines or tree)')
    .argument('<stage>', 'lines or tree').argument('<file>', 'a minutes file')
    .action(async (stage: string, file: string) => done(await (await import('./commands/debug.js')).runDebug(stage, file, io)))
  return root
}

/**
 * The CLI as a function: arguments and io in, exit code out.
 * 0 fine, 1 validation found errors, 2 usage or input error. Known errors print
 * one line; anything else is a bug and is rethrown with its stack.
 */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok
  try {
    await program(io, (c) => { code = c }).parseAsync([...argv], { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${messageLine(error.message)}\n`)
      return EXIT.usage
    }
    if (error instanceof InputError) {
      io.stderr.write(`${failureLine(error.file, inputErrorMessage(error))}\n`)
      return EXIT.usage
    }
    if (error instanceof OutputError) {
      io.stderr.write(`${messageLine(error.message)}\n`)
      return EXIT.usage
    }
    throw error
  }
}
