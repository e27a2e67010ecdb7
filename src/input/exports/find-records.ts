/**
 * The agenda items of an export nobody wrote a reader for: the repeated records
 * (siblings of one name, or the entries of a JSON list) that each hold a title
 * and a number or a text, found by the lexicon's field names. Why outermost:
 * records nest records of their own (an item's attachments, its copy of the
 * agenda line), and the items are the ones the others sit in.
 */
import { fieldText } from './field-lookup.js'
import { descendantsOf, type RecordNode } from './record-node.js'

interface Group {
  readonly members: readonly RecordNode[]
  readonly withText: number
}

/** Levels below a record at which its title, number and text are looked for. */
export const RECORD_DEPTH = 2

function isRecord(node: RecordNode): { record: boolean; text: boolean } {
  if (node.children.length === 0) return { record: false, text: false }
  const title = fieldText(node, 'title', RECORD_DEPTH)
  const number = fieldText(node, 'number', RECORD_DEPTH)
  const text = fieldText(node, 'text', RECORD_DEPTH) ?? fieldText(node, 'decision', RECORD_DEPTH)
  return { record: title !== null && (number !== null || text !== null), text: text !== null }
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
    const tested = members.map(isRecord)
    if (tested.every((test) => test.record)) groups.push({ members, withText: tested.filter((test) => test.text).length })
  }
  return groups
}

/** Whether every member of a group lies inside some member of another. */
function within(group: Group, other: Group): boolean {
  const held = new Set<RecordNode>()
  for (const record of other.members) for (const node of descendantsOf(record)) if (node !== record) held.add(node)
  return group.members.every((member) => held.has(member))
}

/**
 * The item records of an export, in file order, or [] when it has none: of the
 * groups no other group holds, the largest (ties: the one whose records carry text).
 */
export function findRecords(root: RecordNode): RecordNode[] {
  const groups = groupsOf(root)
  const outer = groups.filter((group) => !groups.some((other) => other !== group && within(group, other)))
  const best = outer.sort((a, b) => b.members.length - a.members.length || b.withText - a.withText)[0]
  return best ? [...best.members] : []
}
