import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDate } from '../src/extract/date.js'
import { chooseDecision, decisionOutcome } from '../src/extract/decision.js'
import { hasDecisionText, headingOrgan, isSameOrgan } from '../src/extract/decision-choice.js'
import { readInput } from '../src/input/read.js'
import { parse } from '../src/parse.js'
import { documentOf, parseFile } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import { ROOT } from './helpers.js'

// Sentences of our own in the forms Danish minutes use (names are made up).

describe('decisionOutcome: the many ways minutes say what happened', () => {
  it.each([
    // A discussion first, then a clause saying what was decided: the clause's outcome.
    ['Der var foretræde til sagen, hvorefter udvalget drøftede sagen. Udvalget besluttede herefter at udsætte sagens behandling.', 'postponed'],
    ['Udvalget drøftede sagen og besluttede at godkende indstillingen.', 'approved'],
    ['Bestyrelsen drøftede forslaget og blev enige om at anbefale det.', 'recommended'],
    // A discussion with a plan after it, not a decision clause: discussed.
    ['Punktet blev drøftet. Sagen genoptages på det kommende møde.', 'discussed'],
    ['Drøftet.', 'discussed'],
    // Elections and appointments.
    ['Kirsten Dam blev valgt.', 'elected'],
    ['Begge blev genvalgt uden modkandidater.', 'elected'],
    ['Som kasserer valgtes Ib Holm.', 'elected'],
    ['Kultur- og Fritidsudvalget udpegede Lise Bak (V) og Ole Kim (A) til museets bestyrelse.', 'elected'],
    ['Udvalget udpeger Per Lund (C) som repræsentant i rådet.', 'elected'],
    ['Bestyrelsen konstituerede sig med Anne Sand som formand.', 'elected'],
    ['Jens Moe er konstitueret som direktør.', 'elected'],
    ['Udvalget valgte Hans Berg som formand.', 'elected'],
    ['Mette Friis blev ikke valgt.', 'rejected'],
    // What an organ decided.
    ['KKR Midtjylland besluttede at arbejde for flere pladser.', 'approved'],
    ['Det blev besluttet, at arrangementet flyttes til maj.', 'approved'],
    ['Bestyrelsen blev enige om at indhente tre tilbud.', 'approved'],
    ['Udvalget bevilgede 50.000 kr. til projektet.', 'approved'],
    ['Udvalget besluttede at anbefale forslaget over for Byrådet.', 'recommended'],
    ['Udvalget besluttede ikke at godkende forslaget.', 'rejected'],
    ['Sagen blev sendt tilbage til administrationen med henblik på en ny plan.', 'referred'],
    ['Sagen blev taget af dagsordenen.', 'postponed'],
    ['Punktet udgår af dagsordenen.', 'postponed'],
    // Orientations: noted where nothing else is said, never over a decision.
    ['Formanden orienterede om: Ny hal åbner i maj.', 'noted'],
    ['Der blev orienteret om status på byggeriet.', 'noted'],
    ['Forvaltningen orienterede om sagen. Udvalget godkendte indstillingen.', 'approved'],
    ['Der var ingen punkter til eventuelt.', 'none'],
    // No phrase says what happened.
    ['Mette fortalte om mødet.', 'unknown'],
    ['Udvalget ønsker en sag om trafikken.', 'unknown']
  ])('%s → %s', (text, outcome) => {
    expect(decisionOutcome(text)).toBe(outcome)
  })
})

describe('hasDecisionText: empty blocks and signature blocks are never a decision', () => {
  it.each([
    ['', false],
    ['.', false],
    [' \n - \n', false],
    ['Referat vedtaget af:\nJens Holm (formand)\nKaren Lund (næstformand)', false],
    ['Referat godkendt og underskrevet', false],
    ['Underskrevet af: Jens Holm', false],
    ['Godkendt.', true],
    ['Referatet blev godkendt.', true],
    ['1. Godkendt', true]
  ])('%j → %s', (text, expected) => {
    expect(hasDecisionText(text)).toBe(expected)
  })

  it('a signature block under a decision is cut off it', () => {
    expect(chooseDecision([{ heading: 'Beslutning', text: 'Godkendt.\n\nReferat vedtaget af:\nJens Holm (formand)' }], null)?.text).toBe('Godkendt.')
  })

  it('a signature block under Eventuelt is no decision; the sentence before it is', () => {
    const doc = parse(['Referat af generalforsamling', 'Dato: 4. december 2019', '', '1. Regnskab', '', 'Regnskabet blev godkendt.', '',
      '2. Eventuelt', '', 'Der blev talt om haven.', '', 'Referat vedtaget af:', '', 'Jens Holm (formand)', '',
      '3. Afslutning', '', 'Referat godkendt og underskrevet'].join('\n'))
    expect(doc.items.map((item) => [item.number, item.decision?.outcome ?? null])).toEqual([['1', 'approved'], ['2', null], ['3', null]])
  })
})

