import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readVotes } from '../src/extract/votes.js'
import { readItemAbsence } from '../src/extract/item-absence.js'
import { decisionFromBody } from '../src/extract/body-decision.js'
import { completeDecision } from '../src/extract/complete-decision.js'
import { decisionOutcome } from '../src/extract/decision.js'
import { isPartyCode } from '../src/lexicon/index.js'
import { parse } from '../src/parse.js'
import { validate } from '../src/validate.js'
import { toCsv } from '../src/emit/csv.js'

// Invented sentences in the forms Danish minutes print votes in (names are made up).
type Side = { count: number | null; parties: string[]; names: string[] }
const side = (count: number | null, parties: string[] = [], names: string[] = []): Side => ({ count, parties, names })
const none = side(null)

describe('readVotes: the vote', () => {
  it.each<[string, string, { for: Side; against: Side; abstain: Side } | null]>([
    ['parliament, nested brackets, broken lines',
      'For stemte 57 (S, V og M), imod stemte 50 (DD, SF, LA, KF, EL, DF, RV, ALT, NB og 1 DD (ved en\nfejl)), hverken for eller imod stemte 0.',
      { for: side(57, ['S', 'V', 'M']), against: side(50, ['DD', 'SF', 'LA', 'KF', 'EL', 'DF', 'RV', 'ALT', 'NB']), abstain: side(0) }],
    ['parliament, a member outside the groups',
      'For stemte 111 (S, V, SF, M, DD, LA, KF, EL, RV, DF, ALT, NB og Jens Vang (UFG)),\nimod stemte 0, hverken for eller imod stemte 0.',
      { for: side(111, ['S', 'V', 'SF', 'M', 'DD', 'LA', 'KF', 'EL', 'RV', 'DF', 'ALT', 'NB'], ['Jens Vang']), against: side(0), abstain: side(0) }],
    ['committee labels',
      'For: A, C, V\nImod: Ø og F på punkt 3 og 4.\nUndlod: O',
      { for: side(null, ['A', 'C', 'V']), against: side(null, ['Ø', 'F']), abstain: side(null, ['O']) }],
    ['labels with bracketed parties and a numbered list',
      'For stemte (V).\nImod stemte (Ø), (C), (A) og Hanne Krogh Lind (UP2).\n1.-2. Godkendt.',
      { for: side(null, ['V']), against: side(null, ['Ø', 'C', 'A'], ['Hanne Krogh Lind']), abstain: none }],
    ['one name per line after the label',
      'For stemte:\nAnne Marie Holt (V)\nPer Lund Madsen (V)\nLise Berg (A)\nGodkendt.',
      { for: side(null, [], ['Anne Marie Holt', 'Per Lund Madsen', 'Lise Berg']), against: none, abstain: none }],
    ['one name per paragraph after the label',
      'For stemte:\n\nAnne Marie Holt (V)\n\nLise Berg (A)\n\nUdvalget erklærede Per Lund (V) for inhabil.',
      { for: side(null, [], ['Anne Marie Holt', 'Lise Berg']), against: none, abstain: none }],
    ['a name with party, then the verb',
      'Anbefales. Mehmet Ali Yilmaz (Ø) stemte imod.',
      { for: none, against: side(null, [], ['Mehmet Ali Yilmaz']), abstain: none }],
    ['parties abstaining by verb, label with a reason',
      '1.-2. V og A undlader.\nImod stemte UP, da UP er imod, at der arbejdes videre.',
      { for: none, against: side(null, ['UP']), abstain: side(null, ['V', 'A']) }],
    ['a majority in brackets',
      'Et flertal i udvalget (A, V og C) kunne tiltræde indstillingen. Et mindretal (Ø) kunne ikke tiltræde.',
      { for: side(null, ['A', 'V', 'C']), against: side(null, ['Ø']), abstain: none }],
    ['a tally', 'Forslaget blev vedtaget med 5 stemmer mod 2.', { for: side(5), against: side(2), abstain: none }],
    ['a tally and a named voter', 'Godkendt med 6 stemmer mod 1. Jens Bo (Ø) stemte imod.', { for: side(6), against: side(1, [], ['Jens Bo']), abstain: none }],
    ['a tally of three', 'Vedtaget med 15 stemmer for, 5 imod og 2 undlod.', { for: side(15), against: side(5), abstain: side(2) }],
    ['count, colon, list', 'For stemte 20: A, V og C.\nImod stemte 5: Ø.', { for: side(20, ['A', 'V', 'C']), against: side(5, ['Ø']), abstain: none }],
    ['Ja / Nej / Undlod', 'Ja: 12, Nej: 3, Undlod: 1', { for: side(12), against: side(3), abstain: side(1) }],
    ['parties by name and by group', 'Godkendt. Enhedslisten og V-gruppen stemte imod.', { for: none, against: side(null, ['Ø', 'V']), abstain: none }],
    ['association: nothing but unanimity', 'Enstemmigt vedtaget.', null],
    ['no vote at all', 'Udvalget godkendte indstillingen. Kultur- og Fritidsudvalget kunne tiltræde.', null]
  ])('%s', (_name, text, votes) => {
    expect(readVotes(text).votes).toEqual(votes)
  })
})

