/**
 * The agenda items of an export nobody wrote a reader for: the repeated records
 * (siblings of one name, or the entries of a JSON list) that each hold a title
 * and a number or a text, found by the lexicon's field names. Why nearest:
 * records nest records of their own (an item's attachments, its copy of the
 * agenda line) and parts hold items, and the items are the records that hold
 * their own number, title and text nearest.
 */
import { findField } from './field-lookup.js'
import type { RecordNode } from './record-node.js'

interface Group {
  readonly members: readonly RecordNode[]
  /** How many of number, title and text the records hold. */
  readonly fields: number
  /** How deep they lie, summed over the first record: an item holds its own fields near. */
  readonly depth: number
}

/** Levels below a record at which its title, number and text are looked for. */
export const RECORD_DEPTH = 2

interface Fit {
  readonly record: boolean
  readonly fields: number
  readonly depth: number
}

/** Levels down to a field's node (0 when absent). */
function depthOf(node: RecordNode, role: Parameters<typeof findField>[1]): number {
  for (let depth = 1; depth <= RECORD_DEPTH; depth++) if (findField(node, role, depth)) return depth
  return 0
}

function fitOf(node: RecordNode): Fit {
  if (node.children.length === 0) return { record: false, fields: 0, depth: 0 }
  const title = depthOf(node, 'title')
  const number = depthOf(node, 'number')
  const text = depthOf(node, 'text') || depthOf(node, 'decision')
  const found = [title, number, text].filter((depth) => depth > 0)
  return { record: title > 0 && (number > 0 || text > 0), fields: found.length, depth: found.reduce((a, b) => a + b, 0) }
}

/** Nodes by their path of names from the root: records of one kind share it, across parents. */
function byPath(node: RecordNode, path: string, found: Map<string, RecordNode[]>): void {
  for (const child of node.children) {
    const at = `${path}/${child.name}`
    found.set(at, [...(found.get(at) ?? []), child])
    byPath(child, at, found)
  }
}

/** Groups whose members are all records: two or more, or a list's entries. */
function groupsOf(root: RecordNode): Group[] {
  const paths = new Map<string, RecordNode[]>()
  byPath(root, '', paths)
  const groups: Group[] = []
  for (const members of paths.values()) {
    if (members.length < 2 && !members[0]!.listEntry) continue
    const tested = members.map(fitOf)
    if (tested.every((test) => test.record)) groups.push({ members, fields: Math.min(...tested.map((t) => t.fields)), depth: tested[0]!.depth })
  }
  return groups
}

/**
 * The item records of an export, in file order, or [] when it has none: the
 * group holding most of number, title and text, nearest (a part holding items
 * has them two levels down), then the largest.
 */
export function findRecords(root: RecordNode): RecordNode[] {
  const best = groupsOf(root).sort((a, b) => b.fields - a.fields || a.depth - b.depth || b.members.length - a.members.length)[0]
  return best ? [...best.members] : []
}
