import type { Located } from './tokens.js'

/** How the document is laid out, as far as the splitter cares. */
export interface Layout {
  /** Whether paragraphs are separated by blank lines (text from some converters has none). */
  readonly blankLines: boolean
}

/** A document uses blank lines if at least one line in twenty is blank. */
export function layoutOf(tokens: readonly Located[]): Layout {
  const blank = tokens.filter((at) => at.token.kind === 'blank').length
  return { blankLines: blank * 20 >= tokens.length }
}
