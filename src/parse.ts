import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { pageStartsOf } from './normalise/index.js'
import { createProcessor, type RuleOptions } from './processor.js'
import type { Referat, Source } from './schema/document.js'
import type { RootNode } from './tree/types.js'

declare module 'vfile' {
  interface DataMap {
    /** The tree after all transforms, for `referat debug tree`. */
    tree: RootNode
  }
}

export interface ParseOptions extends RuleOptions {
  /** The input's name as it should appear in `source.file` and diagnostics. */
  readonly file?: string | null
  readonly format?: Source['format']
  /** 1-based lines at which pages start (from PDF input); form feeds are read otherwise. */
  readonly pageStarts?: readonly number[]
  /** SHA-256 of the input bytes; computed from the text when absent. */
  readonly sha256?: string
}

let cached: ReturnType<typeof createProcessor> | undefined
// Building and freezing a processor per call cost as much as parsing a small file.
const defaultProcessor = (): ReturnType<typeof createProcessor> => (cached ??= createProcessor())

/** Runs the whole pipeline on one text and returns the file with its result and messages. */
export function process(text: string, options: ParseOptions = {}): VFile & { result: Referat } {
  const file = new VFile({ value: text, path: options.file ?? undefined })
  const pageStarts = options.pageStarts ? [...options.pageStarts] : pageStartsOf(text)
  file.data.pageStarts = pageStarts
  file.data.source = {
    file: options.file ?? null,
    format: options.format ?? 'text',
    sha256: options.sha256 ?? createHash('sha256').update(text).digest('hex'),
    pages: pageStarts.length > 0 ? pageStarts.length : null
  }
  const processor = options.rules ? createProcessor(options) : defaultProcessor()
  const tree = processor.parse(file) as RootNode
  processor.runSync(tree, file)
  file.data.tree = tree
  const result: Referat = processor.stringify(tree, file)
  return Object.assign(file, { result })
}

/**
 * Parses the text of one set of minutes into the output contract.
 * Pure and synchronous: no I/O, the same text always gives the same document.
 */
export function parse(text: string, options: ParseOptions = {}): Referat {
  return process(text, options).result
}
