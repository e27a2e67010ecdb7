import { stepOf } from '../tree/numbering.js'
import { candidatesOf, type Candidate, type Style } from './chain-candidates.js'
import type { ItemHeadingToken, Located } from './tokens.js'

/** How far back a candidate looks for its predecessor: keeps the search linear. */
const WINDOW = 64
const STYLES: readonly Style[] = ['dot', 'paren', 'paragraph', 'letter']

/** The best numbering chain through candidates of one style (and the explicit and weak ones). */
function bestChain(candidates: readonly Candidate[], style: Style): { score: number; members: Candidate[] } {
  const list = candidates.filter((c) => c.style === style || c.style === 'explicit' || c.style === 'weak')
  const score: number[] = []
  const previous: number[] = []
  let best = -1
  list.forEach((c, i) => {
    const number = c.at.token.number
    score[i] = c.style === 'weak' || number === null ? -Infinity : c.weight
    previous[i] = -1
    if (number !== null) {
      for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
        const p = list[j]!
        const before = p.at.token.number
        if (before === null || score[j]! === -Infinity) continue
        const gain = gainOf(p, c, stepOf(before, number))
        if (score[j]! + gain > score[i]!) {
          score[i] = score[j]! + gain
          previous[i] = j
        }
      }
    }
    if (score[i]! > -Infinity && (best < 0 || score[i]! > score[best]!)) best = i
  })
  const members: Candidate[] = []
  for (let i = best; i >= 0; i = previous[i]!) members.unshift(list[i]!)
  const own = members.filter((c) => c.style !== 'explicit').reduce((sum, c) => sum + c.weight, 0)
  return { score: own, members }
}

/** What skipping this many numbers costs a chain: less than a heading is worth. */
const GAP_COST = 0.5

/**
 * What `c` adds to a chain ending at `p`. The chain bends rather than breaks: a suffixed
 * number ("6a") continues it, a few skipped numbers ("… 9, 11") cost a little. A number
 * printed twice ("§9" … "§9") continues it only as a heading that stands apart (a blank
 * line before, no list around it), never as a list entry.
 */
function gainOf(p: Candidate, c: Candidate, step: ReturnType<typeof stepOf>): number {
  if (step === 'next') return c.weight
  if (c.style === 'weak') return -Infinity
  if (step === 'suffix') return c.weight
  if (step === 'gap') return c.weight > GAP_COST ? c.weight - GAP_COST : -Infinity
  const apart = c.style !== 'explicit' && p.style !== 'explicit' && c.weight > 1
  return step === 'repeat' && apart ? c.weight - 1 : -Infinity
}

/**
 * Chooses the item headings of a document without a TOC by their numbering: explicit
 * headings ("Punkt 3", "Ad 3.", "Lukket:") always count; of the numbered candidates,
 * those on the longest consistent chain of one style (1. 2. 3. / 1) 2) 3) / §1 §2 /
 * A: B: C:), so a list inside an item ("1. Lokaler" under "D:") never becomes an item.
 */
export function chooseByNumbering(tokens: readonly Located[], from: number, blankLines: boolean): Array<Located<ItemHeadingToken>> {
  const candidates = candidatesOf(tokens, from, blankLines)
  const weak = candidates.some((c) => c.style === 'weak')
  // Explicit headings count anyway: a style with no candidates of its own adds nothing.
  const chains = STYLES.filter((style) => weak || candidates.some((c) => c.style === style))
    .map((style) => bestChain(candidates, style))
    .filter((chain) => chain.score > 0)
  // A chain that fits between two members of another is a list inside one item (a proposal's
  // "§ 1 … § 8" under "2. Forslag til vedtægtsændring"), however long: never the agenda.
  const outer = chains.filter((chain) => !chains.some((other) => other !== chain && isNestedIn(chain.members, other.members)))
  let chosen: Candidate[] = []
  let top = 0
  for (const chain of outer) {
    if (chain.score > top) {
      top = chain.score
      chosen = chain.members
    }
  }
  const kept = new Set(chosen.filter((c) => c.style !== 'explicit').map((c) => c.at.index))
  return candidates.filter((c) => c.style === 'explicit' || kept.has(c.at.index)).map((c) => c.at)
}

/** Whether every numbered member of `inner` stands between the same two members of `outer`. */
function isNestedIn(inner: readonly Candidate[], outer: readonly Candidate[]): boolean {
  const lines = (chain: readonly Candidate[]): number[] => chain.filter((c) => c.style !== 'explicit').map((c) => c.at.index)
  const own = lines(inner)
  const around = lines(outer)
  if (own.length === 0 || around.length < 2) return false
  const first = own[0]!
  const last = own[own.length - 1]!
  return around.some((at, k) => k + 1 < around.length && at < first && last < around[k + 1]!)
}
