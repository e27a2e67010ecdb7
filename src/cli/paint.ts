import { Chalk } from 'chalk'
import { noPaint, type Paint } from '../report/reporter.js'
import type { Io } from './io.js'

/** Colours for a terminal; none in pipes or when NO_COLOR is set (no-color.org). */
export function paintFor(io: Io, stream: 'stdout' | 'stderr'): Paint {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== ''
  if (!io.isTTY[stream] || noColor) return noPaint
  const chalk = new Chalk({ level: 1 })
  return { error: chalk.red, warning: chalk.yellow, info: chalk.blue, dim: chalk.dim }
}