describe('headingOrgan and isSameOrgan', () => {
  it.each([
    ['Beslutning', null],
    ['Beslutninger', null],
    ['Udvalgets beslutning', null],
    ['Beslutning den 3. maj 2024', null],
    ['Byrådets beslutning den 12. december 2022', 'Byrådet'],
    ['Beslutning i Økonomiudvalget', 'Økonomiudvalget'],
    ['Afgørelse fra Byggeklageenheden', 'Byggeklageenheden'],
    ['Beslutning Økonomiudvalget 04-03-2024', 'Økonomiudvalget'],
    ['Kultur- og Fritidsudvalgets beslutning:', 'Kultur- og Fritidsudvalget'],
    ['Beslutning i Udvalget for Teknik og Miljø den 10-04-2023', 'Udvalget for Teknik og Miljø'],
    ['ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS 2024', 'Økonomiudvalget'],
    ['BESLUTNING I BYRÅDET', 'Byrådet']
  ])('%s → %s', (heading, organ) => {
    expect(headingOrgan(heading)).toBe(organ)
  })

  it.each([
    ['Byrådets', 'Byrådet', true],
    ['Byrådet', 'Greve Byråd', true],
    ['KKR Midtjyllands', 'KKR Midtjylland', true],
    ['Økonomiudvalget', 'Byrådet', false],
    ['Byggeklageenheden', 'Plan- og Miljøudvalget', false]
  ])('%s is %s: %s', (organ, body, same) => {
    expect(isSameOrgan(organ, body)).toBe(same)
  })
})

describe("chooseDecision: this meeting's decision, by who decided and when", () => {
  const council = { body: 'Byrådet', date: '2022-12-12' }
  it.each<[string, { body: string | null; date: string | null }, Array<[string, string]>, string | null]>([
    ["the council's own, printed before the committee's", council,
      [['Byrådets beslutning den 12. december 2022', 'Byrådet godkendte Økonomiudvalgets indstilling.'],
        ['Økonomiudvalgets beslutning den 5. december 2022', 'Økonomiudvalget anbefaler overfor Byrådet at godkende.']],
      'Byrådet godkendte Økonomiudvalgets indstilling.'],
    ['the organ after the word', { body: 'Økonomiudvalget', date: null },
      [['Beslutning i Økonomiudvalget', 'Anbefales.'], ['Beslutning i Byrådet', 'Godkendt.']], 'Anbefales.'],
    ["an outside body's ruling quoted after the decision", { body: 'Plan- og Miljøudvalget', date: '2024-03-05' },
      [['Beslutning', 'Taget til efterretning.'], ['Afgørelse fra Byggeklageenheden', 'Klagen afvises.']], 'Taget til efterretning.'],
    ['a case history: the meeting day wins', { body: 'Teknisk Udvalg', date: '2023-06-20' },
      [['Beslutning i Teknisk Udvalg den 10-04-2023', 'Udsat.'], ['Beslutning i Teknisk Udvalg den 20-06-2023', 'Godkendt.'],
        ['Beslutning i Teknisk Udvalg den 24-04-2023', 'Drøftet.']], 'Godkendt.'],
    ['plain headings: the subject of the text tells the organ', { body: 'Greve Byråd', date: null },
      [['Beslutning', 'Byrådet godkendte indstillingen.'], ['Beslutning', 'Økonomiudvalget anbefaler overfor Byrådet at godkende.']],
      'Byrådet godkendte indstillingen.'],
    ['an empty block is never the decision', council, [['Beslutning', 'Godkendt.'], ['Beslutning', '.']], 'Godkendt.'],
    ['nothing to tell them apart: the last', { body: null, date: null }, [['Beslutning', 'Drøftet.'], ['Beslutning', 'Godkendt.']], 'Godkendt.'],
    ['only empty blocks: none', council, [['Beslutning', ''], ['Byrådets beslutning', ' . ']], null]
  ])('%s', (_name, meeting, blocks, text) => {
    expect(chooseDecision(blocks.map(([heading, body]) => ({ heading, text: body })), meeting)?.text ?? null).toBe(text)
  })
})

