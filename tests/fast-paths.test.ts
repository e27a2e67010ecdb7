// The speed-ups of issue 27 keep what they replace: each fast path is checked against
// the straightforward code it stands for, on generated text made of the phrases that matter.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisionOutcome, earliestPhrase } from '../src/extract/decision.js'
import { matchesOf } from '../src/extract/matches-of.js'
import { fieldOfLabel } from '../src/extract/header-fields.js'
import { DECISION_PHRASES, HEADER_LABELS, MEETING_CUE_WORD, MEETING_END_CUE, MEETING_START_CUE, OUTCOME_PHRASES, SIGNING_CERTIFICATE } from '../src/lexicon/index.js'
import { blankSigningCertificate } from '../src/normalise/signing-certificate.js'
import { stripSigningStamp } from '../src/normalise/signing-stamp.js'
import { SIGNING_DETAIL, SIGNING_ID, SIGNING_SERVICE, SIGNING_STAMP } from '../src/lexicon/index.js'

const numRuns = Number(process.env.FC_RUNS ?? 300)

/** The earliest phrase as it was found before: one scan per phrase, earliest start, longer match at a tie. */
function earliestPhraseByEach(text: string): { at: number; outcome: string } | undefined {
  let best: { at: number; length: number; outcome: string } | undefined
  for (const [outcome, pattern] of [...DECISION_PHRASES, ...OUTCOME_PHRASES]) {
    const hit = new RegExp(pattern.source, 'u').exec(text)
    if (!hit) continue
    if (!best || hit.index < best.at || (hit.index === best.at && hit[0].length > best.length)) best = { at: hit.index, length: hit[0].length, outcome }
  }
  return best && { at: best.at, outcome: best.outcome }
}

const phrase = fc.constantFrom(
  'godkendt', 'ikke godkendt', 'godkendes', 'tiltrådt', 'vedtaget', 'anbefales', 'at anbefale', 'kunne ikke anbefale', 'forkastet',
  'taget til efterretning', 'til orientering', 'drøftet', 'drøftede sagen', 'udsættes', 'udsætte sagen', 'taget af dagsordenen',
  'sendt tilbage til', 'oversendes til', 'blev valgt', 'ikke valgt', 'genvalgt', 'blev genvalgt', 'konstituerede sig', 'enstemmigt',
  'besluttede at', 'besluttede herefter at', 'blev enige om', 'ingen punkter til eventuelt', 'intet', 'ingen bemærkninger',
  'med 5 stemmer mod 2', 'et flertal kunne tiltræde', 'flertal for', 'orienterede', 'noterede', 'indstillingen følges'
)
const filler = fc.constantFrom('udvalget', 'sagen', 'og', ',', '.', 'Anne Hansen (A)', 'formanden', 'herefter', '\n', 'den 4. marts')
const decisionText = fc.array(fc.oneof(phrase, filler), { maxLength: 14 }).map((words) => words.join(' '))

