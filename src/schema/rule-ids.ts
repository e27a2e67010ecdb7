/**
 * Every diagnostic id referat emits, as a closed union. Apart from the table so the
 * schema and option parsing can name them without loading the rules.
 */
export const RULE_IDS = [
  'no-items', 'item-number-sequence', 'toc-entry-without-item', 'item-not-in-toc', 'toc-title-mismatch',
  'item-without-decision', 'closed-item-with-text', 'meeting-date-missing', 'toc-pages-order',
  'case-number-missing', 'input-repaired', 'vote-contradicts-outcome', 'ligatures-lost',
  'item-titled-as-heading', 'empty-item', 'empty-items-run', 'reads-like-other-document', 'decision-from-other-meeting',
  'export-read-as-text', 'item-headings-in-text'
] as const
export type RuleId = (typeof RULE_IDS)[number]

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id)
}
