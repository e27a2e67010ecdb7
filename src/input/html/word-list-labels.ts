import { DOMParser } from '@xmldom/xmldom'
import { MAX_LIST_LEVEL, MAX_LIST_NUMBER } from '../budget.js'
import { wordParagraphs } from './word-paragraphs.js'

/** A numbered paragraph of a Word file: its text (white space removed) and the label Word prints. */
export interface ListLabel {
  readonly key: string
  readonly label: string
}

/** xmldom's elements are typed with the DOM library's. */
type XmlElement = Element

interface Level { readonly start: number; readonly format: string; readonly text: string | null }

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const child = (element: XmlElement, name: string): XmlElement | undefined =>
  Array.from(element.childNodes as ArrayLike<Node>).find((node): node is XmlElement => node.nodeType === 1 && (node as XmlElement).localName === name)
const val = (element: XmlElement | undefined): string | null => element?.getAttributeNS(W, 'val') || element?.getAttribute('w:val') || null
const all = (root: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement> }, name: string): XmlElement[] => Array.from(root.getElementsByTagNameNS(W, name))

/**
 * XML text to a DOM with xmldom's warnings and errors kept off stderr (a damaged
 * part printed thousands of `[xmldom warning]` lines): the labels are a best effort,
 * and mammoth reports a part it cannot read.
 */
const parseXml = (xml: string): Document => new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, 'text/xml')

/** A list level (`w:ilvl`) as Word has them, 0–8; anything else is no level. */
function levelOf(value: string | null): number | undefined {
  const level = Number(value ?? 0)
  return Number.isInteger(level) && level >= 0 && level <= MAX_LIST_LEVEL ? level : undefined
}

/** The text key both sides compare on: the paragraph's letters without white space. */
export const textKey = (text: string): string => text.replace(/\s+/gu, '')

/** Roman numerals go to 3,999 (MMMCMXCIX); larger counters print as digits, as Word does. */
const MAX_ROMAN = 3_999

function roman(n: number): string {
  if (n > MAX_ROMAN) return String(n)
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [value, digits] of table) while (n >= value) { out += digits; n -= value }
  return out
}

/** A counter in a level's number format; null for bullets and formats without a number. */
function formatted(n: number, format: string): string | null {
  // A counter Word files never reach (a damaged or hostile `w:start`) gets no label.
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_LIST_NUMBER) return null
  switch (format) {
    case 'decimal': return String(n)
    case 'decimalZero': return String(n).padStart(2, '0')
    case 'lowerLetter': return String.fromCharCode(96 + ((n - 1) % 26) + 1)
    case 'upperLetter': return String.fromCharCode(64 + ((n - 1) % 26) + 1)
    case 'lowerRoman': return roman(n)
    case 'upperRoman': return roman(n).toUpperCase()
    default: return null
  }
}

/** numbering.xml: list levels per abstract definition, and each list's definition and restarts. */
function readNumbering(xml: string): { levels: Map<string, Level[]>; lists: Map<string, { abstract: string; restarts: Map<number, number> }> } {
  const doc = parseXml(xml)
  const levels = new Map<string, Level[]>()
  for (const abstract of all(doc, 'abstractNum')) {
    const list: Level[] = []
    for (const lvl of all(abstract, 'lvl')) {
      const level = levelOf(lvl.getAttributeNS(W, 'ilvl') || lvl.getAttribute('w:ilvl'))
      if (level === undefined) continue
      list[level] = {
        start: Number(val(child(lvl, 'start')) ?? 1), format: val(child(lvl, 'numFmt')) ?? 'decimal', text: val(child(lvl, 'lvlText'))
      }
    }
    levels.set(abstract.getAttributeNS(W, 'abstractNumId') || abstract.getAttribute('w:abstractNumId') || '', list)
  }
  const lists = new Map<string, { abstract: string; restarts: Map<number, number> }>()
  for (const num of all(doc, 'num')) {
    const restarts = new Map<number, number>()
    for (const override of all(num, 'lvlOverride')) {
      const start = val(child(override, 'startOverride'))
      const level = levelOf(override.getAttributeNS(W, 'ilvl') || override.getAttribute('w:ilvl'))
      if (start !== null && level !== undefined) restarts.set(level, Number(start))
    }
    lists.set(num.getAttributeNS(W, 'numId') || num.getAttribute('w:numId') || '', { abstract: val(child(num, 'abstractNumId')) ?? '', restarts })
  }
  return { levels, lists }
}

/**
 * The labels Word prints before its numbered paragraphs ("3.", "2.1.", "b)"), in
 * document order, computed from numbering.xml as Word does: a counter per list
 * definition, deeper levels reset when a higher one counts, a list with a start
 * override restarting on its own. Why: the text of those paragraphs has no digits.
 */
export function wordListLabels(numberingXml: string | undefined, documentXml: string | undefined): ListLabel[] {
  if (!numberingXml || !documentXml) return []
  const { levels, lists } = readNumbering(numberingXml)
  const counters = new Map<string, number[]>()
  const labels: ListLabel[] = []
  for (const { numbered, text } of wordParagraphs(documentXml)) {
    const numId = numbered?.numId
    const list = numId ? lists.get(numId) : undefined
    const definition = list ? levels.get(list.abstract) : undefined
    if (!list || !definition) continue
    const ilvl = levelOf(numbered!.ilvl)
    if (ilvl === undefined) continue
    const key = list.restarts.size > 0 ? `num:${numId}` : `abstract:${list.abstract}`
    const counts = counters.get(key) ?? []
    const startOf = (level: number): number => list.restarts.get(level) ?? definition[level]?.start ?? 1
    for (let level = 0; level < ilvl; level++) counts[level] ??= startOf(level)
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1
    counts.length = ilvl + 1
    counters.set(key, counts)
    const level = definition[ilvl]
    if (!level || formatted(counts[ilvl]!, level.format) === null) continue
    const label = (level.text ?? `%${ilvl + 1}.`).replace(/%(\d)/gu, (_, d: string) => formatted(counts[Number(d) - 1] ?? 1, definition[Number(d) - 1]?.format ?? 'decimal') ?? '')
    labels.push({ key: textKey(text), label: label.trim() })
  }
  return labels
}
