import type { FoundToc } from './find-toc.js'
import { VALUE_LINE } from '../lexicon/index.js'
import { isChildNumber, isSameNumber, stepOf } from '../tree/numbering.js'
import { continuation } from './heading-wrap.js'
import { chooseByNumbering } from './numbering-chain.js'
import type { Layout } from './layout.js'
import { isSimilarKey, titleKey } from './title.js'
import { compareTitles } from './toc-mismatch.js'
import type { ItemHeadingToken, Located, TocEntryToken } from './tokens.js'

export interface HeadingChoice {
  readonly index: number
  /** Lines the heading takes: more than one where a long title wraps. */
  readonly lines: number
  readonly kind: 'item' | 'group'
  readonly number: string | null
  readonly title: string
  readonly closed: boolean
  readonly toc: Located<TocEntryToken> | null
}

/**
 * What the splitter noticed while choosing headings: facts with the 0-based line
 * index they concern. Rules turn them into messages (rules/toc-*.ts).
 */
export type SplitNote =
  | { readonly kind: 'toc-title-mismatch'; readonly index: number; readonly heading: string; readonly toc: string; readonly truncated: boolean }
  | { readonly kind: 'item-not-in-toc'; readonly index: number; readonly title: string }
  | { readonly kind: 'toc-entry-without-item'; readonly index: number; readonly title: string }

/** A line at least this long that stops mid-sentence is wrapped prose. */
const WRAPPED_PROSE = 60

/** How many TOC entries a heading may skip ahead to find its own (entries the body lacks). */
const TOC_LOOKAHEAD = 4

const isBlank = (tokens: readonly Located[], i: number): boolean =>
  i < 0 || i >= tokens.length || tokens[i]!.token.kind === 'blank'


/**
 * Whether an explicit heading may take the TOC entry standing in its place although
 * their titles differ: only when both are numbered and the numbers agree. Titles
 * that are merely alike were already matched by isSimilarKey.
 */
function isInPlace(heading: ItemHeadingToken, entry: TocEntryToken): boolean {
  return entry.number !== null && heading.number !== null && isSameNumber(entry.number, heading.number)
}

/**
 * A bare "Punkt 5" right under a line that stops mid-sentence is the end of that
 * sentence ("… refereres under dagsordens" / "pkt. 5"), not a heading.
 */
function isWrappedWord(tokens: readonly Located[], i: number): boolean {
  const above = i > 0 ? tokens[i - 1]! : undefined
  // Prose that wraps fills its line; a short line above is a heading or a list of names.
  const text = above?.line.trim() ?? ''
  return above !== undefined && above.token.kind === 'text' && text.length >= WRAPPED_PROSE && !/[.:!?)]$/u.test(text)
}

function matchToc(
  heading: ItemHeadingToken,
  entries: ReadonlyArray<Located<TocEntryToken>>,
  keys: readonly string[],
  from: number
): number {
  const key = titleKey(heading.title)
  for (let j = from; j < Math.min(entries.length, from + TOC_LOOKAHEAD); j++) {
    const entry = entries[j]!.token
    const numbersAgree = entry.number === null || heading.number === null || isSameNumber(entry.number, heading.number)
    if (numbersAgree && isSimilarKey(key, keys[j]!)) return j
  }
  return -1
}

/**
 * Decides which heading candidates are agenda items, using the TOC as a guide
 * where there is one and the numbering sequence where there is not.
 * Explicit headings ("Punkt 3:", "Lukket:") always count; plain numbers must
 * match a TOC entry, or (without a TOC) continue the sequence outside a list.
 */
