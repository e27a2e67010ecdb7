import type { VFile } from 'vfile'
import type { RootNode } from '../tree/types.js'

/**
 * Minutes without a readable meeting date cannot be filed or searched by date.
 * not ok: a header with "Dato: næste tirsdag".
 */
export function meetingDateMissing(tree: RootNode, file: VFile): void {
  if (tree.data?.meeting?.date) return
  const header = tree.children.find((child) => child.type === 'header')
  file.message('Meeting date missing or unreadable (expected e.g. "Dato: 18. november 2024")', {
    place: header?.children[0]?.position?.start ?? { line: 1, column: 1 }, ruleId: 'meeting-date-missing', source: 'referat'
  })
}
