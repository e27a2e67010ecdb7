/**
 * An export's fields found by the names the lexicon gives for what they hold.
 * Why breadth first: a record nests its title a level down in some systems (eDoc's
 * `Document/Title`) and repeats names deeper for other things (an attachment's
 * `Title`); the nearest match is the record's own.
 */
import { EXPORT_FIELD_NAMES, type ExportFieldRole } from '../../lexicon/export-fields.js'
import { deepText, type RecordNode } from './record-node.js'

/** A name compared on letters and digits only, lower case. */
export const foldName = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

const FOLDED = new Map<ExportFieldRole, readonly string[]>(
  Object.entries(EXPORT_FIELD_NAMES).map(([role, names]) => [role as ExportFieldRole, names.map(foldName)])
)

/** Whether a node's name is one the lexicon gives for a role. */
export function hasRole(node: RecordNode, role: ExportFieldRole): boolean {
  return FOLDED.get(role)!.includes(foldName(node.name))
}

/**
 * The nearest node under `from` (not itself) named for a role, at most `depth`
 * levels down; within one level the lexicon's earlier name wins. `skip` keeps the
 * search out of subtrees (other records).
 */
export function findField(from: RecordNode, role: ExportFieldRole, depth = 2, skip?: (node: RecordNode) => boolean): RecordNode | undefined {
  const names = FOLDED.get(role)!
  let level: readonly RecordNode[] = from.children
  for (let d = 1; d <= depth && level.length > 0; d++) {
    let best: RecordNode | undefined
    let rank = Infinity
    for (const node of level) {
      const at = names.indexOf(foldName(node.name))
      if (at >= 0 && at < rank && (node.text.trim() !== '' || node.children.length > 0)) {
        best = node
        rank = at
      }
    }
    if (best) return best
    level = level.flatMap((node) => (skip?.(node) ? [] : node.children))
  }
  return undefined
}

/** The text of the nearest field for a role, trimmed; null when absent or empty. */
export function fieldText(from: RecordNode, role: ExportFieldRole, depth = 2, skip?: (node: RecordNode) => boolean): string | null {
  const node = findField(from, role, depth, skip)
  const text = node ? deepText(node).trim() : ''
  return text === '' ? null : text
}

/** An attribute of a node named for a role (`attachmentid="…"`), if any. */
export function attributeFor(node: RecordNode, role: ExportFieldRole): string | null {
  const names = FOLDED.get(role)!
  for (const [key, value] of Object.entries(node.attributes)) {
    if (names.includes(foldName(key)) && value.trim() !== '') return value.trim()
  }
  return null
}
