import { describe, expect, it } from 'vitest'
import { parseDateTime } from '../src/extract/date.js'
import { decisionOutcome } from '../src/extract/decision.js'
import { extractMeeting } from '../src/extract/meeting.js'
import { parseParticipants } from '../src/extract/participants.js'
import { normalise } from '../src/normalise/index.js'
import { parse } from '../src/parse.js'
import { classifyLine } from '../src/split/classify-line.js'

// Inputs crafted against each regex's weak spot: long runs of the characters its
// quantifiers overlap on, with a final character that makes the match fail.
// A catastrophic pattern turns these into minutes of backtracking; the per-test
// timeout fails it. How fast they run is measured in bench/, not here.
const N = 200_000
const runs = {
  spaces: `${' '.repeat(N)}x`,
  dashes: `${'-'.repeat(N)}x`,
  dashesAndSpaces: `${'- '.repeat(N / 2)}x`,
  dots: `Titel${'.'.repeat(N)}x`,
  dotsAndSpaces: `Titel${'. '.repeat(N / 2)}x`,
  digits: `${'1'.repeat(N)}x`,
  numbering: `${'1.'.repeat(N / 2)} x`,
  letters: `${'a'.repeat(N)}-`,
  hyphenated: `${'ab-'.repeat(N / 3)}`,
  brackets: `${'[a'.repeat(N / 2)}](`,
  angles: `${'<i '.repeat(N / 3)}`,
  parens: `${'Anne ('.repeat(N / 6)}`,
  commas: `${'Anne Hansen, ('.repeat(N / 14)}`,
  colons: `Beslutning${':'.repeat(N)}`,
  markers: `${' '.repeat(N)}./x`,
  kl: `kl. ${'1'.repeat(N)}`,
  months: `${'1. '.repeat(N / 3)}`,
  dotsDigits: `${'.1'.repeat(N / 2)}x`,
  tabs: `Titel${'\t'.repeat(N)}x`
}

describe('crafted inputs finish (ReDoS guard)', { timeout: 10_000 }, () => {
  it.each(Object.entries(runs))('%s', (_, line) => {
    // Every stage that runs regexes, on the line alone and as a document.
    classifyLine(line)
    classifyLine(line.slice(0, 300))
    normalise(`${line}\n${line}\n\f${line}\n${line}\n\f${line}`)
    parseDateTime(line)
    decisionOutcome(line)
    parseParticipants([line], 'present')
    extractMeeting(['Deltagere', line, `Dato: ${line}`])
    expect(parse(`Indholdsfortegnelse\n${line}\n\nPunkt 1: A\n\nBeslutning\n${line}\nBilag\n${line}`).items).toHaveLength(1)
  })
})
