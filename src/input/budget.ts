/**
 * The resource budget of one input: how much a reader may take before the input is
 * refused with one line. Why budgets and not only memory and time limits: a budget
 * is checked before the work it guards (cheap counts and scans), so a hostile file
 * ends the same way in process and on the worker pool, in milliseconds, and the
 * readers' recursive walks never meet input deeper than they can take.
 * The README's Limits table lists the same figures.
 */
import { formatBytes } from './format-bytes.js'
import { InputError } from './errors.js'

/** Nesting levels of markup (HTML, Markdown, Word's HTML), JSON and XML; minutes use a few dozen. */
export const MAX_DEPTH = 512
/** Elements of one HTML page or Markdown tree: a 1,000-page document has a few tens of thousands. */
export const MAX_ELEMENTS = 100_000
/** Elements of one XML export. */
export const MAX_XML_ELEMENTS = 1_000_000
/** Elements of a Word file's document part: its converter keeps a large object per element. */
export const MAX_WORD_XML_ELEMENTS = 300_000
/** Values (objects, arrays, strings, numbers) of one JSON export. */
export const MAX_JSON_VALUES = 1_000_000
/**
 * Characters of HTML or Markdown one parse may take (a page, Word's HTML, an export's
 * field): parsing and walking take some 50 bytes of memory per character of text.
 */
export const MAX_MARKUP_CHARS = 16 * 1024 * 1024
/** Characters of text one reader may give the splitter (a 50 MB text file takes about 550 MB to parse). */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024
/** Lines of text one reader may give the splitter (a 5,000-page PDF gives about 250,000). */
export const MAX_LINES = 500_000
/**
 * Lines of a Markdown file: its parser takes 5–20 KB of memory per line (and time in
 * proportion: some 40–80 µs a line, list items included since list-item-handler.ts).
 */
export const MAX_MARKDOWN_LINES = 20_000
/**
 * Quote and list marks opening Markdown lines (`>`, `-`, `1.`), summed over the file:
 * the parser re-enters every open container on every line, so deep quotes cost
 * their depth on each line.
 */
export const MAX_MARKDOWN_NESTING = 100_000
/**
 * Emphasis and link marks (`*`, `_`, `[`, `]`) in one Markdown paragraph: the parser
 * matches them in time that grows with the square (and worse) of their number.
 */
export const MAX_MARKDOWN_MARKS = 2_000
/** Bytes a Word file's XML parts may inflate to (checked while inflating). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024
/** Paragraphs of one Word document: its converter takes about 14 KB of memory per paragraph. */
export const MAX_WORD_PARAGRAPHS = 30_000
/** Word's list levels (`w:ilvl`): Word has nine, 0–8; others are ignored. */
export const MAX_LIST_LEVEL = 8
/** The largest list number written as a label (`w:start`, counters); larger ones get no label. */
export const MAX_LIST_NUMBER = 99_999
/** Wall time a reader other than PDF's may take (PDFs have --timeout). */
export const MAX_READ_MS = 20_000

export type BudgetReason =
  | 'depth' | 'elements' | 'markup-chars' | 'text-chars' | 'xml-elements' | 'json-values' | 'lines' | 'markdown-lines'
  | 'markdown-nesting' | 'markdown-marks' | 'inflated-bytes' | 'word-paragraphs' | 'time'

const count = (n: number): string => n.toLocaleString('en-US')

/** What each budget says when it is exceeded (after `referat: FILE: `). */
const MESSAGES: Readonly<Record<BudgetReason, (limit: number) => string>> = {
  'depth': (limit) => `is nested more than ${count(limit)} levels deep`,
  'elements': (limit) => `has more than ${count(limit)} elements`,
  'xml-elements': (limit) => `has more than ${count(limit)} XML elements`,
  'json-values': (limit) => `has more than ${count(limit)} JSON values`,
  'markup-chars': (limit) => `is more than ${formatBytes(limit)} of markup`,
  'text-chars': (limit) => `has more than ${formatBytes(limit)} of text`,
  'lines': (limit) => `has more than ${count(limit)} lines of text`,
  'markdown-lines': (limit) => `has more than ${count(limit)} lines of Markdown`,
  'markdown-nesting': (limit) => `has more than ${count(limit)} quote and list marks opening its lines`,
  'markdown-marks': (limit) => `has a paragraph with more than ${count(limit)} emphasis or link marks (* _ [ ])`,
  'inflated-bytes': (limit) => `inflates to more than ${formatBytes(limit)} (a zip bomb?)`,
  'word-paragraphs': (limit) => `has more than ${count(limit)} paragraphs`,
  'time': (limit) => `took longer than ${limit / 1000} s to read`
}

/**
 * An input over one of its budgets: one line, exit 2, the batch goes on. Thrown deep
 * in a reader without the file's name (`file` ''); `readInput` names the file.
 */
export class BudgetError extends InputError {
  constructor(readonly reason: BudgetReason, readonly limit: number, file = '') {
    // A reading took too long: its own code, as a PDF's time limit has; every other budget is over-budget.
    super(file, `${MESSAGES[reason](limit)}, over referat's limit; giving up`, { code: reason === 'time' ? 'timeout' : 'over-budget' })
    this.name = 'BudgetError'
  }

  /** The same error, naming the file. */
  of(file: string): BudgetError {
    return new BudgetError(this.reason, this.limit, file)
  }
}

/** Throws unless `value` is within `limit`. */
export function withinBudget(reason: BudgetReason, value: number, limit: number): void {
  if (value > limit) throw new BudgetError(reason, limit)
}

/** Lines in a text (newlines, plus one for a last line without one), counted without splitting. */
export function countLines(text: string, stopAfter = Infinity): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i !== -1 && lines <= stopAfter; i = text.indexOf('\n', i + 1)) lines++
  return text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines
}

/**
 * Runs a reader's read under MAX_READ_MS. Why a race and not a thread: the readers
 * other than PDF's are kept short by the budgets above; the ones that wait on their
 * library between steps (Word's, through jszip and mammoth) are given up here if they
 * still take too long, and the batch goes on.
 */
export async function withinTime<T>(read: Promise<T>, ms = MAX_READ_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetError('time', ms)), ms)
    timer.unref()
  })
  try {
    return await Promise.race([read, late])
  } finally {
    clearTimeout(timer)
  }
}