describe('readVotes: unanimity and dissent', () => {
  it.each<[string, boolean | null, Array<[string | null, string | null, string]>]>([
    ['Enstemmigt vedtaget.', true, []],
    ['Vedtaget med akklamation.', true, []],
    ['Udvalgets indstilling er vedtaget enstemmigt.', true, []],
    ['For stemte 111 (S, V og M), imod stemte 0, hverken for eller imod stemte 0.', true, []],
    ['Godkendt.', null, []],
    ['Et enigt udvalg anbefaler indstillingen.', true, []],
    ['Agnete Moos blev genvalgt uden modkandidater.', null, []],
    ['Flertal for forslaget.', false, []],
    ['Anbefales. Mehmet Ali Yilmaz (Ø) stemte imod.', false, [['Mehmet Ali Yilmaz', 'Ø', 'against']]],
    ['Lise Berg (A) og Ole Dam (A) stemte imod med bemærkning om, at tilskuddet er for lavt.', false,
      [['Lise Berg', 'A', 'against'], ['Ole Dam', 'A', 'against']]],
    ['Godkendt. Kim Storm (F) stemte imod med følgende mindretalsudtalelse: "F ønsker en anden placering."', false,
      [['Kim Storm', 'F', 'minority-statement']]],
    ['Godkendt. Rasmus Aagaard kunne ikke tiltræde.', false, [['Rasmus Aagaard', null, 'against']]],
    ['Godkendt. Jakob Bech Holm tog forbehold vedrørende finansieringen.', null, [['Jakob Bech Holm', null, 'reservation']]],
    ['1.-4. (V) stemmer imod med bemærkning om, at der ønskes borgerinddragelse.', false, [[null, 'V', 'against']]],
    ['Anbefales. Mette Friis (Ø) undlod at tage stilling til indstillingspunkt 1 og 4.', false, [['Mette Friis', 'Ø', 'abstain']]],
    ['Imod: Ø og F på punkt 3 og 4.', false, [[null, 'Ø', 'against'], [null, 'F', 'against']]],
    ['Godkendt. Mette Friis stemte imod Ø\'s forslag om en ny sti.', false, [['Mette Friis', null, 'against']]]
  ])('%s', (text, unanimous, dissent) => {
    const facts = readVotes(text)
    expect(facts.unanimous).toBe(unanimous)
    expect(facts.dissent.map((d) => [d.name, d.party, d.stance])).toEqual(dissent)
  })

  it('keeps the sub-points a dissent applies to in its text', () => {
    expect(readVotes('Godkendt.\nImod: Ø og F på punkt 3 og 4.').dissent[0]!.text).toBe('Imod: Ø og F på punkt 3 og 4.')
    expect(readVotes('1.-4. (V) stemmer imod med bemærkning om, at der ønskes en bred borgerinddragelse.').dissent[0]!.text)
      .toBe('1.-4. (V) stemmer imod med bemærkning om, at der ønskes en bred borgerinddragelse.')
  })
})

