import type { VFile } from 'vfile'
import { itemsOf } from '../tree/queries.js'
import type { RootNode } from '../tree/types.js'

/**
 * A document with no agenda items is either not minutes or in a layout the
 * splitter does not know; either way its output says nothing.
 * not ok: "Kære alle, her er nyhedsbrevet …"
 */
export function noItems(tree: RootNode, file: VFile): void {
  if (itemsOf(tree).length > 0) return
  file.message('No agenda items found (expected headings such as "Punkt 1: …" or "1. …")', {
    place: { line: 1, column: 1 }, ruleId: 'no-items', source: 'referat'
  })
}
