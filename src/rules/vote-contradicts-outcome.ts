import type { Participant } from '../schema/document.js'
import type { Report, RuleContext } from './rule.js'
import { itemsOf } from '../tree/queries.js'
import { completeDecision } from '../extract/complete-decision.js'

/**
 * A recorded vote whose counts contradict the decision usually means the outcome
 * or a count was misread (or misprinted): "vedtaget" with more against than for,
 * "forkastet" with more for than against, or more votes than members present.
 * ok: "For stemte 57 (…), imod stemte 50 (…). Forslaget er vedtaget."
 * not ok: "For stemte 50 (…), imod stemte 57 (…). Forslaget er vedtaget."
 */
export function voteContradictsOutcome({ tree }: RuleContext, report: Report): void {
  const participants: readonly Participant[] = tree.data?.meeting?.participants ?? []
  const present = participants.filter((person) => person.status === 'present').length
  for (const item of itemsOf(tree)) {
    const core = item.data?.decision
    if (!core) continue
    const { outcome, votes } = completeDecision(core)
    if (!votes) continue
    const place = { line: item.data?.decisionLine ?? item.position?.start.line ?? 1, column: 1 }
    const where = { ancestors: [tree, item], place }
    const yes = votes.for.count
    const no = votes.against.count
    if (outcome === 'approved' && yes !== null && no !== null && no > yes) {
      report(`Punkt ${item.number} is approved, but ${no} voted against and ${yes} for (expected more for than against)`, where)
    }
    if (outcome === 'rejected' && yes !== null && no !== null && yes > no) {
      report(`Punkt ${item.number} is rejected, but ${yes} voted for and ${no} against (expected more against than for)`, where)
    }
    const total = (yes ?? 0) + (no ?? 0) + (votes.abstain.count ?? 0)
    if (present > 0 && total > present) {
      report(`Punkt ${item.number} records ${total} votes, but ${present} members are present`, where)
    }
  }
}