describe('readItemAbsence', () => {
  it.each<[string, string[], string[]]>([
    ['Godkendt.\nAfbud: Kirsten Bo, Lars Winther', ['Kirsten Bo', 'Lars Winther'], []],
    ['Godkendt.\nFraværende: Lars Winther (C).', ['Lars Winther'], []],
    ['Godkendt. Hans Peter Friis (A) deltog ikke i sagens behandling.', ['Hans Peter Friis'], []],
    ['Taget til efterretning. Birgit Lund var forhindret i at deltage.', ['Birgit Lund'], []],
    ['Søren Bak (V) erklærede sig inhabil og forlod mødet under behandlingen af punktet.', ['Søren Bak'], ['Søren Bak']],
    ['Udvalget erklærede Per Lund Madsen (V) for inhabil i punktets behandling.', [], ['Per Lund Madsen']],
    ['Udvalget erklærede Per Lund Madsen (V) for inhabil. Per Lund Madsen (V) forlod herefter lokalet.', ['Per Lund Madsen'], ['Per Lund Madsen']],
    ['Godkendt. Anne Holt forlod mødet kl. 18.30.', [], []],
    ['Per Lund Madsen (V) spurgte, om han er inhabil. Godkendt.', [], []]
  ])('%s', (text, absent, conflicts) => {
    expect(readItemAbsence(text)).toEqual({ absent, conflicts })
  })
})

describe('outcome rules learn the vote forms', () => {
  it.each<[string, string]>([
    ['For stemte 50 (S og V), imod stemte 57 (SF, EL og DF), hverken for eller imod stemte 0.\nForslaget er forkastet.', 'rejected'],
    ['For stemte 57 (S, V og M), imod stemte 50 (DD og SF), hverken for eller imod stemte 0.\nForslaget er vedtaget.', 'approved'],
    ['Et mindretal (Ø) kunne ikke tiltræde. Et flertal i udvalget (A, V og C) kunne tiltræde indstillingen.', 'approved'],
    ['Udvalgets indstilling er vedtaget.', 'approved'],
    ['Enstemmigt vedtaget.', 'approved'],
    ['Begge blev genvalgt.', 'elected'],
    ['Agnete Moos blev valgt uden modkandidater.', 'elected'],
    ['Der var ikke flertal for forslaget, som bortfaldt.', 'unknown']
  ])('%s → %s', (text, outcome) => {
    expect(completeDecision({ text, outcome: decisionOutcome(text) }).outcome).toBe(outcome)
  })
})

describe('decisionFromBody: the result in running text', () => {
  it('takes the vote and the result sentence after it', () => {
    const found = decisionFromBody([
      { text: 'Formanden (Hans Holm):\nDer stemmes om udvalgets indstilling.', line: 10 },
      { text: 'For stemte 99 (S, V og M),\nimod stemte 0, hverken for eller imod stemte 0.', line: 13 },
      { text: 'Udvalgets indstilling er vedtaget enstemmigt.', line: 16 }
    ])
    expect(found).toEqual({
      decision: { text: 'For stemte 99 (S, V og M), imod stemte 0, hverken for eller imod stemte 0.\n\nUdvalgets indstilling er vedtaget enstemmigt.', outcome: 'approved' },
      line: 13
    })
  })

  it.each<[string, string | null]>([
    ['Kassereren gennemgik regnskabet. Årsregnskabet blev herefter enstemmigt godkendt.', 'approved'],
    ['Herefter blev beretningen taget til efterretning.', 'noted'],
    ['Pia Holm og Leif Dam var på valg. Begge blev genvalgt.', 'elected'],
    ['Forslaget blev sat til afstemning og blev forkastet.', 'rejected'],
    ['Ane Moos blev genvalgt til revisor uden modkandidater.', 'elected'],
    ['Som dirigent valgtes Gert Holm, der konstaterede at generalforsamlingen var lovligt indvarslet.', 'elected'],
    ['Bestyrelsen modtog genvalg med akklamation.', 'elected'],
    ['Budgettet blev vedtaget i oktober 2023 og gælder fortsat.', null],
    ['Formanden orienterede om arbejdet i udvalget.', null]
  ])('%s', (text, outcome) => {
    expect(decisionFromBody([{ text, line: 1 }])?.decision.outcome ?? null).toBe(outcome)
  })
})

