import type { LineFeatures } from '../tree/line-features.js'

/** Columns a tab stands for in leading white space. */
const TAB = 4
const NONE: LineFeatures = Object.freeze({})

/**
 * What plain text shows about its lines (the line model's share for text): the
 * indentation, and the page where the text carries form feeds (pdftotext output).
 * Lines split as the normaliser splits them, so index N is line N + 1 everywhere.
 */
export function textFeatures(text: string): LineFeatures[] {
  const lines = text.split(/\r\n|\r|\n/u)
  const paged = text.includes('\f')
  let page = 1
  return lines.map((line, i) => {
    if (paged && i > 0 && line.includes('\f')) page++
    let indent = 0
    // Most lines start with a letter: the loop ends at once.
    for (const char of line) {
      if (char === ' ') indent++
      else if (char === '\t') indent += TAB
      else if (char !== '\f') break
    }
    if (!paged && indent === 0) return NONE
    return { ...(paged ? { page } : {}), ...(indent > 0 ? { indent } : {}) }
  })
}
