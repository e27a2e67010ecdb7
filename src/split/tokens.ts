/**
 * Line tokens (what one line looks like on its own) and the unist tree the
 * builder makes of them. Why two layers: recognisers judge one line, the builder
 * judges structure (TOC, numbering) and never looks at characters.
 */
import type { SectionKind } from '../schema/document.js'
import type { LineFeatures } from '../tree/line-features.js'

export interface ItemHeadingToken {
  readonly kind: 'item-heading'
  /** 'punkt' and 'closed' headings are explicit; plain numbers must earn their place. */
  readonly marker: 'punkt' | 'numbered' | 'closed'
  readonly number: string | null
  readonly title: string
  readonly closed: boolean
}

export interface TocEntryToken {
  readonly kind: 'toc-entry'
  readonly number: string | null
  readonly title: string
  readonly page: number | null
  readonly closed: boolean
}

export interface SectionHeadingToken {
  readonly kind: 'section-heading'
  readonly section: SectionKind
  readonly heading: string
  /** Text on the same line after "Heading:"; its column is `restColumn`. */
  readonly rest: string
  readonly restColumn: number
}

export type LineToken =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'toc-heading'; readonly text: string }
  | TocEntryToken
  | ItemHeadingToken
  | SectionHeadingToken
  | { readonly kind: 'case-number'; readonly value: string; readonly text: string }
  | { readonly kind: 'absence'; readonly names: readonly string[]; readonly text: string }

/** A token with where it stands: 0-based index and the line's own text. */
export interface Located<T extends LineToken = LineToken> {
  readonly index: number
  readonly line: string
  readonly token: T
  /** What the reader saw of the line beyond its text (bold, heading rank, …); absent for bare text. */
  readonly features?: LineFeatures
}
