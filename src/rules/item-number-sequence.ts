import type { VFile } from 'vfile'
import { itemsOf } from '../tree/queries.js'
import { isNextNumber } from '../tree/numbering.js'
import type { RootNode } from '../tree/types.js'

/**
 * Item numbers must run 1, 2, 3 (or 1.1, 1.2, 2.1): a duplicate or a gap usually
 * means an item was lost or pasted twice when the minutes were assembled.
 * ok: Punkt 1, Punkt 2   not ok: Punkt 1, Punkt 3
 */
export function itemNumberSequence(tree: RootNode, file: VFile): void {
  const seen = new Set<string>()
  let last: string | null = null
  for (const item of itemsOf(tree)) {
    const place = item.position
    if (seen.has(item.number)) {
      file.message(`Item number ${item.number} is used twice`, { ancestors: [tree, item], place, ruleId: 'item-number-sequence', source: 'referat' })
    } else if (last !== null && !isNextNumber(last, item.number)) {
      file.message(`Item number ${item.number} follows ${last}; expected the next number`, { ancestors: [tree, item], place, ruleId: 'item-number-sequence', source: 'referat' })
    }
    seen.add(item.number)
    last = item.number
  }
}
