import { stripAttachmentMarker } from './attachment-markers.js'
import { stripHtmlCrumbs } from './html-crumbs.js'
import { joinBrokenLines, repairInlineHyphens } from './hyphenation.js'
import { isPageFurniture } from './page-furniture.js'
import { blankLetterheads } from './letterhead.js'
import { blankMarginTimes } from './margin-times.js'
import { blankRunningLines } from './running-lines.js'
import { blankSigningCertificate } from './signing-certificate.js'
import { stripSigningStamp } from './signing-stamp.js'
import { normaliseUnicode, pageStartsOf } from './unicode.js'

export { pageStartsOf } from './unicode.js'

/**
 * The text normaliser: decoded text in, clean text out, with exactly as many lines.
 * Why line-preserving: diagnostics point at normalised line N, which must be the
 * line N the user sees in the file.
 */
export interface NormaliseOptions {
  /** Lines never blanked as running headers even when they repeat at page edges. */
  readonly isStructure?: (line: string) => boolean
  /**
   * Whether hyphens may have been set by a typesetter (text laid out in lines: PDF and
   * plain text). Off for Word, HTML and Markdown, where every hyphen inside a word is
   * the author's ("skyldner-post"), so "prin-cipper" repair would only do harm.
   */
  readonly typeset?: boolean
}

export function normalise(text: string, options: NormaliseOptions = {}): string {
  return normaliseLines(text, options).join('\n')
}

/** The normaliser's lines, for the splitter, which would only split the joined text again. */
export function normaliseLines(text: string, options: NormaliseOptions = {}): string[] {
  // Page starts come from form feeds, which normaliseUnicode removes.
  const pages = pageStartsOf(text).map((line) => line - 1)
  const lines = normaliseUnicode(text)
    .split('\n')
    .map((line) => {
      const clean = stripSigningStamp(stripAttachmentMarker(stripHtmlCrumbs(line))).trimEnd()
      return isPageFurniture(clean) ? '' : clean
    })
  const furnished = blankMarginTimes(blankLetterheads(blankRunningLines(blankSigningCertificate(lines, pages), pages, options.isStructure)))
  const joined = joinBrokenLines(furnished)
  return options.typeset === false ? joined : repairInlineHyphens(joined)
}
