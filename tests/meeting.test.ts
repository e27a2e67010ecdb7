import { describe, expect, it } from 'vitest'
import { parseDate, parseDateTime, parseDayMonth } from '../src/extract/date.js'
import { extractMeeting, matchHeaderLabel } from '../src/extract/meeting.js'
import { parseParticipants } from '../src/extract/participants.js'
import { parse } from '../src/parse.js'

const who = (lines: readonly string[]): Array<[string, string]> =>
  extractMeeting(lines).participants.map((p) => [p.name, p.status])

describe('cover pages', () => {
  it.each([
    {
      name: 'committee, weekday date and a time alone on its line',
      lines: ['Åbent referat', 'Børne- og Skoleudvalget', '', 'Tirsdag den 3. marts 2020', 'Kl. 10:30', 'Rådhuset, mødelokale 2'],
      want: { body: 'Børne- og Skoleudvalget', date: '2020-03-03', start: '10:30', end: null }
    },
    {
      name: 'address and property number beside the title are never the organ',
      lines: ['Ejendomsnummer 108-785', 'Lukket referat', 'Torvet 1, 4000 Roskilde', '', 'Økonomiudvalget', 'Mandag den 9. november 2020 kl. 16.00'],
      want: { body: 'Økonomiudvalget', date: '2020-11-09', start: '16:00' }
    },
    {
      name: 'the organ beside the title, without the meeting named after a dash',
      lines: ['Odense, 17. april 2018', 'REFERAT', '', 'G/F Solbakken – ordinær generalforsamling', '', 'Mødested:\tSkolegade 5, 5000 Odense', 'Mødedato:\t5. april 2018, kl. 17:00'],
      want: { body: 'G/F Solbakken', date: '2018-04-05', start: '17:00', location: 'Skolegade 5, 5000 Odense' }
    }
  ])('$name', ({ lines, want }) => {
    expect(extractMeeting(lines)).toMatchObject(want)
  })
})

describe('participants', () => {
  it.each([
    {
      name: 'two names per line in columns, with party letters',
      lines: ['Deltagere:', 'Hans Hansen (V)      Eva Berg (A)', 'Ole Olsen (S)        Karen Lund (Ø)'],
      want: [['Hans Hansen', 'present'], ['Eva Berg', 'present'], ['Ole Olsen', 'present'], ['Karen Lund', 'present']]
    },
    {
      name: 'a comma list whose last name breaks onto the next line',
      lines: ['Mødedeltagere Anne Holm (Afbud), Bo Berg, Carl Dahl', 'Christensen', '', 'Indholdsfortegnelse'],
      want: [['Anne Holm', 'absent'], ['Bo Berg', 'present'], ['Carl Dahl Christensen', 'present']]
    },
    {
      name: 'an empty Fraværende heading takes nothing from what follows',
      lines: ['Til stede: Anne Holm, Bo Berg og Carl Dahl', 'Fraværende:', '', 'Punkt 1 Godkendelse af dagsorden'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'present'], ['Carl Dahl', 'present']]
    },
    {
      name: 'Tilstede, Afbud/Fraværende and Sekretær blocks',
      lines: ['Tilstede', 'Anne Holm', 'Bo Berg', '', 'Afbud/Fraværende', 'Carl Dahl', '', 'Sekretær', 'Dorte Friis', '', 'Dagsorden'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'present'], ['Carl Dahl', 'absent'], ['Dorte Friis', 'present']]
    },
    {
      name: 'Til stede with names run together',
      lines: ['Til stede: Anne HolmBo Berg, Carl Dahl'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'present'], ['Carl Dahl', 'present']]
    },
    {
      name: 'a count is not a person, a sentence is not a name',
      lines: ['Fremmødte: 14/20 deltagere', 'Deltagere: Der var repræsenteret 17 af foreningens 50 grundejere.', 'Fremmødte 20 + 4 (24 incl. Bestyrelsen)'],
      want: []
    },
    {
      name: 'first names alone, in a list of first names; "Referent:" ends the empty Afbud',
      lines: ['Til stede: Henrik, Morten, Klavs, Palle', 'Afbud:', 'Referent: Palle'],
      want: [['Henrik', 'present'], ['Morten', 'present'], ['Klavs', 'present'], ['Palle', 'present']]
    },
    {
      name: 'a lettered list after a numbered "Til stede:" point, ending in "; og"',
      lines: ['§1 Til stede:', '', '(a) Anne Holm;', '(b) Bo Berg; og', '(c) Carl Dahl-Madsen.', '', '§2 Valg af dirigent.'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'present'], ['Carl Dahl-Madsen', 'present']]
    },
    {
      name: 'a list ends at the blank line before the text',
      lines: ['fremmødte : Anne Holm, Bo Berg', '', 'Punkt 1', 'Som dirigent valgtes Bo Berg.'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'present']]
    },
    {
      name: 'a member first listed, then among the apologies, is absent once',
      lines: ['Medlemmer: Anne Holm, Bo Berg', 'Afbud: Bo Berg'],
      want: [['Anne Holm', 'present'], ['Bo Berg', 'absent']]
    }
  ])('$name', ({ lines, want }) => {
    expect(who(lines)).toEqual(want)
  })

  it('keeps a table of name, role and organisation as rows', () => {
    const people = parseParticipants(['Navn\tTitel\tArbejdssted', 'Petrine Andersen\tVoksne Handicappede\tRegion Sjælland', 'Bo Gammelgaard\tCenterchef\tNæstved Kommune'], 'guest')
    expect(people.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Petrine Andersen', 'Voksne Handicappede', 'Region Sjælland'], ['Bo Gammelgaard', 'Centerchef', 'Næstved Kommune']
    ])
  })
})

