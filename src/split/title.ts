/**
 * Title helpers shared by the TOC and heading recognisers.
 * Why shared: a TOC entry and its heading must be cleaned the same way to compare.
 */

/** Removes dotted leaders, Markdown emphasis and stray spacing: "Plan.....  2025 *x*" → "Plan 2025 x". */
export function cleanTitle(raw: string): string {
  // Each step only where its character is there: this runs on every candidate heading.
  let text = raw.includes('..') ? raw.replace(/\.{2,}/g, ' ') : raw
  if (text.includes('*')) text = text.replace(/(^|\s)\*+|\*+(?=\s|$)/g, '$1')
  if (text.includes('\t') || text.includes('  ')) text = text.replace(/[\t ]+/g, ' ')
  if (text.endsWith('.')) text = text.replace(/\s+\.$/, '')
  return text.trim()
}

/**
 * A small memo for the pure helpers below: the same TOC titles and headings are
 * keyed again and again while matching. Cleared when full, so memory stays bounded.
 */
function memo<T>(compute: (input: string) => T, size = 2048): (input: string) => T {
  const cache = new Map<string, T>()
  return (input) => {
    let value = cache.get(input)
    if (value === undefined) {
      if (cache.size >= size) cache.clear()
      value = compute(input)
      cache.set(input, value)
    }
    return value
  }
}

/** Letters and digits only, lower-cased: the form titles are compared in. */
export const titleKey: (title: string) => string = memo((title) => title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))

const bigrams = memo(countBigrams, 512)

function countBigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>()
  for (let i = 0; i < key.length - 1; i++) {
    const gram = key.slice(i, i + 2)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** Sørensen–Dice similarity of two keys' letter pairs, 0 … 1. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0
  const left = bigrams(a)
  let shared = 0
  for (const [gram, count] of bigrams(b)) shared += Math.min(count, left.get(gram) ?? 0)
  return (2 * shared) / (a.length - 1 + b.length - 1)
}

/** Shortest key that may match inside a longer one (a truncated TOC title). */
const MIN_CONTAINED = 8
const MIN_DICE = 0.75

/**
 * Whether a heading and a TOC entry name the same item despite typos
 * ("Tamarække"/"Temarække"), truncation ("… borgere me") or a prefix
 * ("Beslutning: Godkendelse af dagsorden").
 */
export function isSimilarTitle(a: string, b: string): boolean {
  return isSimilarKey(titleKey(a), titleKey(b))
}

/** isSimilarTitle on keys already made, for callers that compare one key many times. */
export function isSimilarKey(ka: string, kb: string): boolean {
  if (ka === kb) return true
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka]
  if (short.length >= MIN_CONTAINED && long.includes(short)) return true
  // A truncated TOC title compared with the head of the full heading.
  return diceSimilarity(short, long.slice(0, short.length + 2)) >= MIN_DICE && short.length >= MIN_CONTAINED
    || diceSimilarity(ka, kb) >= MIN_DICE
}
