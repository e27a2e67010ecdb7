import { fromHtml } from 'hast-util-from-html'
import { blocksOf } from './blocks-of.js'
import { contentRootOf } from './content-root.js'
import { dropChrome } from './drop-chrome.js'
import { linesOf } from './lines-of.js'
import { numberItems } from './number-items.js'

export interface MarkupText {
  readonly text: string
  /** For each text line (index 0 = line 1), the 1-based line of the HTML source. */
  readonly lineMap: number[]
}

/**
 * An HTML page or fragment to the lines the splitter reads: the page's main
 * content, chrome dropped, headings and paragraphs as blocks between blank lines,
 * lists and table rows as numbered lines, items marked by layout only numbered.
 */
export function htmlToText(html: string): MarkupText {
  const { root, pageLevel } = contentRootOf(fromHtml(html))
  return linesOf(numberItems(dropChrome(blocksOf(root, { keepNewlines: false, pageLevel }))))
}
