import type { Position } from 'unist'

/** Where a line (0-based index) and column (1-based) stand in the text. */
export interface LineIndex {
  readonly lines: readonly string[]
  readonly starts: readonly number[]
}

export function positionOf(index: LineIndex, first: number, last = first, column = 1): Position {
  const lastLine = index.lines[last] ?? ''
  return {
    start: { line: first + 1, column, offset: (index.starts[first] ?? 0) + column - 1 },
    end: { line: last + 1, column: lastLine.length + 1, offset: (index.starts[last] ?? 0) + lastLine.length }
  }
}

/** The index of text already split at its line breaks. */
export function lineIndexOf(lines: readonly string[]): LineIndex {
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  return { lines, starts }
}
