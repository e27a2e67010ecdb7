import { describe, expect, it } from 'vitest'
import { extractAttachments } from '../src/extract/attachments.js'
import { parseDate, parseDateTime } from '../src/extract/date.js'
import { chooseDecision, decisionOutcome } from '../src/extract/decision.js'
import { extractMeeting } from '../src/extract/meeting.js'
import { parseParticipants } from '../src/extract/participants.js'

describe('parseDateTime', () => {
  it.each([
    ['Mandag d. 18. november 2024 kl. 12:30', { date: '2024-11-18', start: '12:30', end: null }],
    ['Tirsdag d. 03. december 2024 kl. 14:00', { date: '2024-12-03', start: '14:00', end: null }],
    ['21-11-2023 10:00', { date: '2023-11-21', start: '10:00', end: null }],
    ['Fredag den 15. marts, 2024, kl. 12-15', { date: '2024-03-15', start: '12:00', end: '15:00' }],
    ['2025-01-24 09:00', { date: '2025-01-24', start: '09:00', end: null }],
    ['den 3. Maj,2024 kl. 9.30-12', { date: '2024-05-03', start: '09:30', end: '12:00' }],
    ['18.11.2024 kl. 8.15 - 9.45', { date: '2024-11-18', start: '08:15', end: '09:45' }],
    ['d. 31. feb. 2024', { date: null, start: null, end: null }]
  ])('%s', (text, expected) => {
    expect(parseDateTime(text)).toEqual(expected)
  })

  it('finds the date in a title', () => {
    expect(parseDate('REFERAT Social- og Arbejdsmarkedsudvalget 2022-2025 d. 03-12-2024')).toBe('2024-12-03')
  })
})

describe('parseParticipants', () => {
  it('reads a comma list with (Afbud) marks', () => {
    const people = parseParticipants(['Søren Ole Sørensen (Afbud), Michael Gravesen (Afbud), Michel van der Linden, Jan Lysgaard Thomsen'], 'present')
    expect(people.map((p) => [p.name, p.status])).toEqual([
      ['Søren Ole Sørensen', 'absent'], ['Michael Gravesen', 'absent'], ['Michel van der Linden', 'present'], ['Jan Lysgaard Thomsen', 'present']
    ])
  })
  it('joins a comma list that wraps across lines', () => {
    const people = parseParticipants(['Vibeke Grave, Diana Leicht', 'Christensen, Lars Christiansen'], 'present')
    expect(people.map((p) => p.name)).toEqual(['Vibeke Grave', 'Diana Leicht Christensen', 'Lars Christiansen'])
  })
  it('reads one person per line with party and municipality', () => {
    expect(parseParticipants(['Kirsten Lundgaard (Ø) Faaborg-Midtfyn'], 'present')[0]).toEqual({
      name: 'Kirsten Lundgaard', status: 'present', party: 'Ø', organisation: 'Faaborg-Midtfyn', role: null
    })
  })
  it('reads a tab table and skips its header row and non-names', () => {
    const people = parseParticipants(['Navn\tTitel\tArbejdssted', 'Morten Bøgelund Andersen\tDirektør, formand\tGreve Kommune', 'Via teams'], 'guest')
    expect(people).toEqual([{ name: 'Morten Bøgelund Andersen', status: 'guest', party: null, organisation: 'Greve Kommune', role: 'Direktør, formand' }])
  })
})

