/**
 * Unicode clean-up that never adds or removes a line: NFC, one kind of line end,
 * plain spaces, no soft hyphens or zero-width characters.
 * Why: every later rule can then match plain Danish text, and line N stays line N.
 */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000]/g
// C0 controls other than tab and newline carry nothing in minutes; form feeds are page breaks
// that `pageStartsOf` has already read.
const CONTROLS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

// The three classes above in one pass: spaces become ' ', the rest go.
const inner = (pattern: RegExp): string => pattern.source.slice(1, -1)
const UNWANTED = new RegExp(`[${inner(SPACES)}${inner(INVISIBLE)}${inner(CONTROLS)}]`, 'g')
const SPACE_ONLY = new RegExp(`^${SPACES.source}$`)

export function normaliseUnicode(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  return lf.normalize('NFC').replace(UNWANTED, (ch) => (SPACE_ONLY.test(ch) ? ' ' : ''))
}

/**
 * 1-based line numbers at which a new page starts (form feeds, as pdftotext writes them).
 * Why: text exported from PDF keeps its page breaks this way, and items can then carry pages.
 */
export function pageStartsOf(text: string): number[] {
  if (!text.includes('\f')) return []
  const starts: number[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  lines.forEach((line, i) => {
    if (line.includes('\f')) starts.push(i + 1)
  })
  if (starts.length === 0) return []
  return starts[0] === 1 ? starts : [1, ...starts]
}
