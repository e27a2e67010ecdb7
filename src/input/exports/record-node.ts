/**
 * XML elements and JSON values as one shape of named nodes, so the generic export
 * reader finds records and fields the same way in both. Why: an export is a tree
 * of named values either way, and what makes a node an agenda item (repeated
 * siblings holding a number, a title and text) does not depend on the syntax.
 * A JSON array becomes a node whose entries are children of the array's name.
 */
import { locateJson } from './locate-json.js'
import { lineStartsOf, pointAt } from './source-points.js'
import type { XmlElement } from './xml-document.js'

export interface RecordNode {
  readonly name: string
  /** XML attributes; nothing for JSON (its scalars are children). */
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly RecordNode[]
  /** The node's own text (XML text, a JSON scalar), '' when it has none. */
  readonly text: string
  /** 1-based lines the node starts and ends on in the file. */
  readonly line: number
  readonly endLine: number
  /** Whether the node is an entry of a JSON array (a list even when it holds one). */
  readonly listEntry: boolean
}

/** An XML element tree as record nodes. */
export function fromXmlElement(element: XmlElement): RecordNode {
  return {
    name: element.name,
    attributes: element.attributes,
    children: element.children.map(fromXmlElement),
    text: element.text,
    line: element.line,
    endLine: element.endLine,
    listEntry: false
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A parsed JSON value as record nodes; `text` is the JSON as read, for lines. */
export function fromJsonValue(value: unknown, text: string): RecordNode {
  const spans = locateJson(text)
  const starts = lineStartsOf(text)
  const lines = (pointer: string): { line: number; endLine: number } => {
    const span = spans.get(pointer) ?? { start: 0, end: 0 }
    return { line: pointAt(starts, span.start).line, endLine: pointAt(starts, Math.max(span.start, span.end - 1)).line }
  }
  const escape = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1')
  const node = (name: string, json: Json, pointer: string, listEntry: boolean): RecordNode => {
    const at = lines(pointer)
    if (Array.isArray(json)) {
      return { name, attributes: {}, text: '', ...at, listEntry, children: json.map((entry, i) => node(name, entry, `${pointer}/${i}`, true)) }
    }
    if (json !== null && typeof json === 'object') {
      const children = Object.entries(json).map(([key, member]) => node(key, member, `${pointer}/${escape(key)}`, false))
      return { name, attributes: {}, text: '', ...at, listEntry, children }
    }
    return { name, attributes: {}, text: json === null ? '' : String(json), ...at, listEntry, children: [] }
  }
  return node('#document', value as Json, '', false)
}

/** Every node under a node, depth first, the node itself first. */
export function* descendantsOf(node: RecordNode): Generator<RecordNode> {
  yield node
  for (const child of node.children) yield* descendantsOf(child)
}

/**
 * A node's text with its descendants' (XML that nests markup in a text field),
 * one line per element that holds text.
 */
export function deepText(node: RecordNode): string {
  if (node.children.length === 0) return node.text
  return [node.text, ...node.children.map(deepText)].map((part) => part.trim()).filter(Boolean).join('\n')
}
