/**
 * Offsets in a file's text to unist points. Why: an export's nodes carry positions
 * into the JSON or XML as read, so `items[].line` leads a reader to the item's
 * place in the file.
 */
import type { Point, Position } from 'unist'

/** Offsets at which the lines of a text start. */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** The point (1-based line and column) of an offset, by binary search over line starts. */
export function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset }
}

/** A position from one offset to another. */
export function spanAt(starts: readonly number[], from: number, to = from): Position {
  return { start: pointAt(starts, from), end: pointAt(starts, Math.max(from, to)) }
}

