import type { VFile } from 'vfile'
import { normalise } from '../normalise/index.js'
import { buildTree } from './build-tree.js'
import { classifyLines } from './classify-line.js'
import { findToc } from './find-toc.js'
import { layoutOf } from './layout.js'
import { selectHeadings } from './select-headings.js'
import { lineIndexOf, positionOf, type RootNode } from './types.js'

/**
 * Text to tree: normalise, classify lines, find the TOC, choose the headings,
 * build. Splitter doubts (a TOC title that drifted, an entry with no item) become
 * messages on the file rather than silent choices.
 */
export function fromText(text: string, file: VFile): RootNode {
  const normalised = normalise(text)
  const index = lineIndexOf(normalised)
  const tokens = classifyLines(index.lines)
  const toc = findToc(tokens)
  const layout = layoutOf(tokens)
  const { headings, notes } = selectHeadings(tokens, toc, layout)
  const tree = buildTree(tokens, index, toc, headings, layout)
  for (const note of notes) {
    file.message(note.message, { place: positionOf(index, note.index, note.index, note.column), ruleId: note.rule, source: 'referat' })
  }
  file.data.normalised = normalised
  return tree
}
