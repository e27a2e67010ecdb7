import mammoth from 'mammoth'
import { WORD_HEADING_STYLE, WORD_TITLE_STYLE } from '../../lexicon/index.js'
import { blocksOf } from './blocks-of.js'
import { dropChrome } from './drop-chrome.js'
import type { MarkupText } from './html-to-text.js'
import { linesOf } from './lines-of.js'
import { numberItems } from './number-items.js'
import { numberParagraphs } from './number-paragraphs.js'
import { withWordLists, type WordListing } from './word-list-features.js'
import { parseHtml } from './parse-html.js'
import { wordListLabels } from './word-list-labels.js'
import { writeWordNumbering, type WordElement } from './write-word-numbering.js'

/** Heading styles by name beyond mammoth's own (Heading 1–6): Title, and the Danish names. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  `p[style-name='${WORD_TITLE_STYLE}'] => h1:fresh`,
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='${WORD_HEADING_STYLE} ${n}'] => h${n}:fresh`)
]

/**
 * A Word file to the lines the splitter reads: mammoth makes HTML of the body
 * (headers, footers and field codes stay out), with the labels Word prints before
 * its numbered paragraphs written in (word-list-labels.ts),
 * images skipped; then the HTML walk. Lines are paragraph numbers. `parts` are the
 * file's XML parts as text by name (zip-budget.ts inflated them).
 */
export async function docxToText(bytes: Uint8Array, parts: ReadonlyMap<string, string>): Promise<MarkupText> {
  const labels = wordListLabels(parts.get('word/numbering.xml'), parts.get('word/document.xml'))
  const listings: WordListing[] = []
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      styleMap: STYLE_MAP,
      transformDocument: (document: WordElement) => writeWordNumbering(document, labels, listings)
    }
  )
  // Lines are paragraph numbers (numberParagraphs), so the parse keeps no positions of its own.
  const tree = parseHtml(value, { fragment: true, positions: false })
  numberParagraphs(tree)
  const read = linesOf(numberItems(dropChrome(blocksOf(tree, { keepNewlines: false, keepTabs: true, pageLevel: false }))))
  return { ...read, features: withWordLists(read.text.split('\n'), read.features, listings) }
}
