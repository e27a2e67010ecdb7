import type { FoundToc } from './find-toc.js'
import type { HeadingChoice } from './select-headings.js'
import { isSimilarKey, titleKey } from './title.js'
import type { Located, TocEntryToken } from './tokens.js'
import { isDocumentHeading, runsOf } from './typographic-runs.js'

/** How many TOC entries a typographic title may skip ahead to find its own. */
const TOC_LOOKAHEAD = 4

/** An agenda entry typographic titles are matched against: a TOC entry, or a numbered line of the agenda. */
interface AgendaEntry {
  readonly number: string | null
  readonly title: string
  readonly closed: boolean
  readonly toc: Located<TocEntryToken> | null
}

/**
 * Item headings where an agenda lists the items but the body sets their titles apart
 * by type only (an invitation's numbered agenda over bold titles): the heading-styled
 * lines after the agenda whose titles match its entries, in order, with the entries' numbers.
 */
export function chooseByAgenda(tokens: readonly Located[], entries: readonly AgendaEntry[], from: number): HeadingChoice[] {
  const keys = entries.map((entry) => titleKey(entry.title))
  const chosen: HeadingChoice[] = []
  let next = 0
  for (const run of runsOf(tokens, from)) {
    const key = titleKey(run.title)
    for (let j = next; j < Math.min(keys.length, next + TOC_LOOKAHEAD); j++) {
      if (!isSimilarKey(key, keys[j]!)) continue
      const entry = entries[j]!
      chosen.push({ index: run.index, lines: run.lines, kind: 'item', number: entry.number ?? String(j + 1), title: run.title, closed: entry.closed, toc: entry.toc })
      next = j + 1
      break
    }
  }
  return chosen
}

/**
 * Item headings found by typography alone: the lines of the most prominent style that
 * repeats (`<h2>` titles, short bold lines, larger type), each followed by body text,
 * numbered by position ("1", "2", …). Why: minutes whose item titles are set apart
 * only by how they look (a Word file with bold titles, a PDF without numbers).
 */
export function chooseByTypography(tokens: readonly Located[]): HeadingChoice[] {
  const found = runsOf(tokens)
  // The document's own title stands first, over the meeting's header fields: never an item.
  const runs = found.length > 0 && isDocumentHeading(tokens, found[0]!, found[1]?.index ?? tokens.length) ? found.slice(1) : found
  const counts = new Map<string, number>()
  for (const run of runs) counts.set(run.key, (counts.get(run.key) ?? 0) + 1)
  const repeating = runs.filter((run) => counts.get(run.key)! >= 2).sort((a, b) => a.prominence - b.prominence)
  const key = repeating[0]?.key
  return runs.filter((run) => run.key === key).map((run, k) => ({
    index: run.index, lines: run.lines, kind: 'item', number: String(k + 1), title: run.title, closed: false, toc: null
  }))
}

/** Whether chosen headings stand together as a list does (an agenda), not apart with text between (items). */
function isCompact(tokens: readonly Located[], chosen: readonly HeadingChoice[]): boolean {
  const own = new Set(chosen.map((heading) => heading.index))
  const between = tokens.slice(chosen[0]!.index, chosen[chosen.length - 1]!.index).filter((at) => at.token.kind !== 'blank' && !own.has(at.index))
  // Wrapped titles may add a line here and there; body text under each heading is more.
  return between.length * 2 <= chosen.length
}

/** Whether every chosen heading stands between the same two typographic headings: a list inside one item. */
function isInsideOne(chosen: readonly HeadingChoice[], typeset: readonly HeadingChoice[]): boolean {
  const first = chosen[0]!.index
  const last = chosen[chosen.length - 1]!.index
  return typeset.some((heading, k) => k + 1 < typeset.length && heading.index < first && last < typeset[k + 1]!.index)
}

/**
 * Weighs typography against what numbering and the TOC chose. Typography decides
 * where they found at most one heading and it finds more, where the whole numbered
 * chain stands inside one of its items (a numbered list under a bold title), or where
 * the chain is made of list entries. Where an agenda (a TOC, or a numbered chain
 * above) lists titles that come back below as set-apart lines, those lines are the
 * items with the agenda's numbers. A numbered chain of headings that spans the
 * document, and headings matched to a TOC, are never overridden.
 */
export function withTypography(tokens: readonly Located[], toc: FoundToc | undefined, chosen: readonly HeadingChoice[]): readonly HeadingChoice[] {
  if (!tokens.some((at) => at.features !== undefined)) return chosen
  if (toc) {
    const entries = toc.entries.map((entry) => ({ number: entry.token.number, title: entry.token.title, closed: entry.token.closed, toc: entry }))
    const listed = chosen.length === 0 ? chooseByAgenda(tokens, entries, toc.end) : []
    return listed.length >= 2 ? listed : chosen
  }
  // A numbered agenda whose titles come back below as set-apart lines: the agenda is the list, those lines the items.
  const last = chosen[chosen.length - 1]?.index ?? 0
  const repeated = chosen.length >= 2 && isCompact(tokens, chosen) ? chooseByAgenda(tokens, chosen, last + 1) : []
  if (repeated.length >= 2 && repeated.length * 2 >= chosen.length) return repeated
  const typeset = chooseByTypography(tokens)
  if (typeset.length < 2) return chosen
  if (chosen.length < 2) return typeset
  // Numbered lines the reader knows to be list entries are a list, not the agenda, where the titles are
  // marked-up headings or the list is tight (entries on consecutive lines); Word's numbered agenda
  // paragraphs under bold lines stand apart and stay the agenda.
  const tight = chosen.some((heading, k) => k > 0 && heading.index === chosen[k - 1]!.index + chosen[k - 1]!.lines)
  const ranked = tokens[typeset[0]!.index]?.features?.headingRank !== undefined
  const listed = chosen.every((heading) => tokens[heading.index]?.features?.list !== undefined) && (tight || ranked)
  // A chain inside one typographic item is a list there only where the titles outnumber it.
  return listed || (typeset.length > chosen.length && isInsideOne(chosen, typeset)) ? typeset : chosen
}
