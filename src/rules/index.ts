import type { VFile } from 'vfile'
import type { RootNode } from '../tree/types.js'
import { caseNumberMissing } from './case-number-missing.js'
import { closedItemWithText } from './closed-item-with-text.js'
import { itemNumberSequence } from './item-number-sequence.js'
import { itemWithoutDecision } from './item-without-decision.js'
import { meetingDateMissing } from './meeting-date-missing.js'
import { noItems } from './no-items.js'
import { tocPagesOrder } from './toc-pages-order.js'

/** Every diagnostic id referat emits: the splitter's own notes and the rules'. */
export const RULE_IDS = [
  'no-items', 'item-number-sequence', 'toc-entry-without-item', 'item-not-in-toc', 'toc-title-mismatch',
  'item-without-decision', 'closed-item-with-text', 'meeting-date-missing', 'toc-pages-order',
  'case-number-missing', 'input-repaired'
] as const
export type RuleId = (typeof RULE_IDS)[number]

export type Level = 'error' | 'warning' | 'info'
export type RuleSetting = Level | 'off'

/** Default severity per rule; the rules themselves never set it. */
export const RULE_LEVELS: Readonly<Record<RuleId, Level>> = {
  'no-items': 'error',
  'item-number-sequence': 'error',
  'toc-entry-without-item': 'error',
  'item-not-in-toc': 'error',
  'toc-title-mismatch': 'warning',
  'item-without-decision': 'warning',
  'closed-item-with-text': 'warning',
  'meeting-date-missing': 'error',
  'toc-pages-order': 'warning',
  'case-number-missing': 'info',
  'input-repaired': 'info'
}

const CHECKS: ReadonlyArray<(tree: RootNode, file: VFile) => void> = [
  noItems, itemNumberSequence, itemWithoutDecision, closedItemWithText, meetingDateMissing, tocPagesOrder, caseNumberMissing
]

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id)
}

/**
 * Runs every rule, then sets each message's severity from the table and the
 * caller's overrides (`--rule id=off|warn|error`), as lintRule does.
 */
export function runRules(tree: RootNode, file: VFile, overrides: Partial<Record<RuleId, RuleSetting>> = {}): void {
  for (const check of CHECKS) check(tree, file)
  file.messages = file.messages.filter((message) => {
    const id = message.ruleId
    if (!id || !isRuleId(id)) return true
    const level = overrides[id] ?? RULE_LEVELS[id]
    if (level === 'off') return false
    message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
    return true
  })
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
