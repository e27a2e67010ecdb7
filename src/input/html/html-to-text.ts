import type { Root } from 'hast'
import type { LineFeatures } from '../../tree/line-features.js'
import { blocksOf } from './blocks-of.js'
import { contentRootOf } from './content-root.js'
import { dropChrome } from './drop-chrome.js'
import { linesOf } from './lines-of.js'
import { numberItems } from './number-items.js'
import { parseHtml } from './parse-html.js'

export interface MarkupText {
  readonly text: string
  /** For each text line (index 0 = line 1), the 1-based line of the HTML source. */
  readonly lineMap: number[]
  /** For each text line (index 0 = line 1), what the markup showed about it. */
  readonly features: LineFeatures[]
}

export interface HtmlToTextOptions {
  /**
   * Number items that the page marks by layout only (default true). Off for HTML
   * that is one part of an item already (a field of a structured export), where
   * bold paragraphs are section headings, not items.
   */
  readonly numberItems?: boolean
}

/**
 * An HTML page or fragment to the lines the splitter reads: the page's main
 * content, chrome dropped, headings and paragraphs as blocks between blank lines,
 * lists and table rows as numbered lines, items marked by layout only numbered.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): MarkupText {
  return pageToText(parseHtml(html), options)
}

/** htmlToText of a page already parsed (the HTML reader parses a page once for the portal reader and this). */
export function pageToText(page: Root, options: HtmlToTextOptions = {}): MarkupText {
  const { root, pageLevel } = contentRootOf(page)
  const blocks = dropChrome(blocksOf(root, { keepNewlines: false, pageLevel }))
  return linesOf(options.numberItems === false ? blocks : numberItems(blocks))
}
