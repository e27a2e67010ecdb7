/**
 * The voters a vote label introduces: up to the end of its clause ("For stemte
 * 57 (S, V og M), imod …" stops at the next label; "Imod: Ø og F på punkt 3." at the
 * full stop), or, when the label ends its line ("For stemte:"), one voter per line
 * for as long as the lines are voters.
 */
import { parsePart, votersAfter, type Voter } from './voters.js'

export interface Segment {
  readonly count: number | null
  readonly voters: Voter[]
  /** Offset just after the last character read. */
  readonly end: number
}

/** Reads the voters after a label that ends at `from`, not past `limit`. */
export function voteLabelSegment(text: string, from: number, limit: number): Segment {
  const rest = text.slice(from, limit)
  if (rest.startsWith('\n')) return lineList(rest, from)
  let depth = 0
  let end = rest.length
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    if (c === '\n' || (/[.!?;]/u.test(c) && (i + 1 === rest.length || /\s/u.test(rest[i + 1]!)))) {
      end = i
      break
    }
  }
  const { count, voters } = votersAfter(rest.slice(0, end))
  return { count, voters: [...voters], end: from + end }
}

function lineList(rest: string, from: number): Segment {
  const voters: Voter[] = []
  let count: number | null = null
  let offset = 1
  for (const line of rest.slice(1).split('\n')) {
    // Entries may stand a paragraph each (a web page's <div> per name): blank lines are skipped.
    if (line.trim() === '') {
      offset += line.length + 1
      continue
    }
    const part = parsePart(line)
    // A count with its unit on the line ("For stemte:" / "14 ejere") is the whole list.
    if (part?.last && part.voters.length === 0 && part.count !== null && voters.length === 0) {
      count = part.count
      offset += line.length + 1
      break
    }
    if (!part || part.last || (part.voters.length === 0 && voters.length > 0)) break
    if (part.count !== null && voters.length === 0) count = part.count
    voters.push(...part.voters)
    offset += line.length + 1
  }
  return { count, voters, end: from + offset - 1 }
}
