/**
 * How a portal's item container opens: its number and its title, each in an
 * element of its own or together ("1. Godkendelse"), and its case number in one
 * more. Why from elements: a portal sets number, title and case number apart,
 * so nothing needs guessing from running text.
 */
import type { Element } from 'hast'
import { CASE_NUMBER, ITEM_WORD } from '../../lexicon/index.js'
import { fold, textOf, textRuns } from './page-text.js'

export interface ItemOpening {
  readonly number: string
  readonly title: string
  readonly caseNumber: string | null
  /** The elements that gave them: they are not the item's text. */
  readonly taken: ReadonlySet<Element>
}

const NUMBER_ONLY = /^(\d{1,3}(?:\.\d{1,2})*)[.):]?$/u
const NUMBER_AND_TITLE = /^(\d{1,3}(?:\.\d{1,2})*)[.):]?\s+(\S.{1,300})$/u
const HEADING = /^h[1-6]$/u
/** Runs looked at for the opening: a portal's number and title come first. */
const OPENING_RUNS = 8
/** Longest title taken (a longer run is text, not a title). */
const MAX_TITLE = 300

const withoutWord = (text: string): string => text.replace(ITEM_WORD, '')

function caseNumberOf(container: Element, taken: Set<Element>): string | null {
  for (const run of textRuns(container, 40)) {
    // The case number stands in the opening: the body's first heading ends it.
    if (run.path.some((e) => HEADING.test(e.tagName) && !taken.has(e))) break
    const match = CASE_NUMBER.exec(run.text)
    if (match && !taken.has(run.element)) {
      taken.add(run.element)
      return match[1]!
    }
  }
  return null
}

/** The number, title and case number a container opens with, or undefined when it opens otherwise. */
export function openingOf(container: Element): ItemOpening | undefined {
  const runs = textRuns(container, OPENING_RUNS)
  const first = runs[0]
  if (!first) return undefined
  const taken = new Set<Element>()
  const own = [...first.path].reverse().find((e) => HEADING.test(e.tagName))
  let number: string | undefined
  let title = ''
  const numberOnly = NUMBER_ONLY.exec(withoutWord(first.text))
  if (numberOnly) {
    number = numberOnly[1]!
    taken.add(first.element)
    // The title: the heading the number sits in (less the number), else the heading the next run sits in, else that run.
    const titled = own ?? (runs[1] ? [...runs[1].path].reverse().find((e) => HEADING.test(e.tagName)) : undefined)
    if (titled) {
      title = withoutWord(textOf(titled)).replace(NUMBER_AND_TITLE, '$2')
      if (NUMBER_ONLY.test(title)) title = ''
      taken.add(titled)
    } else if (runs[1] && !CASE_NUMBER.test(runs[1].text)) {
      title = runs[1].text
      taken.add(runs[1].element)
    }
  } else {
    const block = own ?? first.element
    const both = NUMBER_AND_TITLE.exec(withoutWord(textOf(block)))
    if (!both) return undefined
    number = both[1]!
    title = both[2]!
    taken.add(block)
  }
  // A run-in title ("Økonomi. Kassereren …" set in bold) ends at its full stop; short abbreviations keep theirs.
  title = fold(title).replace(/(?<=\p{L}{4})\.$/u, '')
  if (title === '' || title.length > MAX_TITLE || CASE_NUMBER.test(title)) return undefined
  return { number, title, caseNumber: caseNumberOf(container, taken), taken }
}
