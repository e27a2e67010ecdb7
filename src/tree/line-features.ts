/**
 * The line model: what a reader knows about one line of its text beyond the
 * characters. Readers fill what their format shows (PDF: page, bold, size; Word and
 * HTML: heading rank, list, table cell, bold; Markdown: heading rank, list; plain
 * text: indentation only); the splitter reads features and never asks which format
 * it is reading. A feature never changes a line's text.
 */
export interface LineFeatures {
  /** 1-based page (PDF, or text with form feeds). */
  readonly page?: number
  /** The whole line is set in a bold face (or `<b>`/`<strong>`, `font-weight:bold`, Word `w:b`). */
  readonly bold?: boolean
  /** Font size relative to the document's body text: 1 is body size, 1.4 is 40 % larger. */
  readonly size?: number
  /** Heading rank 1–6: HTML `h1`–`h6`, Word `Heading N` styles, Markdown `#`. */
  readonly headingRank?: number
  /** List membership: nesting depth (0 = top level) and the label Word or HTML numbering gives it ("3.", "a)"). */
  readonly list?: { readonly depth: number; readonly label: string | null }
  /** Table cell: 0-based row within its table and column within its row. */
  readonly cell?: { readonly row: number; readonly column: number }
  /** Indentation: leading spaces for text, left offset in body-text character widths for PDF. */
  readonly indent?: number
}

/** One line as a reader hands it to the splitter. */
export interface FeaturedLine {
  readonly text: string
  readonly features: LineFeatures
}
