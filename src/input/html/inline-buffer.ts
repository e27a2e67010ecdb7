import type { SourceLine } from './block.js'

/** Bold paragraphs longer than this are emphasised prose, not headings. */
const MAX_BOLD_HEADING = 150

/**
 * Collects the inline text of one block as lines with their source lines. Why not
 * hast-util-to-text: the walk needs to know where each line started in the source,
 * and whether every word of the block was bold (a heading in many editors).
 */
export class InlineBuffer {
  private lines: Array<{ parts: string[]; line: number | null; plain: boolean; lead: number | null }> = [InlineBuffer.empty()]
  private plain = false

  private static empty(): { parts: string[]; line: number | null; plain: boolean; lead: number | null } {
    return { parts: [], line: null, plain: false, lead: null }
  }

  constructor(private readonly keepNewlines: boolean, private readonly keepTabs = false) {}

  /** Adds a text node's value, starting at source line `line`. */
  add(value: string, line: number, bold: boolean, pre = false): void {
    const segments = this.keepNewlines || pre ? value.split(/\r?\n|\r/u) : [value]
    segments.forEach((segment, i) => {
      if (i > 0) this.newline()
      const offset = this.keepNewlines || pre ? i : countNewlinesBeforeText(segment)
      // trimEnd, not replace(/\s+$/): that pattern is quadratic in a long run of spaces inside the text.
      // A run with a tab keeps one tab where tabs are kept; the callback only where there is a tab to keep.
      const text = pre
        ? segment.trimEnd()
        : this.keepTabs && segment.includes('\t') ? segment.replace(/[\s\u00a0]+/gu, (run) => (run.includes('\t') ? '\t' : ' ')) : segment.replace(/[\s\u00a0]+/gu, ' ')
      const current = this.lines[this.lines.length - 1]!
      if (text.trim() !== '') {
        current.line ??= line + offset
        if (!bold) {
          this.plain = true
          // Where the line's bold start ends: the characters before its first plain word.
          current.lead ??= (current.parts.join('') + /^ */u.exec(text)![0]).replace(/^ +/u, '').length
          current.plain = true
        }
      }
      current.parts.push(text)
    })
  }

  /** A `<br>`. */
  newline(): void {
    this.lines.push(InlineBuffer.empty())
  }

  /** The lines so far (empty ones dropped) and whether they were all bold; then resets. */
  take(): { lines: SourceLine[]; boldOnly: boolean } {
    const lines = this.lines.flatMap(({ parts, line, plain, lead }): SourceLine[] => {
      const text = parts.join('').replace(/^ +| +$/gu, '')
      if (text === '' || line === null) return []
      const boldLead = plain ? Math.min(lead ?? 0, text.length) : text.length
      return [{ text, line, ...(plain ? {} : { bold: true }), ...(boldLead > 0 ? { boldLead } : {}) }]
    })
    const boldOnly = !this.plain && lines.length === 1 && lines[0]!.text.length <= MAX_BOLD_HEADING
    this.lines = [InlineBuffer.empty()]
    this.plain = false
    return { lines, boldOnly }
  }
}

/** Lines a collapsed text node spends on leading white space (its text starts further down). */
function countNewlinesBeforeText(segment: string): number {
  const lead = /^\s*/u.exec(segment)![0]
  let count = 0
  for (const char of lead) if (char === '\n') count++
  return count
}
