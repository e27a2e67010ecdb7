import { describe, expect, it } from 'vitest'
import { classifyLine } from '../src/split/classify-line.js'
import { matchAbsenceLine } from '../src/split/recognise/absence-line.js'
import { matchCaseNumber } from '../src/split/recognise/case-number.js'
import { matchItemHeading } from '../src/split/recognise/item-heading.js'
import { matchSectionHeading } from '../src/split/recognise/section-heading.js'
import { matchTocHeading, matchTocLine } from '../src/split/recognise/toc-line.js'

describe('matchItemHeading', () => {
  it.each([
    ['Punkt 3: Afrapportering på central udmelding', { marker: 'punkt', number: '3', title: 'Afrapportering på central udmelding', closed: false }],
    ['Punkt 1. Godkendelse af dagsorden', { marker: 'punkt', number: '1', title: 'Godkendelse af dagsorden', closed: false }],
    ['Punkt 5: Lukket: Ledermøde 13. december 2024', { marker: 'punkt', number: '5', title: 'Ledermøde 13. december 2024', closed: true }],
    ['3. Økonomimodel Sjælland', { marker: 'numbered', number: '3', title: 'Økonomimodel Sjælland', closed: false }],
    ['2.1. Tamarække i KKR – fremtidens velfærd', { marker: 'numbered', number: '2.1', title: 'Tamarække i KKR – fremtidens velfærd', closed: false }],
    ['2.1 Temarække i KKR', { marker: 'numbered', number: '2.1', title: 'Temarække i KKR', closed: false }],
    ['Lukket: Lukket orientering', { marker: 'closed', number: null, title: 'Lukket orientering', closed: true }],
    ['6. Bedre styringsdata og ledelsesinformation .', { marker: 'numbered', number: '6', title: 'Bedre styringsdata og ledelsesinformation', closed: false }],
    ['2. *Styrket sektorsamarbejde på socialpsykiatri- og handicapområdet*', { marker: 'numbered', number: '2', title: 'Styrket sektorsamarbejde på socialpsykiatri- og handicapområdet', closed: false }]
  ])('%s', (line, expected) => {
    expect(matchItemHeading(line)).toEqual({ kind: 'item-heading', ...expected })
  })

  it.each([
    ['2.1 mio. kr. er afsat'],
    ['1. at Byrådet godkender den eksisterende beskrivelse,'],
    ['3 sikrede pladser inden for kort tid'],
    ['Punkt 5 blev drøftet'],
    ['Lukket'],
    ['x'.repeat(400)]
  ])('not a heading: %s', (line) => {
    expect(matchItemHeading(line)).toBeUndefined()
  })
})

describe('matchTocLine', () => {
  it.each([
    ['Plan for ledermøder 2025.....\t11', { number: null, title: 'Plan for ledermøder 2025', page: 11, closed: false }],
    ['Lukket: Ledermøde 13. december 2024.....\t12', { number: null, title: 'Ledermøde 13. december 2024', page: 12, closed: true }],
    ['2.1. Temarække i KKR – fremtidens velfærd / samfundskontrakten\t5', { number: '2.1', title: 'Temarække i KKR – fremtidens velfærd / samfundskontrakten', page: 5, closed: false }],
    ['Punkt 1\tBeslutning: Godkendelse af dagsorden.....\t3', { number: '1', title: 'Beslutning: Godkendelse af dagsorden', page: 3, closed: false }],
    ['Punkt 4\tFremlæggelse og drøftelse af netværksgruppernes årsrapporter.. 2023.....\t7', { number: '4', title: 'Fremlæggelse og drøftelse af netværksgruppernes årsrapporter 2023', page: 7, closed: false }],
    ['Afrapportering på central udmelding om fornyet behandling i kommunerne vedrørende borgere me\t9', { number: null, title: 'Afrapportering på central udmelding om fornyet behandling i kommunerne vedrørende borgere me', page: 9, closed: false }],
    ['Rammeaftale 2025 - 2026.....\t5', { number: null, title: 'Rammeaftale 2025 - 2026', page: 5, closed: false }]
  ])('%s', (line, expected) => {
    expect(matchTocLine(line)).toEqual({ kind: 'toc-entry', ...expected })
  })

  it.each([['15/3\t5/4\t17/4'], ['Socialsekretariatet\t317.800 kr.\t2.498.901\t1,36%\t33.985 kr.'], ['Resume: Netværksgrupperne fremlægger deres årsrapporter for 2023']])(
    'not a TOC line: %s', (line) => {
      expect(matchTocLine(line)).toBeUndefined()
    })

  it.each([['Indholdsfortegnelse'], ['PUNKTER'], ['Indhold'], ['Dagsorden:']])('TOC heading: %s', (line) => {
    expect(matchTocHeading(line)).toBe(line)
  })
})