describe('properties', () => {
  const words = fc.constantFrom('For stemte', 'imod stemte', 'hverken for eller imod stemte', 'Imod:', 'For:', 'Undlod:', '(', ')', ',', ' og ',
    'S', 'V', 'Ø', 'UP2', 'Jens Hansen', '(A)', '12', '0', '.', '\n', 'stemte imod', 'undlod', 'tog forbehold', 'enstemmigt', 'Et flertal', 'med 3 stemmer mod 2')
  const texts = fc.oneof(fc.string(), fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' ')))

  it('never throws, and counts are non-negative integers or null', () => {
    fc.assert(fc.property(texts, (text) => {
      const { votes, dissent } = readVotes(text)
      for (const s of votes ? [votes.for, votes.against, votes.abstain] : []) {
        expect(s.count === null || (Number.isInteger(s.count) && s.count >= 0)).toBe(true)
        for (const party of s.parties) expect(isPartyCode(party)).toBe(true)
      }
      for (const entry of dissent) expect(entry.name !== null || entry.party !== null).toBe(true)
      readItemAbsence(text)
      decisionFromBody([{ text, line: 1 }])
    }), { numRuns: 300 })
  })
})

describe('in the pipeline', () => {
  const report = (text: string): string[] =>
    validate(text).filter((d) => d.rule === 'vote-contradicts-outcome').map((d) => `${d.line}:${d.column}: ${d.message}`)
  const doc = (...lines: string[]): string => lines.join('\n')
  const header = ['REFERAT Byrådet', 'Dato: 3. maj 2024', '']

  it('rule vote-contradicts-outcome (ok and not ok)', () => {
    const ok = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'For stemte 17 (A, V og C), imod stemte 8 (Ø og F).', 'Forslaget er vedtaget.')
    expect(report(ok)).toEqual([])
    const approved = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'For stemte 8 (Ø og F), imod stemte 17 (A, V og C).', 'Forslaget er vedtaget.')
    expect(report(approved)).toEqual(['6:1: Punkt 1 is approved, but 17 voted against and 8 for (expected more for than against)'])
    const rejected = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'For stemte 9 (A og V), imod stemte 4 (Ø).', 'Forslaget er forkastet.')
    expect(report(rejected)).toEqual(['6:1: Punkt 1 is rejected, but 9 voted for and 4 against (expected more against than for)'])
    // The same meaning in the sentence forms: a count before its side, and a tally after a rejection (its first count is against).
    const counted = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', '27 stemte for, 9 imod. Forslaget er forkastet.')
    expect(report(counted)).toEqual(['6:1: Punkt 1 is rejected, but 27 voted for and 9 against (expected more against than for)'])
    expect(report(doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'Forslaget blev forkastet med 9 stemmer mod 4.'))).toEqual([])
    // A corrected count stands: the ballot it replaces is no contradiction.
    const corrected = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'For: 6, Imod: 5. Forslaget blev vedtaget.', 'Rettelse: For: 5, Imod: 6. Forslaget er dermed forkastet.')
    expect(report(corrected)).toEqual([])
    const present = doc('REFERAT Udvalget', 'Dato: 3. maj 2024', 'Til stede: Anne Holm (A), Jens Lund (V), Karen Bæk (F)', '',
      'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt med 4 stemmer mod 1.')
    expect(report(present)).toEqual(['7:1: Punkt 1 records 5 votes, but 3 members are present'])
  })

  it('fills the decision, absence and conflicts of parsed minutes, and the CSV columns', () => {
    const text = doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '',
      'Anbefales. Mette Friis (Ø) stemte imod. Jens Bo (V) deltog ikke i sagens behandling.', 'Søren Bak (A) erklærede sig inhabil.')
    const result = parse(text)
    const item = result.items[0]!
    expect(item.decision).toMatchObject({ outcome: 'recommended', unanimous: false, votes: { against: { count: null, parties: [], names: ['Mette Friis'] } } })
    expect(item.absent).toEqual(['Jens Bo'])
    expect(item.conflicts).toEqual(['Søren Bak'])
    const [head, row] = toCsv(result).split('\r\n').map((line) => line.split(','))
    const cell = (column: string): string | undefined => row![head!.indexOf(column)]
    expect(['unanimous', 'votes_for', 'votes_against', 'votes_against_names', 'votes_abstain', 'dissent'].map(cell)).toEqual(['false', '', '', 'Mette Friis', '', 'Mette Friis (Ø): against'])
  })

  it('reads the vote and result of an item without a decision heading', () => {
    const text = doc('Folketingets 40. møde', 'Tirsdag den 9. januar 2024 kl. 13.00', '',
      '1. Indstilling fra Udvalget til Valgs Prøvelse', '', 'Formanden (Hans Holm):', 'Der stemmes om udvalgets indstilling.', '',
      'For stemte 99 (S, V, SF, M, DD, LA, KF, EL, RV, DF, ALT, NB og Jens Vang', '(UFG)), imod stemte 0, hverken for eller imod stemte 0.', '',
      'Udvalgets indstilling er vedtaget enstemmigt.', '',
      '2. Forslag til folketingsbeslutning om skovrejsning', '', 'For stemte 40 (SF, EL og ALT), imod stemte 60 (S, V og M), hverken for eller imod stemte 2 (DF).', '',
      'Forslaget til folketingsbeslutning er forkastet.')
    const [first, second] = parse(text).items
    expect(first!.decision).toMatchObject({ outcome: 'approved', unanimous: true, votes: { for: { count: 99, names: ['Jens Vang'] }, against: { count: 0 }, abstain: { count: 0 } } })
    expect(second!.decision).toMatchObject({ outcome: 'rejected', unanimous: false, votes: { for: { count: 40 }, against: { count: 60 }, abstain: { count: 2, parties: ['DF'] } } })
  })
})

