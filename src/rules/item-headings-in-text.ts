import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'
import { matchItemHeading } from '../split/recognise/item-heading.js'
import type { ItemHeadingToken, LineToken } from '../split/tokens.js'

/** Fewer continuing headings than this may be a list that happens to go on from the item's number. */
const MIN_LOST = 2

/** Kinds the classifier tries before item headings: such a line may read as one all the same. */
const TRIED_FIRST: ReadonlySet<LineToken['kind']> = new Set(['toc-heading', 'toc-entry', 'section-heading'])

/** The line as an item heading, from the splitter's classification where it tried one. */
function itemHeadingOf(text: string, token: LineToken | undefined): ItemHeadingToken | undefined {
  if (token === undefined || TRIED_FIRST.has(token.kind)) return matchItemHeading(text)
  return token.kind === 'item-heading' ? token : undefined
}

/**
 * Lines inside an item that read as the headings of the items after it: the numbering
 * broke (a layout the splitter did not trust) and the rest of the agenda was swallowed
 * as text. Said with how many, as the "6 of 54 items" case needs.
 * ok: "Punkt 6: Budget" with a list "1. …", "2. …" in its text
 * not ok: "Punkt 6: Budget" whose text holds "7. Skole", "8. Veje", …, "54. Eventuelt"
 */
export function itemHeadingsInText({ tree, file }: RuleContext, report: Report): void {
  const lines = file.data.normalisedLines
  const tokens = file.data.lineTokens
  if (!lines || file.data.readTree) return
  const items = itemsOf(tree)
  for (const item of items) {
    if (!/^\d+$/u.test(item.number)) continue
    const start = item.position?.start.line
    const end = item.position?.end.line
    if (start === undefined || end === undefined) continue
    let next = Number(item.number) + 1
    const found: number[] = []
    for (let line = start + 1; line <= end; line++) {
      const text = lines[line - 1] ?? ''
      const heading = text.length < 200 ? itemHeadingOf(text, tokens?.[line - 1]) : undefined
      if (!heading?.number || !/^\d+$/u.test(heading.number)) continue
      // The first numbered line must go on from the item; a list starting at 1 is a list.
      if (Number(heading.number) !== next) {
        if (found.length === 0) break
        continue
      }
      found.push(line)
      next++
    }
    if (found.length < MIN_LOST) continue
    report(`Punkt ${item.number}'s text holds ${found.length} lines numbered like the items after it (${Number(item.number) + 1} to ${next - 1}, from line ${found[0]}): ${found.length} items may be lost`, {
      ancestors: [tree, item], place: { line: found[0]!, column: 1 }
    })
  }
}
