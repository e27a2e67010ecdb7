import { ITEM_BARE, VALUE_LINE, VALUE_UNIT, WEAK_BARE, WEAK_PUNKT } from '../lexicon/index.js'
import { cleanTitle } from './title.js'
import type { ItemHeadingToken, Located } from './tokens.js'

/*
 * The candidates the numbering chain chooses from: every line that may head an item,
 * with its numbering style and how heading-like it looks (a blank line before it, no
 * list around it). The chain (numbering-chain.ts) weighs them together.
 */

/** How a candidate heading is numbered: items of one document share one style. */
export type Style = 'explicit' | 'dot' | 'paren' | 'paragraph' | 'letter' | 'weak'

export interface Candidate {
  readonly at: Located<ItemHeadingToken>
  readonly style: Style
  readonly weight: number
}


const isBlank = (tokens: readonly Located[], i: number): boolean =>
  i < 0 || i >= tokens.length || tokens[i]!.token.kind === 'blank'

const isValueLine = (tokens: readonly Located[], i: number): boolean => i >= 0 && i < tokens.length && VALUE_LINE.test(tokens[i]!.line.trim())

/**
 * Whether the line next to `i` (step -1: above, +1: below) is a numbered or bulleted line.
 * A date or amount on a line of its own ("14. juni 2021" opens like "14. Title") is looked past.
 */
function isNumberedNeighbour(tokens: readonly Located[], i: number, step: -1 | 1): boolean {
  let j = i + step
  while (isValueLine(tokens, j)) j += step
  return j >= 0 && j < tokens.length && /^\s*(\d{1,3}[.)]|[-•*])\s/u.test(tokens[j]!.line)
}

function styleOf(at: Located<ItemHeadingToken>): Style {
  if (at.token.marker !== 'numbered') return 'explicit'
  const line = at.line.trimStart()
  if (/^\d{1,3}\)/u.test(line)) return 'paren'
  if (line.startsWith('§')) return 'paragraph'
  if (/^\p{Lu}[:.)]/u.test(line)) return 'letter'
  return 'dot'
}

/**
 * A heading prose could also produce ("Punkt 5 valg til bestyrelsen", "7 evt."),
 * taken as a candidate only after a blank line (where the document has them).
 */
function weakHeading(tokens: readonly Located[], at: Located, blankLines: boolean): Located<ItemHeadingToken> | undefined {
  if (at.token.kind !== 'text' || (blankLines && !isBlank(tokens, at.index - 1))) return undefined
  const text = at.line.trim()
  const match = WEAK_PUNKT.exec(text) ?? (text.length <= 25 ? WEAK_BARE.exec(text) : null)
  if (!match) return undefined
  const token: ItemHeadingToken = { kind: 'item-heading', marker: 'numbered', number: match[1]!, title: cleanTitle(match[2]!), closed: false }
  return { ...at, token }
}

/** A title this long is a sentence, not a heading under a bare number. */
const MAX_BARE_TITLE = 120

/**
 * "1 Godkendelse af dagsorden": a bare number and a capitalised title. Some systems print
 * items so ("3 Anlægssager" over "3.1"); prose rarely opens with a number and a capital,
 * and the chain keeps only those that continue the numbering.
 */
function bareHeading(tokens: readonly Located[], at: Located, blankLines: boolean): Located<ItemHeadingToken> | undefined {
  if (at.token.kind !== 'text' || (blankLines && !isBlank(tokens, at.index - 1))) return undefined
  const match = ITEM_BARE.exec(at.line.trim())
  const title = match ? cleanTitle(match[2]!) : ''
  if (!match || title.length > MAX_BARE_TITLE || /[,;]$/u.test(title) || VALUE_UNIT.test(title)) return undefined
  return { ...at, token: { kind: 'item-heading', marker: 'numbered', number: match[1]!, title, closed: false } }
}

/** Candidates in document order, with how heading-like each looks. */
export function candidatesOf(tokens: readonly Located[], from: number, blankLines: boolean): Candidate[] {
  const found: Candidate[] = []
  for (const at of tokens.slice(from)) {
    if (at.token.kind === 'item-heading') {
      const heading = at as Located<ItemHeadingToken>
      const style = styleOf(heading)
      if (style === 'explicit') {
        found.push({ at: heading, style, weight: 5 })
        continue
      }
      // Where paragraphs are separated by blank lines, a heading usually follows one; a
      // numbered line touching another numbered or bulleted line is usually a list entry.
      const blank = !blankLines || isBlank(tokens, at.index - 1)
      const inList = isNumberedNeighbour(tokens, at.index, -1) || isNumberedNeighbour(tokens, at.index, 1)
      found.push({ at: heading, style, weight: 1 + (blank ? 0.5 : 0) - (inList ? 0.75 : 0) })
    } else {
      const bare = bareHeading(tokens, at, blankLines)
      if (bare) {
        found.push({ at: bare, style: 'dot', weight: 0.75 + (blankLines ? 0.5 : 0) })
        continue
      }
      const weak = weakHeading(tokens, at, blankLines)
      if (weak) found.push({ at: weak, style: 'weak', weight: 0.5 })
    }
  }
  return found
}
