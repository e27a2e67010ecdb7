/** The page a line is on, from the page-start table; null for unpaged text. */
export function pageOf(line: number, pageStarts: readonly number[] | undefined): number | null {
  if (!pageStarts || pageStarts.length === 0) return null
  let page = 0
  for (const start of pageStarts) {
    if (start > line) break
    page++
  }
  return Math.max(1, page)
}
