/**
 * The rule table: every diagnostic referat emits, its default severity and its
 * check. One line per rule; a rule module is one small check (rule.ts).
 */
import type { VFile } from 'vfile'
import type { RootNode } from '../tree/types.js'
import type { Check, Report } from './rule.js'
import { caseNumberMissing } from './case-number-missing.js'
import { closedItemWithText } from './closed-item-with-text.js'
import { inputRepaired } from './input-repaired.js'
import { itemNotInToc } from './item-not-in-toc.js'
import { ligaturesLost } from './ligatures-lost.js'
import { itemNumberSequence } from './item-number-sequence.js'
import { itemWithoutDecision } from './item-without-decision.js'
import { meetingDateMissing } from './meeting-date-missing.js'
import { noItems } from './no-items.js'
import { tocEntryWithoutItem } from './toc-entry-without-item.js'
import { tocPagesOrder } from './toc-pages-order.js'
import { tocTitleMismatch } from './toc-title-mismatch.js'
import { voteContradictsOutcome } from './vote-contradicts-outcome.js'
import { itemTitledAsHeading } from './item-titled-as-heading.js'
import { emptyItem } from './empty-item.js'
import { emptyItemsRun } from './empty-items-run.js'
import { readsLikeOtherDocument } from './reads-like-other-document.js'
import { decisionFromOtherMeeting } from './decision-from-other-meeting.js'
import { exportReadAsText } from './export-read-as-text.js'
import { itemHeadingsInText } from './item-headings-in-text.js'
import { RULE_IDS, type RuleId } from '../schema/rule-ids.js'

export { RULE_IDS, isRuleId, type RuleId } from '../schema/rule-ids.js'

export type Level = 'error' | 'warning' | 'info'
export type RuleSetting = Level | 'off'

interface Rule {
  readonly level: Level
  readonly check: Check
}

/** Every rule with its default severity (the rules themselves never set it). */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  'no-items': { level: 'error', check: noItems },
  'item-number-sequence': { level: 'error', check: itemNumberSequence },
  'toc-entry-without-item': { level: 'error', check: tocEntryWithoutItem },
  'item-not-in-toc': { level: 'error', check: itemNotInToc },
  'toc-title-mismatch': { level: 'warning', check: tocTitleMismatch },
  'item-without-decision': { level: 'warning', check: itemWithoutDecision },
  'closed-item-with-text': { level: 'warning', check: closedItemWithText },
  'meeting-date-missing': { level: 'error', check: meetingDateMissing },
  'toc-pages-order': { level: 'warning', check: tocPagesOrder },
  'case-number-missing': { level: 'info', check: caseNumberMissing },
  'input-repaired': { level: 'info', check: inputRepaired },
  'vote-contradicts-outcome': { level: 'warning', check: voteContradictsOutcome },
  'ligatures-lost': { level: 'warning', check: ligaturesLost },
  'item-titled-as-heading': { level: 'error', check: itemTitledAsHeading },
  'empty-item': { level: 'warning', check: emptyItem },
  'empty-items-run': { level: 'error', check: emptyItemsRun },
  'reads-like-other-document': { level: 'warning', check: readsLikeOtherDocument },
  'decision-from-other-meeting': { level: 'error', check: decisionFromOtherMeeting },
  'export-read-as-text': { level: 'error', check: exportReadAsText },
  'item-headings-in-text': { level: 'error', check: itemHeadingsInText }
}

/** Default severity per rule id, for `--help` and the README. */
export const RULE_LEVELS = Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].level])) as Readonly<Record<RuleId, Level>>

const FATAL: Readonly<Record<Level, boolean | undefined>> = { error: true, warning: false, info: undefined }

/**
 * Runs every rule that is not off. The one place that turns a report into a
 * message: it sets rule id, source and severity (as lintRule does).
 */
export function runRules(tree: RootNode, file: VFile, overrides: Partial<Record<RuleId, RuleSetting>> = {}): void {
  for (const id of RULE_IDS) {
    const level = overrides[id] ?? RULES[id].level
    if (level === 'off') continue
    const report: Report = (reason, where = {}) => {
      // A message is an Error, and capturing its stack was most of its cost; vfile-message
      // sets `stack` to '' right after, so none is captured.
      const limit = Error.stackTraceLimit
      Error.stackTraceLimit = 0
      try {
        const message = file.message(reason, { place: where.place, ancestors: where.ancestors, ruleId: id, source: 'referat' })
        message.fatal = FATAL[level]
      } finally {
        Error.stackTraceLimit = limit
      }
    }
    RULES[id].check({ tree, file }, report)
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
