
/**
 * Blanks running headers and footers: lines that open or close most pages with
 * the same text (page numbers aside), as PDF exports repeat them.
 * Why only at page edges: "Beslutning" repeats on every page too, but in the body.
 */
const EDGE = 2
const MAX_LENGTH = 120

const shape = (line: string): string => line.trim().toLowerCase().replace(/\d+/g, '#')

/** A page's top lines from the top down and its bottom lines from the bottom up: outermost first. */
function edgeLines(lines: readonly string[], from: number, to: number): number[][] {
  const content: number[] = []
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') content.push(i)
  const top = content.slice(0, EDGE)
  return [top, content.slice(-EDGE).reverse().filter((i) => !top.includes(i))]
}

/**
 * `pageStarts` are 0-based line indices where pages begin. `isStructure` tells lines
 * the splitter needs (headings) from furniture; the splitter supplies it, so this
 * stage does not depend on the next one.
 */
export function blankRunningLines(lines: readonly string[], pageStarts: readonly number[], isStructure: (line: string) => boolean = () => false): string[] {
  const out = [...lines]
  if (pageStarts.length < 2) return out
  const bounds = pageStarts.map((start, k) => [start, pageStarts[k + 1] ?? lines.length] as const)
  const pagesWith = new Map<string, number>()
  const edges = bounds.map(([from, to]) => edgeLines(lines, from, to))
  for (const page of edges) {
    for (const key of new Set(page.flat().map((i) => shape(lines[i]!)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  }
  // On most pages after the title page. Structure lines ("Beslutning" opening two
  // pages) are never furniture, however often they stand at a page edge.
  const needed = Math.max(2, Math.ceil((bounds.length - 1) * 0.6))
  for (const page of edges) {
    for (const edge of page) {
      // Only the outermost copy: a title page repeats the running header as its own title.
      const done = new Set<string>()
      for (const i of edge) {
        const line = lines[i]!
        const key = shape(line)
        if (done.has(key) || line.trim().length > MAX_LENGTH || (pagesWith.get(key) ?? 0) < needed) continue
        if (isStructure(line)) continue
        done.add(key)
        out[i] = ''
      }
    }
  }
  return out
}
