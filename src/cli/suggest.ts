/** The closest known name to a mistyped one, for "did you mean …?" (null when none is close). */
export function closest(value: string, known: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const name of known) {
    const d = distance(value.toLowerCase(), name)
    if (d < bestDistance) [best, bestDistance] = [name, d]
  }
  // Close means a few edits, or the typed name is part of the real one ("sequence" for item-number-sequence).
  const near = best !== null && (bestDistance <= Math.max(2, Math.floor(best.length / 4)) || (value.length >= 4 && best.includes(value.toLowerCase())))
  return near ? best : (known.find((name) => value.length >= 4 && name.includes(value.toLowerCase())) ?? null)
}

/** Levenshtein distance, two rows. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}
