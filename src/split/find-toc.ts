import type { ItemHeadingToken, Located, TocEntryToken } from './types.js'

export interface FoundToc {
  /** 0-based line of the TOC heading or first entry. */
  readonly start: number
  /** 0-based line after the last entry. */
  readonly end: number
  readonly entries: ReadonlyArray<Located<TocEntryToken>>
}

function asEntry(at: Located<ItemHeadingToken>): Located<TocEntryToken> {
  const { number, title, closed } = at.token
  return { ...at, token: { kind: 'toc-entry', number, title, page: null, closed } }
}

/**
 * A headed TOC: "PUNKTER" or "Indholdsfortegnelse" followed by entries, paged or not.
 * Unpaged entries are only a TOC if the numbering then starts over in the body;
 * otherwise the heading was the document's title and the "entries" are the items.
 */
function headedToc(tokens: readonly Located[], start: number): FoundToc | undefined {
  const entries: Array<Located<TocEntryToken>> = []
  const seen = new Set<string>()
  let i = start + 1
  let restarted = false
  let paged = false
  for (; i < tokens.length; i++) {
    const at = tokens[i]!
    const { token } = at
    if (token.kind === 'blank') continue
    if (token.kind === 'toc-entry') {
      paged = true
      entries.push(at as Located<TocEntryToken>)
    } else if (token.kind === 'item-heading' && !paged) {
      const key = token.number ?? token.title
      if (seen.has(key)) {
        restarted = true
        break
      }
      seen.add(key)
      entries.push(asEntry(at as Located<ItemHeadingToken>))
    } else break
  }
  if (entries.length === 0 || (!paged && !restarted)) return undefined
  return { start, end: entries.at(-1)!.index + 1, entries }
}

/** A run of paged lines with no heading above it (at least two, blank lines allowed between). */
function pagedRun(tokens: readonly Located[], start: number): FoundToc | undefined {
  const entries: Array<Located<TocEntryToken>> = []
  for (let i = start; i < tokens.length; i++) {
    const at = tokens[i]!
    if (at.token.kind === 'blank') continue
    if (at.token.kind !== 'toc-entry') break
    entries.push(at as Located<TocEntryToken>)
  }
  return entries.length >= 2 ? { start, end: entries.at(-1)!.index + 1, entries } : undefined
}

/**
 * Finds the table of contents: the first headed TOC or run of paged entries.
 * Why only the first: tables in the body also end in numbers, but a TOC comes first.
 */
export function findToc(tokens: readonly Located[]): FoundToc | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const { kind } = tokens[i]!.token
    if (kind === 'toc-heading') {
      const toc = headedToc(tokens, i)
      if (toc) return toc
    } else if (kind === 'toc-entry') {
      const toc = pagedRun(tokens, i)
      if (toc) return toc
    } else if (kind === 'item-heading' && (tokens[i]!.token as ItemHeadingToken).marker === 'punkt') {
      // The body has begun: whatever follows is not a TOC.
      return undefined
    }
  }
  return undefined
}
