import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import type { ReadFact, ReaderOutput, SourceFormat } from './input/types.js'
import { pageStartsOf } from './normalise/index.js'
import { createProcessor, type RuleOptions } from './processor.js'
import { InputError } from './input/errors.js'
import type { Referat } from './schema/document.js'
import type { FeaturedLine, LineFeatures } from './tree/line-features.js'
import type { RootNode } from './tree/types.js'

declare module 'vfile' {
  interface DataMap {
    /** The tree after all transforms, for `referat debug tree`. */
    tree: RootNode
    /** A reader's ready tree (structured exports): the parser takes it as is. */
    readTree: RootNode
    /** What the reader did to the input, for the rules. */
    facts: readonly ReadFact[]
    /** Text line (index) → line in the file as read, where a reader moved lines. */
    lineMap: readonly number[]
    /** For each text line (index 0 = line 1), what the reader saw of it (the line model). */
    lineFeatures: readonly LineFeatures[]
  }
}

export interface ParseOptions extends RuleOptions {
  /** The input's name as it should appear in `source.file` and diagnostics. */
  readonly file?: string | null
  readonly format?: SourceFormat
  /** 1-based lines at which pages start (from PDF input); form feeds are read otherwise. */
  readonly pageStarts?: readonly number[]
  /** SHA-256 of the input bytes; computed from the text when absent. */
  readonly sha256?: string
}

let cached: ReturnType<typeof createProcessor> | undefined
// Building and freezing a processor per call cost as much as parsing a small file.
const defaultProcessor = (): ReturnType<typeof createProcessor> => (cached ??= createProcessor())

/**
 * Runs the whole pipeline on what a reader gave (text, or a ready tree) and returns
 * the file with its result and messages.
 */
export function processInput(input: ReaderOutput, options: ParseOptions = {}): VFile & { result: Referat } {
  const text = input.kind === 'text' ? input.text : ''
  const file = new VFile({ value: text, path: options.file ?? undefined })
  const pageStarts = input.kind === 'text' ? (input.pageStarts ? [...input.pageStarts] : options.pageStarts ? [...options.pageStarts] : pageStartsOf(text)) : []
  file.data.pageStarts = pageStarts
  file.data.facts = input.facts
  if (input.kind === 'text' && input.lineMap) file.data.lineMap = input.lineMap
  if (input.kind === 'text' && input.features) file.data.lineFeatures = input.features
  if (input.kind === 'tree') file.data.readTree = input.tree
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

/** Runs the whole pipeline on one text and returns the file with its result and messages. */
export function processText(text: string, options: ParseOptions = {}): VFile & { result: Referat } {
  return processInput({ kind: 'text', text, facts: [] }, options)
}

/**
 * Parses minutes given as lines with their features (the line model): what a reader
 * of a new format hands over. The text is the lines joined; features never change it.
 */
export function parseLines(lines: readonly FeaturedLine[], options: ParseOptions = {}): Referat {
  // A line holds no line break; one inside would shift every later line off its features.
  const text = lines.map((line) => line.text.replace(/\r\n|\r|\n/gu, ' ')).join('\n')
  const doc = processInput({ kind: 'text', text, features: lines.map((line) => line.features), facts: [] }, options).result
  return requireItems(doc, options.file ?? '<lines>', options.format ?? 'text')
}

/**
 * Parses the text of one set of minutes into the output contract.
 * Pure and synchronous: no I/O, the same text always gives the same document.
 * A text without a single agenda item is not minutes: an InputError with code
 * `not-minutes`, as `parseFile` and `parseBytes` give (`validate` reports it as the
 * `no-items` diagnostic instead).
 */
export function parse(text: string, options: ParseOptions = {}): Referat {
  return requireItems(processText(text, options).result, options.file ?? '<text>', options.format ?? 'text')
}

/** Why a file of each kind may hold no items, for the one-line message. */
const NOT_MINUTES: Partial<Record<SourceFormat, string>> = {
  text: 'not minutes, or a layout referat does not know',
  html: 'a web page without minutes, such as a listing page',
  pdf: 'not minutes, or a layout referat does not know'
}

/**
 * A document without a single agenda item (a portal's listing page, an unknown export,
 * a letter) is not minutes: an InputError, as unreadable input is (CONTRACT 1.1).
 */
export function requireItems(doc: Referat, file: string, format: SourceFormat): Referat {
  if (doc.items.length > 0) return doc
  throw new InputError(file, `no agenda items found (${NOT_MINUTES[format] ?? NOT_MINUTES.text})`, { code: 'not-minutes' })
}
