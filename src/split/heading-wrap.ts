import { titleKey } from './title.js'
import type { ItemHeadingToken, Located } from './tokens.js'

/** A heading line at least this long may wrap onto the next line. */
const WRAP_LENGTH = 50
const MAX_HEADING_LINES = 3

/**
 * Continuation lines of a wrapped heading: lines right below it (no blank between)
 * that start in lower case, or that bring the title closer to its TOC entry.
 * Why: PDF layout wraps long titles ("… vedrørende borgere med" / "udviklingshæmning …").
 */
export function continuation(tokens: readonly Located[], at: Located<ItemHeadingToken>, tocTitle: string | undefined): { lines: number; title: string } {
  let title = at.token.title
  let lines = 1
  while (lines < MAX_HEADING_LINES && tokens[at.index + lines - 1]!.line.trim().length >= WRAP_LENGTH) {
    const next = tokens[at.index + lines]
    if (!next || next.token.kind !== 'text') break
    const text = next.line.trim()
    const extended = `${title} ${text}`
    const lower = /^\p{Ll}/u.test(text)
    const closer = tocTitle !== undefined && titleKey(tocTitle).startsWith(titleKey(extended))
    if (!lower && !closer) break
    title = extended
    lines++
  }
  return { lines, title }
}
