import { isNextNumber } from '../tree/numbering.js'
import { collectRun, entryAt, type Run } from './toc-run.js'
import { isSimilarKey, titleKey } from './title.js'
import type { ItemHeadingToken, Located, TocEntryToken } from './tokens.js'

export interface FoundToc {
  /** 0-based line of the TOC heading or first entry. */
  readonly start: number
  /** 0-based line after the last entry. */
  readonly end: number
  readonly entries: ReadonlyArray<Located<TocEntryToken>>
}

/**
 * A TOC under a heading ("PUNKTER", "Indholdsfortegnelse"): valid if it has page
 * numbers or dotted leaders, or if the body starts over with its entries; otherwise
 * the heading was the document's title and the "entries" are the items.
 */
function headedToc(tokens: readonly Located[], start: number): FoundToc | undefined {
  const run = collectRun(tokens, start + 1)
  if (run.entries.length === 0 || (run.paged === 0 && !run.restarted && run.dotted < 3 && !comesBack(tokens, run))) return undefined
  return { start, end: run.end, entries: run.entries }
}

/**
 * A TOC with no heading above it: two page numbers, three dotted leaders, or titles
 * that come back as headings after it (a TOC whose numbers were lost).
 */
function tocRun(tokens: readonly Located[], start: number): { toc: FoundToc | undefined; end: number } {
  const run = collectRun(tokens, start)
  const valid = run.paged >= 2 || run.dotted >= 3 || (run.entries.length >= 2 && inOrder(run) && (run.restarted || comesBack(tokens, run)))
  return { toc: valid ? { start, end: run.end, entries: run.entries } : undefined, end: run.end }
}

/**
 * Whether the run's numbers follow one another ("1.", "2.", "2.1", "3."): without pages or
 * leaders, that is what a TOC's numbers do; "2. Forslag" then "§ 1 …" is a heading and its sub-points.
 */
function inOrder(run: Run): boolean {
  let last: string | null = null
  for (const entry of run.entries) {
    const number = entry.token.number
    if (number === null) continue
    if (last !== null && !isNextNumber(last, number)) return false
    last = number
  }
  return true
}

/** Whether one of the run's first titles is repeated by a heading after the run. */
function comesBack(tokens: readonly Located[], run: Run): boolean {
  const keys = run.entries.slice(0, 3).map((entry) => titleKey(entry.token.title))
  return tokens.slice(run.end).some(({ token }) => token.kind === 'item-heading' && keys.some((key) => isSimilarKey(key, titleKey(token.title))))
}

/**
 * Finds the table of contents: the first headed TOC or run of entries before the body.
 * Why only there: tables in the body also end in numbers, but a TOC comes first.
 */
export function findToc(tokens: readonly Located[]): FoundToc | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const { kind } = tokens[i]!.token
    // A TOC comes before the items: once a Beslutning or Sagsfremstilling appears, stop looking.
    if (kind === 'section-heading') return undefined
    if (kind === 'toc-heading') {
      const toc = headedToc(tokens, i)
      if (toc) return toc
    } else if (kind === 'toc-entry' || (kind === 'text' && entryAt(tokens, i))) {
      const { toc } = tocRun(tokens, i)
      if (toc) return toc
    } else if (kind === 'item-heading') {
      if ((tokens[i]!.token as ItemHeadingToken).marker === 'punkt') return undefined // the body has begun
      const { toc, end } = tocRun(tokens, i)
      if (toc) return toc
      // Headings that made no TOC are the body's: a list further down is no TOC either.
      i = Math.max(i, end - 1)
    }
  }
  return undefined
}