describe('decisionOutcome', () => {
  it.each([
    ['Anbefales.', 'recommended'],
    ['Godkendt.', 'approved'],
    ['Indstilling godkendt.', 'approved'],
    ['KKR Syddanmark besluttede at godkende referatet.', 'approved'],
    ['Styregruppen godkendte dagsordenen.', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Taget til efterretning.', 'noted'],
    ['KKR Syddanmark tog orienteringen til efterretning.', 'noted'],
    ['René orienterede.\n\nOrienteringen blev taget til efterretning.', 'noted'],
    ['Ikke godkendt.', 'rejected'],
    ['Udvalget besluttede ikke at godkende forslaget.', 'rejected'],
    ['Forkastet.', 'rejected'],
    ['Udsat.', 'postponed'],
    ['Sagen genoptages på næste møde.', 'postponed'],
    ['Oversendes til Økonomiudvalget.', 'referred'],
    ['KKR Syddanmark drøftede sagen.', 'discussed'],
    ['Ingen bemærkninger.', 'none'],
    ['Intet', 'none'],
    ['KKR Syddanmark havde ikke noget til eventuelt.', 'none'],
    ['Der blev orienteret om udsatte unge.', 'noted'],
    ['Mette fortalte om mødet.', 'unknown']
  ])('%s → %s', (text, outcome) => {
    expect(decisionOutcome(text)).toBe(outcome)
  })
})

describe('chooseDecision', () => {
  it('takes the decision dated the meeting day among earlier treatments', () => {
    const blocks = [
      { heading: 'Økonomiudvalgets beslutning den 3. marts 2024', text: 'Anbefales.' },
      { heading: 'Byrådets beslutning den 20. marts 2024', text: 'Godkendt.' },
      { heading: 'Udvalgets beslutning den 1. marts 2024', text: 'Drøftet.' }
    ]
    expect(chooseDecision(blocks, '2024-03-20')).toEqual({ text: 'Godkendt.', outcome: 'approved' })
    expect(chooseDecision(blocks, null)?.outcome).toBe('discussed')
  })
  it('drops bullet markers from the decision text', () => {
    expect(chooseDecision([{ heading: 'Beslutning', text: '- Styregruppen tog orienteringen til efterretning\n- Det blev nævnt' }], null)?.text)
      .toBe('Styregruppen tog orienteringen til efterretning\nDet blev nævnt')
  })
  it('is null for an empty block', () => {
    expect(chooseDecision([{ heading: 'Beslutning', text: '' }], null)).toBeNull()
  })
})

describe('extractAttachments', () => {
  it('one per line, bullets dropped, bare URLs joined to their name', () => {
    expect(extractAttachments(['* Årsrapport 2023 Børn og Unge:', 'https://www.rs17.dk/x.pdf', '- * Referat fra møde'])).toEqual(['Årsrapport 2023 Børn og Unge:', 'Referat fra møde'])
  })
  it('counts an attachment mentioned twice once', () => {
    expect(extractAttachments(['Kommissorium', 'Kommissorium af 19. december 2024 for Dialogforum.pdf'])).toEqual(['Kommissorium af 19. december 2024 for Dialogforum.pdf'])
  })
})

describe('extractMeeting', () => {
  it('reads upper-case block labels (STED, STARTTIDSPUNKT)', () => {
    const meeting = extractMeeting(['Møde i Socialdirektørforum den 24. januar 2025', 'UDVALG', 'Socialdirektørforum', 'STED', 'Online', 'STARTTIDSPUNKT', '2025-01-24 09:00', 'SLUTTIDSPUNKT', '2025-01-24 12:00'])
    expect(meeting).toMatchObject({ body: 'Socialdirektørforum', location: 'Online', date: '2025-01-24', start: '09:00', end: '12:00' })
  })
  it('takes the organ from the title, without dates and election period', () => {
    const meeting = extractMeeting(['REFERAT Social- og Arbejdsmarkedsudvalget 2022-2025 d. 03-12-2024', 'Mødested Vestas, Vingevej 1, Nakskov'])
    expect(meeting).toMatchObject({ body: 'Social- og Arbejdsmarkedsudvalget', date: '2024-12-03', location: 'Vestas, Vingevej 1, Nakskov' })
  })
  it('takes the organ from beside the title when the title names only the meeting', () => {
    expect(extractMeeting(['Styregruppen, rammeaftale Sjælland', 'Referat Styregruppemøde', 'Dato: 15. marts 2024']).body).toBe('Styregruppen, rammeaftale Sjælland')
    expect(extractMeeting(['REFERAT 2023', 'KKR SYDDANMARK', 'Dato: 21-11-2023 10:00']).body).toBe('KKR SYDDANMARK')
  })
})
