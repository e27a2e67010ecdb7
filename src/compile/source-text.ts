import type { VFile } from 'vfile'
import { itemsOf } from '../tree/queries.js'
import { sourceLines } from './diagnostics.js'
import { pageOf } from './to-document.js'

/** One line of the text a document was read from. */
export interface SourceLine {
  readonly text: string
  /** Its number in the file as read: the number every `line` of the output uses. */
  readonly line: number
  /** The page it is on (PDF), or null. */
  readonly page: number | null
}

/**
 * The text a document was read from, beside the document: what an emitter that
 * shows the source (the review page) needs and the contract does not carry.
 */
export interface SourceText {
  /** The normalised lines the splitter read, in order; none for structured exports. */
  readonly lines: readonly SourceLine[]
  /** Per item in document order, the file line its decision was read from, or null. */
  readonly decisionLines: readonly (number | null)[]
}

/** The source text of a processed file (after `processInput`). */
export function toSourceText(file: VFile): SourceText {
  const toSource = sourceLines(file)
  const pageStarts = file.data.pageStarts
  const lines = (file.data.normalisedLines ?? []).map((text, index) => ({ text, line: toSource(index + 1), page: pageOf(index + 1, pageStarts) }))
  const tree = file.data.tree
  const decisionLines = tree ? itemsOf(tree).map((item) => (item.data?.decisionLine == null ? null : toSource(item.data.decisionLine))) : []
  return { lines, decisionLines }
}
