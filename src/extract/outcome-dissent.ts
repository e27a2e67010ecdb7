/**
 * Dissent is relative to the outcome: who did not go with what was decided. Where
 * a proposal was carried, those against dissent; where it was rejected ("Forkastet.
 * For: 3 (A, F), Imod: 5 (V, C, O).") those who voted for it do (stance `for`), and
 * the majority against is no dissent.
 */
import type { DecisionOutcome, Dissent, VoteSide } from '../schema/document.js'
import type { VoteFacts } from './votes.js'

const opposed = (side: VoteSide): boolean => (side.count ?? 0) > 0 || side.parties.length > 0 || side.names.length > 0

/** The dissent and unanimity of a vote, given the outcome the decision records. */
export function dissentForOutcome(facts: VoteFacts, outcome: DecisionOutcome): { dissent: Dissent[]; unanimous: boolean | null } {
  if (outcome !== 'rejected') return { dissent: facts.dissent, unanimous: facts.unanimous }
  const dissent = [...facts.forVoters, ...facts.dissent.filter((entry) => entry.stance !== 'against')]
  let unanimous = facts.unanimous
  if (facts.votes) {
    const { for: yes, abstain } = facts.votes
    if (opposed(yes) || opposed(abstain) || dissent.some((entry) => entry.stance !== 'reservation')) unanimous = false
    // Nobody for it and nobody abstaining: everyone rejected it.
    else if (yes.count === 0) unanimous = true
  } else if (dissent.some((entry) => entry.stance !== 'reservation')) unanimous = false
  return { dissent, unanimous }
}

/**
 * The outcome a corrected count gives where no result is said after it: the side
 * with more votes carries ("For 5, imod 4 … Rettelse: for 4, imod 5" is rejected).
 */
export function outcomeOfCount(facts: VoteFacts): DecisionOutcome | null {
  const yes = facts.votes?.for.count
  const no = facts.votes?.against.count
  if (!facts.corrected || yes == null || no == null || yes === no) return null
  return yes > no ? 'approved' : 'rejected'
}