describe('dates', () => {
  it.each([
    ['Referat af bestyrelsesmøde 4.september 2008', '2008-09-04'],
    ['Dato: 16/12/2019', '2019-12-16'],
    ['Referat fra Bestyrelsesmøde d. 13 marts 2018', '2018-03-13'],
    ['Onsdag den 2. oktober 2019', '2019-10-02']
  ])('%s', (line, date) => {
    expect(parseDate(line)).toBe(date)
  })

  it.each([
    {
      name: 'a letter date before the meeting date: the meeting wins',
      lines: ['Aalborg, 17. april 2018', 'Grundejerforeningen Solbakken', 'Referat af generalforsamlingen den 5. april 2018'],
      date: '2018-04-05'
    },
    {
      name: 'a letterhead with its date in a column',
      lines: ['Ejerforeningen Holmen\t11. april 2023', '', 'Referat af bestyrelsesmøde 20. marts 2023'],
      date: '2023-03-20'
    },
    {
      name: 'a publication date before the labelled meeting date',
      lines: ['Udgivet 24.01.2025', 'Mødedato: 20.01.2025'],
      date: '2025-01-20'
    },
    {
      name: 'a date without a year takes the year from the title',
      lines: ['Generalforsamling 2019', 'Referat af generalforsamlingen torsdag den 28. februar kl. 19.30'],
      date: '2019-02-28'
    },
    {
      name: 'a two-digit year on a labelled line',
      lines: ['Referat', 'Dato: 16/12-19'],
      date: '2019-12-16'
    },
    {
      name: 'a two-digit year in the title, before a full stop',
      lines: ['Referat af bestyrelsesmøde 3.2.20.'],
      date: '2020-02-03'
    },
    {
      name: 'a two-digit year in running text is not taken',
      lines: ['Referat af bestyrelsesmøde', 'Se afsnit 4.1.12 i vedtægterne'],
      date: null
    },
    {
      name: 'a date without a year and no year anywhere stays null',
      lines: ['Referat af generalforsamlingen torsdag den 28. februar kl. 19.30'],
      date: null
    }
  ])('$name', ({ lines, date }) => {
    expect(extractMeeting(lines).date).toBe(date)
  })

  it('reads a day and month printed without a year', () => {
    expect(parseDayMonth('torsdag den 28. februar kl. 19.30')).toEqual([2, 28])
    expect(parseDayMonth('torsdag den 28. februar 2019')).toBeNull()
    expect(parseDayMonth('den 31. april')).toBeNull()
  })

  it('takes the year from a full date elsewhere in the document', () => {
    expect(extractMeeting(['Referat af mødet tirsdag den 4. juni'], ['Referat af mødet tirsdag den 4. juni', 'Underskrevet 10-06-2024']).date).toBe('2024-06-04')
  })
})

describe('times', () => {
  it.each([
    { name: 'kl. with a dot', lines: ['Mødedato: 3. maj 2021 kl. 17.15'], want: { start: '17:15', end: null } },
    { name: 'start and end with a dash', lines: ['Tirsdag den 4. maj 2021', 'Kl. 19:00 – 21:30'], want: { start: '19:00', end: '21:30' } },
    { name: 'a time printed with seconds', lines: ['Dato: 2022-05-31T16:45:00+02:00'], want: { start: '16:45', end: null } },
    { name: 'the time on a later line with the meeting date', lines: ['Referat af generalforsamling d. 30. april 2019', '', 'Den 30. april 2019 kl. 17:15 afholdtes generalforsamling.'], want: { start: '17:15', end: null } }
  ])('$name', ({ lines, want }) => {
    expect(extractMeeting(lines)).toMatchObject(want)
  })

  it('reads "Mødet startede kl." and "Mødet hævet kl." from the whole document', () => {
    const header = ['Referat af bestyrelsesmøde 3. maj 2021']
    const document = [...header, 'Mødet startede kl. 19.05.', 'Punkt 1', 'Tekst.', 'Mødet hævet kl. 21.40']
    expect(extractMeeting(header, document)).toMatchObject({ start: '19:05', end: '21:40' })
    expect(extractMeeting(header, [...header, 'Mødet sluttede kl. 20.00'])).toMatchObject({ start: null, end: '20:00' })
    expect(extractMeeting(header, [...header, 'Formanden åbnede mødet kl. 19.00.', 'Formanden hævede mødet kl. 22.10.'])).toMatchObject({ start: '19:00', end: '22:10' })
  })

  it('keeps a plain time range in parseDateTime', () => {
    expect(parseDateTime('Tid: 17:30-19:00')).toEqual({ date: null, start: '17:30', end: '19:00' })
  })
})