describe('fast paths agree with the plain code', () => {
  it('the earliest decision phrase: one combined scan = one scan per phrase', () => {
    fc.assert(fc.property(decisionText, (text) => {
      const lower = text.toLowerCase()
      const expected = earliestPhraseByEach(lower)
      expect(earliestPhrase(lower)).toEqual(expected)
      // decisionOutcome ends in that phrase's outcome wherever no majority rule or discussion clause steps in.
      if (expected === undefined || /flertal|stemmer|drøft|debat|besluttede|enige/u.test(lower)) return
      expect(decisionOutcome(text)).toBe(expected.outcome)
    }), { numRuns })
  })

  it('the certificate found in one search = the first line that matches', () => {
    const line = fc.oneof(fc.constantFrom('Referat', 'Dokumentet er underskrevet digitalt', 'Penneo', 'IP: 10.0.0.1', 'Serienummer: 123',
      '2024-03-01 10:00:00', 'Anne Hansen', 'Signed with Penneo', 'underskrevet af formanden', ''), fc.string({ maxLength: 20 }))
    const isSignal = (text: string): boolean => SIGNING_CERTIFICATE.test(text) || SIGNING_SERVICE.test(text) || SIGNING_DETAIL.test(text)
    // The function as it was, with a test per line.
    const plain = (lines: readonly string[], pageStarts: readonly number[]): string[] => {
      const opener = lines.findIndex((text, i) => i > 0 && SIGNING_CERTIFICATE.test(text))
      if (opener < 0) return [...lines]
      const rest = lines.slice(opener).filter((text) => text.trim() !== '')
      const signals = rest.filter(isSignal).length
      if (signals < 3 || signals < rest.length * 0.2) return [...lines]
      const page = pageStarts.filter((start) => start <= opener).at(-1) ?? opener
      const start = lines.slice(page, opener).every((text) => text.trim() === '' || isSignal(text)) ? page : opener
      return lines.map((text, i) => (i >= start ? '' : text))
    }
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 3 }), (lines, starts) => {
      const pages = [...new Set([0, ...starts])].sort((a, b) => a - b)
      expect(blankSigningCertificate(lines, pages)).toEqual(plain(lines, pages))
    }), { numRuns })
  })

  it('signing stamps: the colon and dash gates change nothing', () => {
    const plain = (line: string): string => {
      if (SIGNING_ID.test(line.trim())) return ''
      const match = SIGNING_STAMP.exec(line)
      if (!match || match.index === 0) return line
      const before = line.slice(0, match.index)
      return /(?:\t|\s\s)$/u.test(before) ? before : line
    }
    const part = fc.constantFrom('Budget 2025', '\t', '  ', 'Penneo dokumentnøgle: QX7PL-ABCDE-FGHIJ-KLMNO', 'QX7PL-ABCDE-FGHIJ-KLMNO', 'Envelope ID:', 'Dokumentnøgle :', ' ', '-', ':')
    fc.assert(fc.property(fc.array(part, { maxLength: 6 }).map((parts) => parts.join('')), (line) => {
      expect(stripSigningStamp(line)).toBe(plain(line))
    }), { numRuns })
  })
})


describe('matchesOf', () => {
  it('= matchAll, empty matches and astral characters included', () => {
    const patterns = [/\s(?:stemte|stemmer) imod\b/gu, /a*/gu, /(?:)/g, /\p{L}+/gu, /x|/g]
    const text = fc.array(fc.constantFrom('a', 'x', ' ', 'stemte imod', '😀', 'æ', '\n'), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(fc.property(text, fc.constantFrom(...patterns), (body, pattern) => {
      const plain = [...body.matchAll(pattern)].map((m) => [m.index, m[0]])
      expect(matchesOf(body, pattern).map((m) => [m.index, m[0]])).toEqual(plain)
    }), { numRuns })
  })
})

describe('the meeting-cue prefilter', () => {
  it('passes every line a start or end cue matches', () => {
    const part = fc.constantFrom('Mødet', 'mødet', 'MØDET', 'Generalforsamlingen', 'samlingen', 'møde', 'startede', 'blev hævet', 'sluttede', 'åbnede',
      'hævede', 'lukket', 'kl. 19.00', ' ', 'Formanden', 'blev åbnet', 'afsluttedes', 'Samlingen')
    fc.assert(fc.property(fc.array(part, { maxLength: 6 }).map((parts) => parts.join(' ')), (line) => {
      const lower = line.toLowerCase()
      if (MEETING_START_CUE.test(lower) || MEETING_END_CUE.test(lower)) expect(MEETING_CUE_WORD.test(line), line).toBe(true)
    }), { numRuns })
  })
})

describe('header labels', () => {
  it('one combined test first = each label pattern in turn', () => {
    const word = fc.constantFrom('Dato', 'Møde', 'dato og tid', 'Tid og sted', 'Sted', 'Mødested', 'Til stede', 'til stede var', 'Afbud', 'Fraværende / Afbud',
      'Deltagere fra bestyrelsen', 'Referent', 'Gæster', 'Starttidspunkt', 'Slut', 'Udvalg', 'Budget', 'Fra administrationen deltog', 'ikke mødt', 'x', '')
    fc.assert(fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 3 }).map((parts) => parts.join(' ')), fc.boolean(), (label, colon) => {
      const text = colon ? `${label}:` : label
      const key = text.toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '').trim()
      expect(fieldOfLabel(text)).toBe(HEADER_LABELS.find(([, pattern]) => pattern.test(key))?.[0])
    }), { numRuns })
  })
})