export function selectHeadings(
  tokens: readonly Located[],
  toc: FoundToc | undefined,
  layout: Layout = { blankLines: true }
): { headings: HeadingChoice[]; notes: SplitNote[] } {
  const entries = toc?.entries ?? []
  const entryKeys = entries.map((entry) => titleKey(entry.token.title))
  const chosen: Array<Omit<HeadingChoice, 'kind'>> = []
  const notes: SplitNote[] = []
  let next = 0
  // Without a TOC the numbering chooses the headings; with one, the TOC does.
  const body: readonly Located[] = toc ? tokens.slice(toc.end) : chooseByNumbering(tokens, 0, layout.blankLines)
  for (const at of body) {
    if (at.token.kind !== 'item-heading') continue
    const heading = at.token
    if (heading.title === '' && isWrappedWord(tokens, at.index)) continue
    // Past the TOC's last entry, a heading that goes on numbering the items found so far is
    // one the TOC left out (a TOC cut short), not a list entry.
    const continues = toc !== undefined && entries.length > 0 && next >= entries.length && continuesItems(chosen, heading)
      && (!layout.blankLines || isBlank(tokens, at.index - 1))
    const explicit = heading.marker !== 'numbered' || !toc || continues
    let j = entries.length > 0 ? matchToc(heading, entries, entryKeys, next) : -1
    // Where paragraphs are separated by blank lines, a plain number after text is a list
    // entry, not a heading; a TOC match or an explicit heading needs no blank line.
    if (j < 0 && !explicit && layout.blankLines && !isBlank(tokens, at.index - 1)) continue
    // An explicit heading whose title drifted still takes the TOC entry in its place
    // if their numbers agree; never a stranger's entry (that would shift every later
    // match, and could pass on a "Lukket" flag).
    const inPlace = entries[next]?.token
    if (j < 0 && explicit && inPlace && isInPlace(heading, inPlace)) j = next
    let tocEntry: Located<TocEntryToken> | null = null
    if (j >= 0) {
      tocEntry = entries[j]!
      for (const skipped of entries.slice(next, j)) notes.push(missingItem(skipped))
      next = j + 1

    } else if (explicit) {
      if (entries.length > 0) {
        notes.push({ kind: 'item-not-in-toc', index: at.index, title: heading.title })
      }
    } else continue
    const number = heading.number ?? tocEntry?.token.number ?? null
    const wrapped = continuation(tokens, { ...at, token: heading }, tocEntry?.token.title)
    const mismatch = tocEntry ? compareTitles(wrapped.title, tocEntry.token.title) : 'same'
    if (tocEntry && mismatch !== 'same') {
      notes.push({ kind: 'toc-title-mismatch', index: at.index, heading: wrapped.title, toc: tocEntry.token.title, truncated: mismatch === 'truncated' })
    }
    chosen.push({ index: at.index, lines: wrapped.lines, number, title: wrapped.title, closed: heading.closed || Boolean(tocEntry?.token.closed), toc: tocEntry })
  }
  for (const skipped of entries.slice(next)) notes.push(missingItem(skipped))
  // In a numbered TOC, unnumbered entries ("Deltagerfortegnelse") are front matter, not items.
  const numbered = entries.some((entry) => entry.token.number !== null)
  const kept = notes.filter((note) => note.kind !== 'toc-entry-without-item' || !numbered
    || entries.find((entry) => entry.index === note.index)?.token.number !== null)
  return { headings: markGroups(chosen, tokens), notes: kept }
}

/** Whether a heading is the next number after the last item chosen ("7" after "6", "6a" after "5"). */
function continuesItems(chosen: ReadonlyArray<Omit<HeadingChoice, 'kind'>>, heading: ItemHeadingToken): boolean {
  const last = chosen.at(-1)?.number
  if (last == null || heading.number === null) return false
  const step = stepOf(last, heading.number)
  return step === 'next' || step === 'suffix'
}

function missingItem(entry: Located<TocEntryToken>): SplitNote {
  return { kind: 'toc-entry-without-item', index: entry.index, title: entry.token.title }
}

/**
 * A heading with no text of its own over sub-items numbered under it heads a group
 * (contract v2, "Groups": "3 Anlægssager" over 3.1–3.4; KKR's "2. Regionalpolitiske sager"
 * over 2.1–2.6), where it has at least two, or where the document groups its items (most
 * top-level headings have sub-items). One sub-item under an empty heading ("4. Forslag" /
 * "4.1. Forslag om stier") is that item's proposal: both stay items. A heading with text
 * of its own is always an item ("2.1 Tidsplan" with its text, over 2.1.1).
 */
function markGroups(chosen: ReadonlyArray<Omit<HeadingChoice, 'kind'>>, tokens: readonly Located[]): HeadingChoice[] {
  const children = chosen.map((heading, i) => {
    let count = 0
    while (heading.number !== null && isChildNumber(heading.number, chosen[i + 1 + count]?.number ?? '')) count++
    return count
  })
  // Only a heading with sub-items can be a group: the others' text is not read.
  const empty = chosen.map((heading, i) => {
    if (children[i] === 0) return false
    const end = chosen[i + 1]?.index ?? tokens.length
    for (let k = heading.index + heading.lines; k < end; k++) {
      const at = tokens[k]!
      // A date or amount on a line of its own (a table cell PDF layout set apart) is not text.
      if (at.token.kind !== 'blank' && !VALUE_LINE.test(at.line.trim())) return false
    }
    return true
  })
  const tops = chosen.filter((heading) => heading.number !== null && !heading.number.includes('.')).length
  const grouping = children.filter((count) => count > 0).length * 2 >= tops
  return chosen.map((heading, i) => ({
    ...heading, kind: children[i]! > 0 && empty[i] && (grouping || children[i]! >= 2) ? 'group' : 'item'
  }))
}