describe('location', () => {
  it.each([
    { lines: ['Sted: Rådhuset, lokale 3'], location: 'Rådhuset, lokale 3' },
    { lines: ['Mødested: Borgerhuset'], location: 'Borgerhuset' },
    { lines: ['Generalforsamlingen blev afholdt på Hotel Scandic, den 3. maj 2019'], location: 'Hotel Scandic' },
    { lines: ['MANDAG, den 26. november 2018 kl. 19.30 i Forsamlingshuset'], location: 'Forsamlingshuset' },
    { lines: ['Generalforsamling: 15. februar 2012 på Skovkroen.'], location: 'Skovkroen' },
    { lines: ['Referat af generalforsamlingen torsdag den 28. februar 2019 kl. 19.30', 'I Skolens kantine, Skolevej 3 .'], location: 'Skolens kantine, Skolevej 3' },
    { lines: ['Den 30. april 2019 kl. 17:15 afholdtes generalforsamling i Ejerforeningen Holmen'], location: null }
  ])('$lines.0', ({ lines, location }) => {
    expect(extractMeeting(lines).location).toBe(location)
  })
})

describe('association minutes', () => {
  it.each([
    { lines: ['Referat af ordinær generalforsamling i Grundejerforeningen Solbakken 12. marts 2019'], body: 'Grundejerforeningen Solbakken', date: '2019-03-12' },
    { lines: ['Referat af Ordinær generalforsamling i Alslug, torsdag den 4.september 2008 .'], body: 'Alslug', date: '2008-09-04' },
    { lines: ['Referat fra Byens Linux Klub\'s generalforsamling torsdag den 5. september 2013.'], body: 'Byens Linux Klub', date: '2013-09-05' },
    { lines: ['Referat', 'Bestyrelsesmøde – ejerforeningen Holmen', '', 'Dato: 16/12/2019'], body: 'ejerforeningen Holmen', date: '2019-12-16' },
    { lines: ['Ejerforeningen Holmen', '', 'Referat af ekstraordinær generalforsamling d. 30. april 2019', '', 'Den 30. april 2019 kl. 17:15 afholdtes generalforsamling i Ejerforeningen Holmen'], body: 'Ejerforeningen Holmen', date: '2019-04-30' },
    { lines: ['Referat fra Bestyrelsesmøde d. 13 marts 2018', '', 'Dagsorden:'], body: 'Bestyrelsen', date: '2018-03-13' },
    { lines: ['Generalforsamling: 15. februar 2012 på Skovkroen.', '', 'Der var mødt 44 personer i alt'], body: null, date: '2012-02-15' },
    { lines: ['Beboerforeningen Lyset', '', 'Bestyrelsesmøde 10-10-2023', '', 'Dato: 10-10-2023'], body: 'Beboerforeningen Lyset', date: '2023-10-10' }
  ])('$lines.0', ({ lines, body, date }) => {
    expect(extractMeeting(lines)).toMatchObject({ body, date })
  })
})

it('takes as title the line naming the meeting when no line opens with "Referat"', () => {
  expect(extractMeeting(['Grundejerforeningen Lyset', 'Kontakt', '', 'Bestyrelsesmøde 10-10-2023', '', 'Tilstede: Anne Holm, Bo Berg']).title).toBe('Bestyrelsesmøde 10-10-2023')
})

describe('matchHeaderLabel', () => {
  it.each([
    ['Til stede: Anne Holm', { field: 'present', value: 'Anne Holm' }],
    ['Afbud/Fraværende:', { field: 'absent', value: '' }],
    ['§1 Til stede:', { field: 'present', value: '' }],
    ['Referent: Rasmus', { field: 'secretary', value: 'Rasmus' }],
    ['Fraværende med afbud: Bo Berg', { field: 'absent', value: 'Bo Berg' }],
    ['Fra administrationen deltog: Eva Lund', { field: 'guest', value: 'Eva Lund' }],
    ['§2 Valg af dirigent.', undefined],
    ['Tidligere behandlet i udvalget', undefined]
  ])('%s', (line, want) => {
    expect(matchHeaderLabel(line)).toEqual(want)
  })
})

describe('through the parser', () => {
  it('reads "Til stede" as the first point of association minutes', () => {
    const text = [
      'Referat af ordinær generalforsamling', '', 'Kantineforeningen Bølgen', '', '4. december 2017', '',
      '1. Til stede:', '', 'Anne Holm;', 'Bo Berg; og', 'Carl Dahl.', '',
      '2. Valg af dirigent.', 'Bo Berg blev valgt.', 'Enstemmigt vedtaget.', '',
      '3. Eventuelt.', 'Intet.', ''
    ].join('\n')
    const meeting = parse(text).meeting
    expect(meeting).toMatchObject({ body: 'Kantineforeningen Bølgen', date: '2017-12-04' })
    expect(meeting.participants.map((p) => p.name)).toEqual(['Anne Holm', 'Bo Berg', 'Carl Dahl'])
  })
})
