import { OPEN_END, VALUE_LINE } from '../lexicon/index.js'
import { numberParts } from '../tree/numbering.js'
import { matchTocLine } from './recognise/toc-line.js'
import { isSimilarKey, titleKey } from './title.js'
import type { ItemHeadingToken, Located, TocEntryToken } from './tokens.js'

/*
 * A run of TOC entries, collected line by line from where a TOC may start. Whether the
 * run is a TOC is find-toc.ts's judgement.
 */

function asEntry(at: Located<ItemHeadingToken>): Located<TocEntryToken> {
  const { number, title, closed } = at.token
  return { ...at, token: { kind: 'toc-entry', number, title, page: null, closed } }
}

// A page number alone: up to three digits ("2021" alone is a year).
const PAGE_ALONE = /^\s*\d{1,3}\s*$/

/** How many lines a wrapped TOC title may take before the line with its page number. */
const MAX_WRAP = 2

/**
 * The TOC entry starting at line i: a paged line, or a title wrapped over up to two
 * lines whose last line carries the page number ("… social- og" / "undervisningsområde ….. 3"),
 * or is the page number alone ("Plan for ledermøder 2025….." / "11").
 * Why: PDF layout wraps long TOC titles, and raw text extraction separates the numbers.
 */
export function entryAt(tokens: readonly Located[], i: number): { entry: Located<TocEntryToken>; last: number } | undefined {
  const first = tokens[i]
  if (!first) return undefined
  if (first.token.kind === 'toc-entry' && first.token.page !== null) return { entry: first as Located<TocEntryToken>, last: i }
  let last = -1
  if (first.token.kind === 'toc-entry') last = i
  else if (first.token.kind === 'text' || first.token.kind === 'item-heading') {
    for (let j = i + 1; j <= i + MAX_WRAP && j < tokens.length && last < 0; j++) {
      const at = tokens[j]!
      // A numbered line is an entry of its own, not the end of this one's title.
      if (at.token.kind === 'toc-entry' && at.token.number !== null) return undefined
      if (at.token.kind === 'toc-entry' || PAGE_ALONE.test(at.line)) last = j
      else if (at.token.kind !== 'text') return undefined
    }
  }
  if (last < 0) return undefined
  // The page number on a line of its own, as raw text extraction leaves it.
  const pageLine = PAGE_ALONE.test(tokens[last]!.line) ? last : PAGE_ALONE.test(tokens[last + 1]?.line ?? '') ? last + 1 : -1
  const titleEnd = pageLine >= 0 ? pageLine : last + 1
  const title = tokens.slice(i, titleEnd).map((t) => t.line.trim()).join(' ')
  const joined = pageLine >= 0 ? `${title}\t${tokens[pageLine]!.line.trim()}` : title
  const token = matchTocLine(joined)
  return token ? { entry: { index: i, line: joined, token }, last: Math.max(last, pageLine) } : undefined
}

export interface Run {
  readonly entries: Array<Located<TocEntryToken>>
  /** 0-based line after the run. */
  readonly end: number
  readonly paged: number
  readonly dotted: number
  /** The run stopped at a heading that repeats one of its entries. */
  readonly restarted: boolean
}

const MAX_CONTINUATION = 120

/** A title this long may have wrapped; a shorter one ends unless it is left open. */
const WRAP_LENGTH = 30

/**
 * Whether a line continues an unpaged entry's title: it starts in lower case, or the title
 * was left open ("… og") or long enough to wrap. "08 Eventuelt" / "Referat" is the next block.
 */
const goesOn = (title: string, line: string): boolean => /^\p{Ll}/u.test(line) || OPEN_END.test(title) || title.length >= WRAP_LENGTH

/** An entry's key: its number as a value ("01" and "1" are one number), else its title. */
const keyOf = (token: ItemHeadingToken | TocEntryToken): string =>
  token.number !== null ? numberParts(token.number).join('.') : token.title

/**
 * Collects TOC entries from line `from`: paged lines, dotted leaders, wrapped titles,
 * and (while no entry has a page number) numbered headings, with a short line right
 * under an unpaged entry taken as the rest of its title. Stops at anything else, or
 * at a heading that repeats an entry (the body starting over).
 */
export function collectRun(tokens: readonly Located[], from: number): Run {
  const entries: Array<Located<TocEntryToken>> = []
  const seen = new Set<string>()
  let end = from
  let paged = 0
  let restarted = false
  for (let i = from; i < tokens.length; i++) {
    const at = tokens[i]!
    const { token } = at
    // A date, time or amount on a line of its own (a table cell PDF layout set apart)
    // neither ends the run nor belongs to an entry's title; a bare page number may.
    if (token.kind === 'blank') continue
    if (token.kind === 'text' && VALUE_LINE.test(at.line.trim()) && !PAGE_ALONE.test(at.line)) {
      if (end === i) end = i + 1
      continue
    }
    // The body starts over with the first entry; another repeat ("1." of a list after
    // entries "A:", "1.", …) ends the run without proving it a TOC.
    if (token.kind === 'item-heading' && seen.has(keyOf(token))) {
      // The body starts over with the first entry's number and title; a list inside an
      // item that restarts at "1." repeats the number only.
      const first = entries[0]!.token
      restarted = keyOf(token) === keyOf(first) && isSimilarKey(titleKey(token.title), titleKey(first.title))
      break
    }
    const found = entryAt(tokens, i)
    const last = entries.at(-1)
    if (found) {
      entries.push(found.entry)
      if (found.entry.token.page !== null) paged++
      i = found.last
    } else if (token.kind === 'item-heading' && paged === 0) {
      entries.push(asEntry(at as Located<ItemHeadingToken>))
    } else if (token.kind === 'text' && last && last.token.page === null && end === i && at.line.trim().length <= MAX_CONTINUATION && !PAGE_ALONE.test(at.line) && goesOn(last.token.title, at.line.trim())) {
      entries[entries.length - 1] = { ...last, token: { ...last.token, title: `${last.token.title} ${at.line.trim()}` } }
    } else break
    seen.add(keyOf(entries.at(-1)!.token))
    end = i + 1
  }
  const dotted = entries.filter((entry) => /\.{4,}/u.test(entry.line)).length
  return { entries, end, paged, dotted, restarted }
}
