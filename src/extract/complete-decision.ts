/**
 * A decision with its votes read: unanimity, the vote, dissent. Where a vote is
 * recorded, the result said after it decides the outcome ("For stemte 50 …, imod
 * stemte 57 …. Forslaget er forkastet." is rejected, whatever words the vote's own
 * lines hold); a corrected count with no result after it decides by its counts.
 * Dissent is taken relative to that outcome. Fields a reader already set stand.
 */
import type { Decision, DecisionCore } from '../schema/document.js'
import { decisionOutcome } from './decision.js'
import { readVotes } from './votes.js'
import { dissentForOutcome, outcomeOfCount } from './outcome-dissent.js'

export function completeDecision(decision: DecisionCore, voteText: string = decision.text): Decision {
  if (decision.unanimous !== undefined && decision.votes !== undefined && decision.dissent !== undefined) {
    return { text: decision.text, outcome: decision.outcome, unanimous: decision.unanimous, votes: decision.votes, dissent: decision.dissent }
  }
  // Running-text decisions read their vote from the sentences before them too (voteText).
  const facts = readVotes(voteText)
  const said = facts.afterVote ? decisionOutcome(facts.afterVote) : 'unknown'
  const outcome = said !== 'unknown' ? said : outcomeOfCount(facts) ?? decision.outcome
  const relative = dissentForOutcome(facts, outcome)
  return {
    text: decision.text,
    outcome,
    unanimous: decision.unanimous !== undefined ? decision.unanimous : relative.unanimous,
    votes: decision.votes !== undefined ? decision.votes : facts.votes,
    dissent: decision.dissent ?? relative.dissent
  }
}
