import { matchTocLine } from './recognise/toc-line.js'
import { titleKey } from './title.js'
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

const PAGE_ALONE = /^\s*\d{1,4}\s*$/

/** How many lines a wrapped TOC title may take before the line with its page number. */
const MAX_WRAP = 2

/**
 * The TOC entry starting at line i: a paged line, or a title wrapped over up to two
 * lines whose last line carries the page number ("… social- og" / "undervisningsområde ….. 3"),
 * or is the page number alone ("Plan for ledermøder 2025….." / "11").
 * Why: PDF layout wraps long TOC titles, and raw text extraction separates the numbers.
 */
function entryAt(tokens: readonly Located[], i: number): { entry: Located<TocEntryToken>; last: number } | undefined {
  const first = tokens[i]
  if (!first) return undefined
  if (first.token.kind === 'toc-entry') return { entry: first as Located<TocEntryToken>, last: i }
  if (first.token.kind !== 'text' && first.token.kind !== 'item-heading') return undefined
  for (let j = i + 1; j <= i + MAX_WRAP && j < tokens.length; j++) {
    const at = tokens[j]!
    // The page number on a line of its own, as raw text extraction leaves it.
    const pageAlone = PAGE_ALONE.test(at.line)
    if (at.token.kind === 'toc-entry' || pageAlone) {
      const title = tokens.slice(i, j).map((t) => t.line.trim()).join(' ')
      const joined = pageAlone ? `${title}\t${at.line.trim()}` : `${title} ${at.line.trim()}`
      const token = matchTocLine(joined)
      return token ? { entry: { index: i, line: joined, token }, last: j } : undefined
    }
    if (at.token.kind !== 'text') return undefined
  }
  return undefined
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
    const wrapped = entryAt(tokens, i)
    if (wrapped) {
      paged = true
      entries.push(wrapped.entry)
      i = wrapped.last
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
  return { start, end: i, entries }
}

/**
 * A run of TOC entries with no heading above it: paged lines, lines with a dotted
 * leader, and (while nothing in the run has a page number) numbered headings.
 * It is a TOC if two entries have page numbers, three have dotted leaders, or its
 * titles come back as headings after it (a TOC whose numbers were lost).
 */
function tocRun(tokens: readonly Located[], start: number): FoundToc | undefined {
  const entries: Array<Located<TocEntryToken>> = []
  let end = start
  let paged = 0
  for (let i = start; i < tokens.length; i++) {
    const at = tokens[i]!
    if (at.token.kind === 'blank') continue
    const found = entryAt(tokens, i)
    if (found) {
      entries.push(found.entry)
      if (found.entry.token.page !== null) paged++
      i = found.last
    } else if (at.token.kind === 'item-heading' && paged === 0) {
      entries.push(asEntry(at as Located<ItemHeadingToken>))
    } else break
    end = i + 1
  }
  const dotted = entries.filter((entry) => entry.token.page === null && /\.{4,}/u.test(entry.line)).length
  if (paged >= 2 || dotted >= 3 || (entries.length >= 2 && comesBack(tokens, entries, end))) return { start, end, entries }
  return undefined
}

/** Whether the run's first numbered title is repeated by a heading after the run. */
function comesBack(tokens: readonly Located[], entries: ReadonlyArray<Located<TocEntryToken>>, end: number): boolean {
  const first = entries.find((entry) => entry.token.number !== null) ?? entries[0]!
  const key = titleKey(first.token.title)
  return tokens.slice(end).some((at) => at.token.kind === 'item-heading' && titleKey(at.token.title) === key)
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
    } else if (kind === 'toc-entry' || (kind === 'text' && entryAt(tokens, i))) {
      const toc = tocRun(tokens, i)
      if (toc) return toc
    } else if (kind === 'item-heading') {
      if ((tokens[i]!.token as ItemHeadingToken).marker === 'punkt') return undefined // the body has begun
      const toc = tocRun(tokens, i)
      if (toc) return toc
    }
  }
  return undefined
}
