import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Diagnostic, Severity } from '../schema/document.js'
import { isRuleId } from '../schema/rule-ids.js'
import { pageOf } from './page-of.js'

/** A message's severity: fatal errors, non-fatal warnings, the rest information. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The agenda item a message concerns, from its ancestors or from the line it points at. */
function itemOf(message: VFileMessage, file: VFile): string | null {
  const node = message.ancestors?.find((ancestor) => ancestor.type === 'item') as { number?: string } | undefined
  if (node?.number) return node.number
  const spans = file.data.itemSpans ?? []
  const line = message.line ?? 0
  return spans.find((span) => line >= span.start && line <= span.end)?.number ?? null
}

/**
 * Text line → line in the file as read. Readers that move lines (HTML, Word) leave
 * a map, so every `line` in the output points into the file the user has.
 */
export function sourceLines(file: VFile): (line: number) => number {
  const map = file.data.lineMap
  return map ? (line) => map[line - 1] ?? line : (line) => line
}

/** The file's messages as the contract's `diagnostics` array. */
export function toDiagnostics(file: VFile): Diagnostic[] {
  const toSource = sourceLines(file)
  // Only the rule table raises messages, so every message has a known id.
  return file.messages.flatMap((message) => !message.ruleId || !isRuleId(message.ruleId) ? [] : [{
    severity: severityOf(message),
    rule: message.ruleId,
    message: message.reason,
    line: message.line == null ? null : toSource(message.line),
    column: message.column ?? null,
    // The page (PDF): where a person finds the line, since the line counts extracted text.
    page: message.line == null ? null : pageOf(message.line, file.data.pageStarts),
    item: itemOf(message, file)
  }])
}

declare module 'vfile' {
  interface DataMap {
    /** Line spans of the items, for messages the splitter raised before the tree existed. */
    itemSpans: Array<{ number: string; start: number; end: number }>
  }
}