describe('dissent on sub-points', () => {
  it('keeps the sub-point marker of the line, and each entry once', () => {
    const facts = readVotes('1. Imod stemte UP. V og A undlader.\n2. For stemte UP. V og A undlader.')
    expect(facts.dissent.map((d) => `${d.party}: ${d.stance}: ${d.text}`)).toEqual([
      'UP: against: 1. Imod stemte UP.', 'V: abstain: 1. V og A undlader.', 'A: abstain: 1. V og A undlader.',
      'V: abstain: 2. V og A undlader.', 'A: abstain: 2. V og A undlader.'
    ])
  })
})

describe('crafted inputs finish (ReDoS guard)', { timeout: 10_000 }, () => {
  const N = 200_000
  it.each(Object.entries({
    pairs: `For stemte 1 ${'(a)'.repeat(N / 3)}x`,
    open: `Imod: ${'(Ø '.repeat(N / 3)}`,
    lists: `For: ${'A og '.repeat(N / 5)}.`,
    names: `${'Jens Hansen (A) stemte imod. '.repeat(N / 29)}`,
    labels: `${'For stemte 3, imod stemte 2, '.repeat(N / 29)}`,
    words: `${'Anne Marie '.repeat(N / 11)}tog forbehold.`,
    results: `${'Det er vedtaget. '.repeat(N / 17)}`
  }))('%s', (_, text) => {
    readVotes(text)
    readItemAbsence(text)
    expect(decisionFromBody([{ text, line: 1 }])).toBeDefined()
  })
})

describe('association minutes without decision headings', () => {
  const text = ['Referat af ordinær generalforsamling', 'Dato: 4. december 2017', '',
    '1. Valg af dirigent', '', 'Som dirigent valgtes Jens Holm.', '',
    '2. Regnskab', '', 'Kassereren gennemgik regnskabet.', 'Regnskabet blev enstemmigt godkendt.', '',
    '3. Eventuelt', '', 'Der blev talt om julefrokosten.'].join('\n')

  it('take the result sentence as the decision, and warn only where there is none', () => {
    const result = parse(text)
    expect(result.items.map((item) => [item.number, item.decision?.outcome ?? null, item.decision?.unanimous ?? null])).toEqual([
      ['1', 'elected', null], ['2', 'approved', true], ['3', null, null]
    ])
    expect(result.items[1]!.decision!.text).toBe('Regnskabet blev enstemmigt godkendt.')
    expect(validate(text).filter((d) => d.rule === 'item-without-decision').map((d) => d.line)).toEqual([13])
  })

  it('read the vote printed just before a closing decision', () => {
    const voted = ['Referat af ordinær generalforsamling', 'Dato: 4. december 2017', '',
      '1. Forslag om ny legeplads', '', 'Bestyrelsen fremlagde forslaget.', 'For stemte 12 (A og V), imod stemte 3 (Ø).', 'Forslaget godkendt.'].join('\n')
    expect(parse(voted).items[0]!.decision).toMatchObject({
      text: 'Forslaget godkendt.', outcome: 'approved', unanimous: false,
      votes: { for: { count: 12, parties: ['A', 'V'] }, against: { count: 3, parties: ['Ø'] } }
    })
  })
})

