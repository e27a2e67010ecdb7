import { processInput } from '../../parse.js'
import type { InputDocument } from '../../input/types.js'
import { isTypeset, normaliseMinutes } from '../../split/index.js'
import { classifyLines } from '../../split/classify-line.js'
import { describeFeatures } from '../../split/describe-features.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { loadInput } from '../inputs.js'
import { describeFailure } from '../messages.js'
import type { Io } from '../io.js'

function describeToken(token: ReturnType<typeof classifyLines>[number]['token']): string {
  const { kind, ...rest } = token
  const detail = Object.entries(rest).filter(([key]) => key !== 'text').map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ')
  return detail === '' ? kind : `${kind} ${detail}`
}

/**
 * `referat debug lines|tree FILE`: what each stage saw, like `yaml lex|cst`.
 * lines: the normalised text with each line's token and the features its reader saw
 * (bold, heading rank, list, table cell, indentation, page); tree: the unist tree.
 */
export async function runDebug(stage: string, input: string, io: Io): Promise<ExitCode> {
  if (stage !== 'lines' && stage !== 'tree') throw new UsageError(`debug stage must be lines or tree, not ${stage}`)
  let read: InputDocument
  try {
    read = await loadInput(input, io, {})
  } catch (error) {
    io.stderr.write(`${describeFailure(input, error)}\n`)
    return EXIT.usage
  }
  if (stage === 'lines') {
    if (read.kind !== 'text') throw new UsageError(`${input} is a ${read.format} export: it has no lines to split; try debug tree`)
    for (const { index, line, token, features } of classifyLines(normaliseMinutes(read.text, isTypeset(read.format)).split('\n'), read.features)) {
      const seen = describeFeatures(features)
      io.stdout.write(`${String(index + 1).padStart(5)}  ${describeToken(token).padEnd(40).slice(0, 80)}  ${seen === '' ? '' : `[${seen}] `}${line}\n`)
    }
  } else {
    const file = processInput(read, { file: input, format: read.format })
    io.stdout.write(`${JSON.stringify(file.data.tree ?? null, (key, value) => (key === 'position' ? undefined : value), 2)}\n`)
  }
  return EXIT.ok
}