describe("a structured export's decision fields go through the same choice", () => {
  it("a FirstAgenda item with the council's and the committee's decision", async () => {
    const field = (heading: string, text: string): string => `<h3>${heading}</h3><p>${text}</p>`
    const json = {
      Udvalg: { Navn: 'Byrådet' },
      Moede: { Dato: '2022-12-12T17:00:00', Navn: 'Referat' },
      Dagsordenpunkter: [{
        Punktnummer: 1, Navn: 'Budget 2023', Bilag: [],
        Felter: [{ Navn: '', Html: field('Beslutning i Byrådet', 'Byrådet godkendte Økonomiudvalgets indstilling.') +
          field('Beslutning i Økonomiudvalget', 'Økonomiudvalget anbefaler overfor Byrådet at godkende budgettet.') +
          field('Sagsfremstilling', 'Budgettet for 2023.') }]
      }]
    }
    const doc = documentOf(await readInput('export.json', Buffer.from(JSON.stringify(json))))
    const [item] = doc.items
    expect(item!.sections.filter((section) => section.kind === 'beslutning')).toHaveLength(2)
    expect(item!.decision).toMatchObject({ text: 'Byrådet godkendte Økonomiudvalgets indstilling.', outcome: 'approved' })
  })
})

describe('the unheaded opening block where the template puts the decision first', () => {
  const head = ['Referat', 'Byrådet', 'Dato: 12. december 2022', '']
  const opened = (number: number, decision: string): string[] =>
    [`Punkt ${number}: Sag ${number}`, '', 'Beslutning', '', decision, '', 'Sagsfremstilling', '', `Om sag ${number}.`, '']

  it('is the decision where the other items open with theirs', () => {
    const doc = parse([...head, ...opened(1, 'Godkendt.'), ...opened(2, 'Taget til efterretning.'),
      'Punkt 3: Lukket: Salg af grund', '', 'Anbefales.', '', 'Imod stemte: Ø', ''].join('\n'))
    expect(doc.items[2]!.decision).toMatchObject({ text: 'Anbefales.\n\nImod stemte: Ø', outcome: 'recommended', votes: { against: { parties: ['Ø'] } } })
  })

  it('is not where the template puts the decision last', () => {
    const last = (number: number, decision: string): string[] =>
      [`Punkt ${number}: Sag ${number}`, '', 'Sagsfremstilling', '', `Om sag ${number}.`, '', 'Beslutning', '', decision, '']
    const doc = parse([...head, ...last(1, 'Godkendt.'), ...last(2, 'Taget til efterretning.'),
      'Punkt 3: Lukket: Salg af grund', '', 'Sagen skal behandles.', ''].join('\n'))
    expect(doc.items[2]!.decision).toBeNull()
  })
})

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs')

/** Whether a decision heading names another day or another organ than the meeting's. */
function isForeign(heading: string, doc: Referat): boolean {
  const date = parseDate(heading)
  if (date && doc.meeting.date && date !== doc.meeting.date) return true
  const organ = headingOrgan(heading)
  return Boolean(organ && doc.meeting.body && !isSameOrgan(organ, doc.meeting.body))
}

const fold = (text: string): string => text.replace(/^[ \t]*[-•*–][ \t]+/gmu, '').replace(/\s+/gu, ' ').trim()

describe.skipIf(!existsSync(CORPUS))('corpus: no decision from another organ or another day', () => {
  it('every item with several decision sections takes one of this meeting where there is one', { timeout: 300_000 }, async () => {
    let checked = 0
    for (const name of readdirSync(CORPUS).sort()) {
      let doc: Referat
      try {
        doc = await parseFile(join(CORPUS, name))
      } catch {
        continue // not minutes (a listing page): nothing to check
      }
      for (const item of doc.items) {
        const blocks = item.sections.filter((section) => section.kind === 'beslutning' && hasDecisionText(section.text))
        if (blocks.length < 2 || !item.decision) continue
        const own = blocks.filter((block) => !isForeign(block.heading, doc))
        if (own.length === 0 || own.length === blocks.length) continue
        checked++
        const from = blocks.filter((block) => fold(block.text).startsWith(fold(item.decision!.text).slice(0, 60)))
        expect(from.length, `${name} item ${item.number}: decision not from a decision section`).toBeGreaterThan(0)
        expect(from.some((block) => !isForeign(block.heading, doc)), `${name} item ${item.number}: decision from ${from.map((b) => b.heading).join(' / ')}`).toBe(true)
      }
    }
    // The Acadre export's case history (three meetings of one committee) is in the corpus.
    expect(checked).toBeGreaterThan(0)
  })
})