describe('votes in association and council forms, dissent relative to the outcome', () => {
  type Row = [string, string, { for: number | null; against: number | null; abstain: number | null }, string, Array<[string | null, string]>]
  it.each<Row>([
    ['a count with its unit', 'For stemte: 14 ejere\nImod stemte: 3 ejere\nForslaget blev vedtaget.', { for: 14, against: 3, abstain: null }, 'approved', []],
    ['a count with its unit under the label', 'For stemte:\n14 ejere\nImod stemte:\n3 ejere\nUndlod:\n1 ejer\nForslaget blev vedtaget.', { for: 14, against: 3, abstain: 1 }, 'approved', []],
    ['counts before their side', '27 stemte for, 9 imod. Forslaget blev vedtaget.', { for: 27, against: 9, abstain: null }, 'approved', []],
    ['one side a line, blank votes uncounted', 'Forslaget blev sat til afstemning.\n5 stemmer for\n2 stemmer imod\nDer var også blanke stemmer.\nForslaget er vedtaget.',
      { for: 5, against: 2, abstain: null }, 'approved', []],
    ['sides with slashes and blanks counted', '12 stemmer for / 4 stemmer imod / 2 blanke. Vedtaget.', { for: 12, against: 4, abstain: 2 }, 'approved', []],
    ['a tally after the result', 'Forslaget blev vedtaget med 31 stemmer mod 8.', { for: 31, against: 8, abstain: null }, 'approved', []],
    ['a rejection: its first count is against', 'Forslaget blev forkastet med 9 stemmer mod 4.', { for: 4, against: 9, abstain: null }, 'rejected', []],
    ['a counted ballot, then a correction that reverses it',
      'For: 6, Imod: 5. Forslaget blev vedtaget.\nRettelse: En fuldmagt var talt med ved en fejl. For: 5, Imod: 6. Forslaget er dermed forkastet.',
      { for: 5, against: 6, abstain: null }, 'rejected', []],
    ['a correction with no result said: its counts decide', 'Forslaget blev vedtaget med 12 stemmer mod 10.\nEfter fornyet optælling: 10 stemte for, 12 imod.',
      { for: 10, against: 12, abstain: null }, 'rejected', []],
    ['rejected: those for it dissent, stance for', 'Forkastet. For: 3 (A, F), Imod: 5 (V, C, O).', { for: 3, against: 5, abstain: null }, 'rejected', [['A', 'for'], ['F', 'for']]],
    ['rejected, a named member voting for', 'Forslaget blev forkastet. Lise Berg (Ø) stemte for.', { for: null, against: null, abstain: null }, 'rejected', [['Lise Berg', 'for']]],
    ['carried: those against dissent', 'Vedtaget. For: 5 (V, C, O), Imod: 3 (A, F).', { for: 5, against: 3, abstain: null }, 'approved', [['A', 'against'], ['F', 'against']]],
    ['several votes in one item: the last is the decision',
      'Ændringsforslag fra Ø: For: 2 (Ø), Imod: 7 (A, V, C). Forkastet.\nIndstillingen: For: 7 (A, V, C), Imod: 2 (Ø). Godkendt.',
      { for: 7, against: 2, abstain: null }, 'approved', [['Ø', 'against']]]
  ])('%s', (_name, text, counts, outcome, dissent) => {
    const decision = completeDecision({ text, outcome: decisionOutcome(text) })
    const count = (side: 'for' | 'against' | 'abstain'): number | null => decision.votes?.[side].count ?? null
    expect({ for: count('for'), against: count('against'), abstain: count('abstain') }).toEqual(counts)
    expect(decision.outcome).toBe(outcome)
    expect(decision.dissent.map((entry) => [entry.name ?? entry.party, entry.stance])).toEqual(dissent)
  })

  it('unanimity is relative to the outcome too', () => {
    expect(completeDecision({ text: 'Forkastet. For: 3 (A, F), Imod: 5 (V, C, O).', outcome: 'rejected' }).unanimous).toBe(false)
    expect(completeDecision({ text: 'For stemte 0, imod stemte 9 (A, V og C). Forslaget er forkastet.', outcome: 'rejected' }).unanimous).toBe(true)
  })
})