describe('matchSectionHeading', () => {
  it.each([
    ['Beslutning', 'beslutning', ''],
    ['Beslutning:', 'beslutning', ''],
    ['BESLUTNING', 'beslutning', ''],
    ['Drøftelse og beslutning:', 'beslutning', ''],
    ['Økonomiudvalgets beslutning den 12. marts 2024', 'beslutning', ''],
    ['Beslutning i Byrådet den 3. maj 2024', 'beslutning', ''],
    ['Resume og sagens baggrund', 'resume', ''],
    ['Sagsresumé', 'resume', ''],
    ['Indstillinger', 'indstilling', ''],
    ['Administrationens indstilling', 'indstilling', ''],
    ['Supplerende sagsfremstilling', 'supplerende-sagsfremstilling', ''],
    ['Økonomiske konsekvenser', 'oekonomi', ''],
    ['Planmæssige forhold/Lovgrundlag', 'lovgrundlag', ''],
    ['Behandlingsplan', 'behandling', ''],
    ['Indstilling: Det indstilles, at orienteringen tages til efterretning.', 'indstilling', 'Det indstilles, at orienteringen tages til efterretning.'],
    ['Bilag: Kommissorium', 'bilag', 'Kommissorium'],
    ['Indstilling ', 'indstilling', '']
  ])('%s', (line, section, rest) => {
    expect(matchSectionHeading(line)).toMatchObject({ kind: 'section-heading', section, rest })
  })

  it('gives the column where inline text starts', () => {
    //         1234567890123
    const line = 'Resume: Netværksgrupperne fremlægger'
    expect(matchSectionHeading(line)?.restColumn).toBe(9)
  })

  it.each([
    ['Beslutningssag: Status på 17 kommuners beslutning'],
    ['Administrationen indstiller;'],
    ['Bilag 1 Notat vedr. stigende sagstal.pdf'],
    ['Takstanbefaling 2025-2026:'],
    ['Beslutningen blev truffet efter en lang drøftelse i udvalget om mange forhold.']
  ])('not a section heading: %s', (line) => {
    expect(matchSectionHeading(line)).toBeUndefined()
  })
})

describe('matchCaseNumber', () => {
  it.each([
    ['24-012989', '24-012989'],
    ['SAG-2023-04719 snm/cata/bel', 'SAG-2023-04719'],
    ['27.00.00-A00-23-24', '27.00.00-A00-23-24'],
    ['00.30.00-G01-1-24', '00.30.00-G01-1-24'],
    ['Sagsnr.: 2024-001234', '2024-001234']
  ])('%s', (line, value) => {
    expect(matchCaseNumber(line)).toBe(value)
  })

  it.each([['2025-2026'], ['Ingen.'], ['Tidsplan 2024-2027 er vedtaget']])('not a case number: %s', (line) => {
    expect(matchCaseNumber(line)).toBeUndefined()
  })
})

describe('matchAbsenceLine', () => {
  it('splits names', () => {
    expect(matchAbsenceLine('Afbud: Søren Ole Sørensen, Michael Gravesen')).toEqual(['Søren Ole Sørensen', 'Michael Gravesen'])
  })
  it('reads "og" as a separator', () => {
    expect(matchAbsenceLine('Fraværende: Anne Hansen og Bo Jensen.')).toEqual(['Anne Hansen', 'Bo Jensen'])
  })
})

