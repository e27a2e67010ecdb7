import type { VFile } from 'vfile'
import { itemsOf } from '../tree/queries.js'
import type { RootNode } from '../tree/types.js'

/**
 * Where a document gives case numbers, an open item without one cannot be
 * traced to its case file. Documents that never print them are left alone.
 */
export function caseNumberMissing(tree: RootNode, file: VFile): void {
  const items = itemsOf(tree)
  if (!items.some((item) => item.caseNumber)) return
  for (const item of items) {
    if (item.closed || item.caseNumber) continue
    file.message(`Punkt ${item.number} has no case number`, {
      ancestors: [tree, item], place: item.position?.start, ruleId: 'case-number-missing', source: 'referat'
    })
  }
}
