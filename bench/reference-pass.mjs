// The reference the text throughput is compared with: one pass over a document that
// splits it into lines, normalises each to NFC and tests ten patterns of the kind a
// minutes parser needs per line (headings, dates, times, vote counts, leaders, page
// furniture, hyphens, party letters, labels). It is what a parse that reads each line
// once costs at least, so the ratio to it says how far the parser is from one pass.

// Case-insensitive ones run on the lower-cased line with /u, as the parser's lexicon does
// (V8 runs /iu without a \p{…} class on a slow path).
const PATTERNS = [
  /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/u,
  /\b\d{1,2}-\d{1,2}-\d{4}\b/u,
  /\.{3,}\s*\d+\s*$|\t\d+\s*$/u,
  /\p{L}-$/u,
  /\([A-ZÆØÅ]\)/u
]
const LOWER_PATTERNS = [
  /\b\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/u,
  /\bkl\.\s*\d{1,2}[.:]\d{2}\b/u,
  /\b\d+\s+(?:stemmer|stemte)\b/u,
  /^\s*side\s+\d+\s+af\s+\d+\s*$/u,
  /^(?:til stede|deltagere|afbud|fraværende|beslutning|indstilling|sagsfremstilling)\b/u
]

/** The number of pattern hits in `text` (returned so the work cannot be optimised away). */
export function referencePass(/** @type {string} */ text) {
  let hits = 0
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.normalize('NFC')
    for (const pattern of PATTERNS) if (pattern.test(line)) hits++
    const lower = line.toLowerCase()
    for (const pattern of LOWER_PATTERNS) if (pattern.test(lower)) hits++
  }
  return hits
}
