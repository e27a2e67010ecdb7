import type { LineFeatures } from '../../tree/line-features.js'
import type { Block, SourceLine } from './block.js'

/** What the walk learnt about a line, as the line model carries it. */
function featuresOf(line: SourceLine): LineFeatures {
  const bold = line.bold === true || line.features?.bold === true
  return bold ? { ...line.features, bold } : line.features ?? {}
}

/**
 * Blocks to the text the splitter reads: a blank line between blocks (none inside a
 * tight list or a table), and for every text line the source line it came from and
 * its features (heading rank, bold, list, table cell; blank lines have none).
 */
export function linesOf(blocks: readonly Block[]): { text: string; lineMap: number[]; features: LineFeatures[] } {
  const lines: string[] = []
  const lineMap: number[] = []
  const features: LineFeatures[] = []
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1]
    const joined = previous !== undefined && block.group !== null && previous.group === block.group
    if (lines.length > 0 && !joined) {
      lines.push('')
      lineMap.push(lineMap[lineMap.length - 1]!)
      features.push({})
    }
    for (const line of block.lines) {
      lines.push(line.text)
      lineMap.push(line.line)
      features.push(featuresOf(line))
    }
  })
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', lineMap, features }
}