describe('classifyLine', () => {
  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['Beslutning', 'section-heading'],
    ['Plan for ledermøder 2025.....\t11', 'toc-entry'],
    ['Punkt 4: Plan for ledermøder 2025', 'item-heading'],
    ['24-012521', 'case-number'],
    ['Afbud: Søren Ole Sørensen', 'absence'],
    ['Godkendt.', 'text']
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind)
  })
})

describe('matchItemHeading: numbering styles of other systems', () => {
  it.each([
    ['3) Valg af dirigent', 'numbered', '3', 'Valg af dirigent'],
    ['§9 Indkomne forslag.', 'numbered', '9', 'Indkomne forslag.'],
    ['§ 4. Valg af revisor', 'numbered', '4', 'Valg af revisor'],
    ['D:Indkomne forslag.', 'numbered', 'D', 'Indkomne forslag.'],
    ['C: Fremlæggelse af regnskab.', 'numbered', 'C', 'Fremlæggelse af regnskab.'],
    ['Ad 3. Valg af formand', 'punkt', '3', 'Valg af formand'],
    ['Punkt 1 – Status', 'punkt', '1', 'Status'],
    ['Punkt 3', 'punkt', '3', ''],
    ['01. Godkendelse af dagsorden', 'numbered', '01', 'Godkendelse af dagsorden'],
    ['2) Indstilling fra Udvalget til Valgs Prøvelse:', 'numbered', '2', 'Indstilling fra Udvalget til Valgs Prøvelse']
  ])('%s', (line, marker, number, title) => {
    expect(matchItemHeading(line)).toEqual({ kind: 'item-heading', marker, number, title, closed: false })
  })

  it.each([['(a) Valg af formand.'], ['i. Enstemmigt vedtaget.'], ['§ 3 i vedtægterne'], ['3) at planen godkendes']])('not a heading: %s', (line) => {
    expect(matchItemHeading(line)).toBeUndefined()
  })
})

describe('matchCaseNumber: labels, companions and other shapes', () => {
  it.each([
    ['Sagsnr.: 2012-12345', '2012-12345'],
    ['Sagsnr.: 2012-12345\tDok.nr.: 2012-678901', '2012-12345'],
    ['Sags nr.: 24-012989', '24-012989'],
    ['J.nr. 12/27845', '12/27845'],
    ['EMN-2019-01234', 'EMN-2019-01234'],
    ['Journalnummer: 00.01.00-G01-13-23', '00.01.00-G01-13-23'],
    ['Sagsnummer: 82.02.00-P20-1-19    Sagsbehandler: Hanne Berg', '82.02.00-P20-1-19']
  ])('%s', (line, value) => {
    expect(matchCaseNumber(line)).toBe(value)
  })

  it.each([['Dok.nr.: 2012-678901'], ['Sagen afgøres i: Byrådet'], ['Sagsnr.: 2012-12345\tDer blev talt om 2013-12345']])('no case number: %s', (line) => {
    expect(matchCaseNumber(line)).toBeUndefined()
  })
})

describe('matchSectionHeading: vocabulary of other systems', () => {
  it.each([
    ['Sammendrag', 'resume'],
    ['Beslutningspunkter', 'indstilling'],
    ['Det indstilles:', 'indstilling'],
    ['Økonomiafdelingens påtegning', 'other'],
    ['Økonomi og organisatoriske konsekvenser', 'oekonomi'],
    ['Referat:', 'beslutning'],
    ['Afstemning', 'beslutning']
  ])('%s', (line, section) => {
    expect(matchSectionHeading(line)?.section).toBe(section)
  })

  it('"Referat" without its colon titles the document, not a section', () => {
    expect(matchSectionHeading('Referat')).toBeUndefined()
  })
})
