import type { Block } from './block.js'

/**
 * Blocks to the text the splitter reads: a blank line between blocks (none inside a
 * tight list or a table), and for every text line the source line it came from.
 */
export function linesOf(blocks: readonly Block[]): { text: string; lineMap: number[] } {
  const lines: string[] = []
  const lineMap: number[] = []
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1]
    const joined = previous !== undefined && block.group !== null && previous.group === block.group
    if (lines.length > 0 && !joined) {
      lines.push('')
      lineMap.push(lineMap[lineMap.length - 1]!)
    }
    for (const line of block.lines) {
      lines.push(line.text)
      lineMap.push(line.line)
    }
  })
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', lineMap }
}
