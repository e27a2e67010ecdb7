import mammoth from 'mammoth'
import { blocksOf } from './blocks-of.js'
import { dropChrome } from './drop-chrome.js'
import type { MarkupText } from './html-to-text.js'
import { linesOf } from './lines-of.js'
import { numberItems } from './number-items.js'
import { numberParagraphs } from './number-paragraphs.js'
import { parseHtml } from './parse-html.js'
import { wordListLabels } from './word-list-labels.js'
import { writeWordNumbering, type WordElement } from './write-word-numbering.js'

/**
 * A Word file to the lines the splitter reads: mammoth makes HTML of the body
 * (headers, footers and field codes stay out), with the labels Word prints before
 * its numbered paragraphs written in (word-list-labels.ts),
 * images skipped; then the HTML walk. Lines are paragraph numbers.
 */
export async function docxToText(bytes: Uint8Array): Promise<MarkupText> {
  const labels = await wordListLabels(bytes)
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (document: WordElement) => writeWordNumbering(document, labels)
    }
  )
  const tree = parseHtml(value, { fragment: true })
  numberParagraphs(tree)
  return linesOf(numberItems(dropChrome(blocksOf(tree, { keepNewlines: false, keepTabs: true, pageLevel: false }))))
}
