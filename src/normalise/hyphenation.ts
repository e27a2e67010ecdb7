import { SUSPENDED_HYPHEN_NEXT } from '../lexicon/index.js'

/** How many blank lines a page break may leave between the halves of a word. */
const MAX_GAP = 8
const ENDS_IN_BROKEN_WORD = /(?<![\s\-])(\p{Ll}{2,})-$/u
const STARTS_LOWER = /^(\p{Ll}[\p{L}]*)/u

function joinNext(out: string[], i: number): boolean {
  const line = out[i]!.trimEnd()
  // Test only the tail: the pattern scanned over a 1 MB line would be quadratic.
  if (!line.endsWith('-') || !ENDS_IN_BROKEN_WORD.test(line.slice(-64))) return false
  let j = i + 1
  while (j < out.length && j - i <= MAX_GAP && out[j]!.trim() === '') j++
  if (j >= out.length || j - i > MAX_GAP) return false
  const next = out[j]!.trim()
  const word = STARTS_LOWER.exec(next)?.[1]
  if (!word || SUSPENDED_HYPHEN_NEXT.test(word)) return false
  // Only the rest of the word (with its punctuation) moves up; the line keeps the
  // rest, so a wrapped paragraph gets no blank line in its middle.
  const token = /^\S+/u.exec(next)![0]
  out[i] = line.slice(0, -1) + token
  out[j] = next.slice(token.length).trimStart()
  return true
}

/**
 * Joins words split across a line or page break ("botilbudskapacite-" … "ten.").
 * The rest of the word moves up onto the first line, so line numbers hold.
 * Suspended hyphens ("Social- og") are kept: the next word is a
 * conjunction, or the continuation does not start in lower case.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out = [...lines]
  for (let i = 0; i < out.length; i++) {
    // A joined line may end in a broken word again: keep joining, so that a second
    // pass finds nothing left to do.
    while (joinNext(out, i));
  }
  return out
}

const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u

interface Break {
  readonly start: number
  readonly hyphen: number
  readonly end: number
}

/**
 * Hyphens between two lower-case letters, with the word on each side: found from
 * each "-" outward, which is linear and far cheaper than a look-behind pattern.
 */
function breaksIn(line: string): Break[] {
  const found: Break[] = []
  for (let at = line.indexOf('-'); at > 0; at = line.indexOf('-', at + 1)) {
    if (!LOWER.test(line[at - 1]!) || !LOWER.test(line[at + 1] ?? '')) continue
    let start = at - 1
    while (start > 0 && LETTER.test(line[start - 1]!)) start--
    let end = at + 1
    while (end < line.length && LETTER.test(line[end]!)) end++
    found.push({ start, hyphen: at, end })
  }
  return found
}

/** Whether `word` stands in `text` with no letter on either side. */
function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!
    const after = text[at + word.length] ?? ''
    if (!LETTER.test(before) && !LETTER.test(after)) return true
  }
  return false
}

/**
 * Repairs hyphens left inside a word by an earlier line break ("prin-cipper"),
 * but only where the joined word occurs elsewhere in the same document.
 * Why the document's own vocabulary: Danish writes many real hyphens between
 * lower-case letters (handicap-og, børne-ungeområdet); only a word the text also
 * spells whole is certainly a broken one.
 */
export function repairInlineHyphens(lines: string[]): string[] {
  const joined = (line: string, b: Break): string => (line.slice(b.start, b.hyphen) + line.slice(b.hyphen + 1, b.end)).toLowerCase()
  const breaks = lines.map((line) => (line.includes('-') ? breaksIn(line) : []))
  const candidates = new Set<string>()
  breaks.forEach((found, i) => {
    for (const b of found) if (!SUSPENDED_HYPHEN_NEXT.test(lines[i]!.slice(b.hyphen + 1, b.end))) candidates.add(joined(lines[i]!, b))
  })
  if (candidates.size === 0) return lines
  // A search per candidate: there are few, and a document-wide vocabulary was the costly part.
  // (One pattern of all candidates measured no faster than an indexOf each.)
  const text = lines.join('\n').toLowerCase()
  const known = new Set([...candidates].filter((word) => occursAsWord(text, word)))
  if (known.size === 0) return lines
  return lines.map((line, i) => {
    const found = breaks[i]!
    if (found.length === 0) return line
    let out = line
    // Right to left, so earlier offsets stay valid.
    for (const b of [...found].reverse()) {
      if (known.has(joined(line, b))) out = out.slice(0, b.hyphen) + out.slice(b.hyphen + 1)
    }
    return out
  })
}
