/**
 * An export of a system without a reader of its own (XML or JSON) as the document
 * tree: its item records found by structure (find-records.ts), their fields and
 * the meeting's mapped by the lexicon's names (lexicon/export-fields.ts). Why one
 * reader for all: exports differ in names and nesting, not in what they hold.
 */
import { DECISION_CAPTION } from '../../lexicon/index.js'
import { EXPORT_ABSENT_VALUE, EXPORT_CLOSED_FLAG } from '../../lexicon/export-fields.js'
import type { Participant } from '../../schema/document.js'
import type { RootNode } from '../../tree/types.js'
import { exportTree, type ExportAttachment, type ExportItem } from './export-tree.js'
import { attributeFor, fieldText, findField, foldName, hasRole } from './field-lookup.js'
import type { ExportField } from './field-sections.js'
import { findRecords, RECORD_DEPTH } from './find-records.js'
import { headerOf } from './generic-header.js'
import { groupRows } from './group-rows.js'
import { dateTimeOf, participantOf } from './meeting-fields.js'
import { plainTextFields } from './plain-text-fields.js'
import { deepText, type RecordNode } from './record-node.js'

const MARKUP = /<(?:p|div|br|span|h[1-6]|ul|ol|li|table|strong|b|em)[\s>/]/i
const span = (node: RecordNode) => ({ start: { line: node.line, column: 1 }, end: { line: node.endLine, column: 1 } })

/** Attachments: the entries of the nearest attachments list, each with a name. */
function attachmentsOf(record: RecordNode): ExportAttachment[] {
  const list = findField(record, 'attachments', RECORD_DEPTH + 1)
  if (!list) return []
  const entries = list.children.every((child) => child.children.length > 0) ? list.children : [list]
  return entries.flatMap((entry) => {
    const title = fieldText(entry, 'title', 1) ?? fieldText(entry, 'name', 1) ?? (entry.children.length === 0 ? entry.text.trim() || null : null)
    if (title === null) return []
    return [{ title, url: fieldText(entry, 'url', 1), sourceId: attributeFor(entry, 'id') ?? fieldText(entry, 'id', 1) }]
  })
}

/** The record's text as fields: HTML as one field, plain text cut at its captions. */
function fieldsOf(record: RecordNode, title: string): { fields: ExportField[]; caseNumber: string | null } {
  const text = findField(record, 'text', RECORD_DEPTH)
  const decision = findField(record, 'decision', RECORD_DEPTH)
  const fields: ExportField[] = []
  let caseNumber: string | null = null
  const body = text ? deepText(text) : ''
  if (text && MARKUP.test(body)) fields.push({ caption: null, html: body, position: span(text) })
  else if (text) {
    const plain = plainTextFields(body, text.line, title)
    fields.push(...plain.fields)
    caseNumber = plain.caseNumber
  }
  if (decision && deepText(decision).trim() !== '') fields.push({ caption: DECISION_CAPTION, html: deepText(decision), position: span(decision) })
  return { fields, caseNumber }
}

function isClosed(record: RecordNode): boolean {
  const flags = EXPORT_CLOSED_FLAG.map(foldName)
  return record.children.some((child) => flags.includes(foldName(child.name)) && /^(true|1|ja|yes)$/i.test(child.text.trim()))
}

function itemOf(record: RecordNode, index: number): ExportItem {
  const title = fieldText(record, 'title', RECORD_DEPTH) ?? ''
  const { fields, caseNumber } = fieldsOf(record, title)
  const idChild = record.children.find((child) => hasRole(child, 'id') && child.children.length === 0)
  return {
    number: fieldText(record, 'number', RECORD_DEPTH) ?? String(index + 1),
    title,
    closed: isClosed(record),
    caseNumber: fieldText(record, 'caseNumber', RECORD_DEPTH) ?? caseNumber,
    fields,
    attachments: attachmentsOf(record),
    sourceId: attributeFor(record, 'id') ?? idChild?.text.trim() ?? record.children.map((child) => attributeFor(child, 'id')).find(Boolean) ?? null,
    position: span(record)
  }
}

/** Numbers of agenda items in order ("2" before "10", "3" before "3.1"); other numbers keep file order. */
function sortedByNumber(items: ExportItem[]): ExportItem[] {
  const key = (n: string): number[] | null => (/^\d+(?:\.\d+)*\.?$/u.test(n.trim()) ? n.trim().replace(/\.$/u, '').split('.').map(Number) : null)
  if (!items.every((item) => key(item.number))) return items
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1)
    return 0
  }
  return [...items].sort((a, b) => compare(key(a.number)!, key(b.number)!))
}

function participantsOf(root: RecordNode, skip: (node: RecordNode) => boolean): Participant[] {
  const list = findField(root, 'participants', 3, skip)
  return (list?.children ?? []).flatMap((entry) => {
    const name = entry.children.length === 0 ? entry.text : fieldText(entry, 'name', 1) ?? ''
    const away = entry.children.some((child) => EXPORT_ABSENT_VALUE.test(child.text.trim()) && !hasRole(child, 'name'))
    const found = participantOf(name, away ? 'absent' : 'present')
    return found ? [{ ...found, party: fieldText(entry, 'party', 1) ?? found.party }] : []
  })
}

/** The tree of a generic export, or undefined when no records of agenda items are found. */
export function genericExportTree(root: RecordNode): RootNode | undefined {
  const records = findRecords(root)
  if (records.length === 0) return undefined
  const held = new Set(records)
  const skip = (node: RecordNode): boolean => held.has(node)
  const items = sortedByNumber(records.map(itemOf))
  const begins = dateTimeOf(fieldText(root, 'date', 3, skip))
  const start = dateTimeOf(fieldText(root, 'start', 3, skip)).start
  const ends = dateTimeOf(fieldText(root, 'end', 3, skip))
  const tree = exportTree({
    meeting: {
      body: fieldText(root, 'committee', 3, skip),
      date: begins.date,
      start: begins.start ?? start,
      end: ends.date === begins.date ? ends.start : null,
      location: fieldText(root, 'location', 3, skip),
      participants: participantsOf(root, skip)
    },
    items
  })
  const header = headerOf(root, skip, items[0]?.title ?? '')
  if (header) tree.children.unshift(header)
  return groupRows(tree)
}
