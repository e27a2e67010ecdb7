import type { Report, RuleContext } from './rule.js'

/** How many non-blank lines are looked at: the start says what a file is. */
const SAMPLE = 200
const XML_START = /^<(?:\?xml\b|!DOCTYPE\b|[A-Za-z][\w.:-]*(?:\s[^>]*)?\/?>)/u
const TAG_LINE = /^<\/?[A-Za-z][\w.:-]*(?:\s[^>]*)?\/?>/u
const JSON_START = /^[[{]\s*(?:"|$|[[{])/u
const JSON_LINE = /^(?:"[^"]*"\s*:|[[\]{}],?$)/u

/** Which structured kind the text is written in, judged from its first lines, or undefined. */
export function structuredKindOf(text: string): 'XML' | 'JSON' | undefined {
  // Minutes open with words: only a first line that opens markup is worth the sample.
  const opening = text.trimStart()[0]
  if (opening !== '<' && opening !== '[' && opening !== '{') return undefined
  const lines: string[] = []
  // Line by line from the start: every text parse runs this, and only the start counts.
  for (let from = 0; from < text.length && lines.length < SAMPLE;) {
    const end = text.indexOf('\n', from)
    const trimmed = text.slice(from, end === -1 ? text.length : end).trim()
    if (trimmed !== '') lines.push(trimmed)
    from = end === -1 ? text.length : end + 1
  }
  const first = lines[0]
  if (first === undefined) return undefined
  const share = (pattern: RegExp): number => lines.filter((line) => pattern.test(line)).length / lines.length
  if (XML_START.test(first) && share(TAG_LINE) >= 0.5) return 'XML'
  if (JSON_START.test(first) && share(JSON_LINE) >= 0.5) return 'JSON'
  return undefined
}

/**
 * A structured export (XML, JSON) that reached the text splitter: no reader knew
 * its format, and items read from its markup are most likely wrong.
 * ok: "REFERAT\nPunkt 1: …" read as text; an SBSYS XML file read by its reader
 * not ok: "<?xml version=\"1.0\"?>\n<Meeting>\n  <Committee>…" read as text
 */
export function exportReadAsText({ file }: RuleContext, report: Report): void {
  if (file.data.readTree) return
  const kind = structuredKindOf(String(file.value ?? ''))
  if (!kind) return
  report(`Line 1 starts a structured export (${kind}) that was read as plain text: no reader knows this format, so its items are most likely wrong`, {
    place: { line: 1, column: 1 }
  })
}
