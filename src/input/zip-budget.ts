/**
 * A Word file's ZIP checked against the budget before any library inflates it: the
 * sizes its directory declares, then each XML part inflated with a hard cap on its
 * output, so a zip bomb (a few MB declaring or inflating to gigabytes) stops at the
 * cap instead of filling memory. Why our own reading of the directory: jszip
 * inflates a part whole, whatever its size, when mammoth asks for it.
 */
import { inflateRawSync } from 'node:zlib'
import { SaxesParser } from 'saxes'
import { MAX_INFLATED_BYTES, MAX_WORD_PARAGRAPHS, MAX_WORD_XML_ELEMENTS, withinBudget, BudgetError } from './budget.js'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
/** The parts mammoth parses (XML and relationships); images are never inflated. */
const PARSED = /\.(?:xml|rels)$/i
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s>/]/gu
const ELEMENT = /<[A-Za-z_]/gu

/** A damaged ZIP: the reader says so in its own words. */
class DamagedZip extends Error {}

/**
 * Throws unless a part is well-formed XML. Why: mammoth's XML parser (xmldom) takes
 * time growing with the square of the elements it has to set aside in a damaged part
 * (30,000 of them took minutes); saxes tells in one linear pass, and Word itself
 * refuses a file whose XML is not well-formed.
 */
function checkWellFormed(name: string, xml: string): void {
  const parser = new SaxesParser()
  parser.on('error', (error) => {
    throw new DamagedZip(`${name} is not well-formed XML`, { cause: error })
  })
  parser.write(xml).close()
}

function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  throw new DamagedZip('no ZIP directory')
}

/** Counts matches of a global pattern, stopping past `limit`. */
function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let n = 0
  pattern.lastIndex = 0
  while (n <= limit && pattern.exec(text) !== null) n++
  return n
}

/**
 * Checks the XML parts of a Word file: their declared and their actual inflated
 * size against MAX_INFLATED_BYTES (actual sizes checked while inflating), that each
 * is well-formed, and the paragraphs and elements of word/document.xml. Throws a BudgetError past a budget,
 * another error for a ZIP it cannot read. Returns the XML parts as text by name, so a
 * reader that reads them (the list labels) need not inflate them again.
 */
export function checkZipBudget(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfDirectory(view)
  const count = view.getUint16(end + 10, true)
  const entries: Array<{ name: string; method: number; compressed: number; offset: number }> = []
  let declared = 0
  for (let at = view.getUint32(end + 16, true), i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new DamagedZip('bad ZIP directory')
    const nameLength = view.getUint16(at + 28, true)
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8')
    if (PARSED.test(name)) {
      declared += view.getUint32(at + 24, true)
      entries.push({ name, method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), offset: view.getUint32(at + 42, true) })
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  withinBudget('inflated-bytes', declared, MAX_INFLATED_BYTES)
  let inflated = 0
  const parts = new Map<string, string>()
  for (const entry of entries) {
    const local = entry.offset
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new DamagedZip('bad ZIP entry')
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + entry.compressed)
    let part: Buffer
    if (entry.method === 0) part = Buffer.from(data)
    else if (entry.method === 8) {
      try {
        part = inflateRawSync(data, { maxOutputLength: MAX_INFLATED_BYTES - inflated + 1 })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new BudgetError('inflated-bytes', MAX_INFLATED_BYTES)
        throw new DamagedZip(`cannot inflate ${entry.name}`, { cause: error })
      }
    } else continue
    withinBudget('inflated-bytes', (inflated += part.length), MAX_INFLATED_BYTES)
    const xml = part.toString('utf8')
    checkWellFormed(entry.name, xml)
    parts.set(entry.name, xml)
    if (entry.name === 'word/document.xml') {
      withinBudget('word-paragraphs', countUpTo(xml, PARAGRAPH, MAX_WORD_PARAGRAPHS), MAX_WORD_PARAGRAPHS)
      withinBudget('xml-elements', countUpTo(xml, ELEMENT, MAX_WORD_XML_ELEMENTS), MAX_WORD_XML_ELEMENTS)
    }
  }
  return parts
}
