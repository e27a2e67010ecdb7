import type { VFile } from 'vfile'
import { normaliseLines } from '../normalise/index.js'
import { matchItemHeading } from './recognise/item-heading.js'
import { matchSectionHeading } from './recognise/section-heading.js'
import { buildTree } from './build-tree.js'
import { classifyLines } from './classify-line.js'
import { findToc } from './find-toc.js'
import { layoutOf } from './layout.js'
import { selectHeadings, type SplitNote } from './select-headings.js'
import { withTypography } from './typography.js'
import type { Position } from 'unist'
import { lineIndexOf, positionOf } from '../tree/position.js'
import { type RootNode } from '../tree/types.js'
import type { LineToken } from './tokens.js'

/** Headings repeat at page edges too ("Beslutning" opening two pages): never furniture. */
const isStructureLine = (line: string): boolean => matchSectionHeading(line) !== undefined || matchItemHeading(line) !== undefined

/** The normaliser as the splitter needs it: headings are never taken for running headers. */
const normaliseMinuteLines = (text: string, typeset = true): string[] => normaliseLines(text, { isStructure: isStructureLine, typeset })

/** The normaliser as the splitter needs it, joined (the public `normalise`). */
export const normaliseMinutes = (text: string, typeset = true): string => normaliseMinuteLines(text, typeset).join('\n')

/** Formats whose text was never laid out in lines by a typesetter: no line-end hyphens to repair. */
const UNTYPESET: ReadonlySet<string> = new Set(['html', 'docx', 'markdown'])

/** Whether a format's text may carry a typesetter's hyphens. */
export const isTypeset = (format: string): boolean => !UNTYPESET.has(format)

declare module 'vfile' {
  interface DataMap {
    /** What the splitter noticed (TOC drift), with where; rules report them. */
    splitNotes: Array<SplitNote & { place: Position }>
    /** The normalised lines the splitter read (line N is `[N - 1]`), for the review page. */
    normalisedLines: readonly string[]
    /** What each of those lines was classified as, once (line N is `[N - 1]`), for the rules. */
    lineTokens: readonly LineToken[]
  }
}

/**
 * Text to tree: normalise, classify lines (with the reader's features), find the
 * TOC, choose the headings (numbering and TOC, then typography where they found
 * none), build. Splitter doubts (a TOC title that drifted, an entry with no item) are
 * recorded on the file for the rules rather than made silent choices.
 */
export function fromText(text: string, file: VFile): RootNode {
  const index = lineIndexOf(normaliseMinuteLines(text, isTypeset(file.data.source?.format ?? 'text')))
  const tokens = classifyLines(index.lines, file.data.lineFeatures)
  const toc = findToc(tokens)
  const layout = layoutOf(tokens)
  const selected = selectHeadings(tokens, toc, layout)
  const headings = withTypography(tokens, toc, selected.headings)
  // A TOC entry that typography found in the body has its item after all.
  const notes = selected.notes.filter((note) => note.kind !== 'toc-entry-without-item' || !headings.some((h) => h.toc?.index === note.index))
  const tree = buildTree(tokens, index, toc, headings, layout)
  file.data.normalisedLines = index.lines
  file.data.lineTokens = tokens.map((located) => located.token)
  file.data.splitNotes = notes.map((note) => ({ ...note, place: positionOf(index, note.index) }))
  return tree
}
