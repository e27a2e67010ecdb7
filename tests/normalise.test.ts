import { describe, expect, it } from 'vitest'
import { stripAttachmentMarker } from '../src/normalise/attachment-markers.js'
import { stripHtmlCrumbs } from '../src/normalise/html-crumbs.js'
import { joinBrokenLines, repairInlineHyphens } from '../src/normalise/hyphenation.js'
import { normalise, pageStartsOf } from '../src/normalise/index.js'
import { isPageFurniture } from '../src/normalise/page-furniture.js'
import { normaliseUnicode } from '../src/normalise/unicode.js'

describe('normaliseUnicode', () => {
  it('folds line ends, spaces and invisible characters without changing the line count', () => {
    const text = 'A\u00A0B\r\nC\u00ADD\rE\u200BF\u0000'
    expect(normaliseUnicode(text)).toBe('A B\nCD\nEF')
  })
  it('composes NFD text (macOS) to NFC', () => {
    expect(normaliseUnicode('Ga\u030Ard')).toBe('Gård')
  })
})

describe('joinBrokenLines', () => {
  it('joins a word split across a page break, moving only the rest of the word', () => {
    const lines = ['udvidelse af botilbudskapacite-', '', 'ten. Socialdirektørforum udarbejder']
    expect(joinBrokenLines(lines)).toEqual(['udvidelse af botilbudskapaciteten.', '', 'Socialdirektørforum udarbejder'])
  })
  it('leaves no blank line inside a wrapped paragraph', () => {
    expect(joinBrokenLines(['fra nove-', 'mber 2024, har', 'arbejdsgruppen'])).toEqual(['fra november', '2024, har', 'arbejdsgruppen'])
  })
  it.each([
    [['Social-', 'og Arbejdsmarkedsudvalget']],
    [['Ældre-, Omsorgs-', 'og Sundhedsudvalget']],
    [['perioden 2025-', '2026 er vedtaget']],
    [['EU-', 'borgere']],
    [['handicap- ', 'og udsatteråd']]
  ])('keeps suspended and real hyphens: %j', (lines) => {
    expect(joinBrokenLines(lines)).toEqual(lines)
  })
})

describe('repairInlineHyphens', () => {
  it('joins a broken word the document also spells whole', () => {
    expect(repairInlineHyphens(['om tre prin-cipper', 'disse principper'])).toEqual(['om tre principper', 'disse principper'])
  })
  it('keeps real compounds the document never spells whole', () => {
    const lines = ['handicap-og udsatteråd', 'børne-ungeområdet', 'Social- og Arbejdsmarkedsudvalget']
    expect(repairInlineHyphens(lines)).toEqual(lines)
  })
})

describe('stripHtmlCrumbs', () => {
  it.each([
    ['<i>Navn</i>\t<i>Titel</i>', 'Navn\tTitel'],
    ['<p>Lånepuljerne åbnes.</p> <p>Fordelingen</p>', 'Lånepuljerne åbnes. Fordelingen'],
    ['[Referat fra møde den 4. september](#)', 'Referat fra møde den 4. september'],
    ['* Link: [Netværksgrupper \\(rs17.dk\\)](https://www.rs17.dk)', '* Link: Netværksgrupper (rs17.dk)'],
    ['se <https://www.rs17.dk/rammeaftalen/>', 'se https://www.rs17.dk/rammeaftalen/'],
    ['Børn &amp; Unge', 'Børn & Unge'],
    ['a < b og c > d', 'a < b og c > d']
  ])('%s', (line, expected) => {
    expect(stripHtmlCrumbs(line)).toBe(expected)
  })
})

describe('stripAttachmentMarker', () => {
  it.each([
    ['./. Hen over sommeren 2023', 'Hen over sommeren 2023'],
    ['./.. KL har foreløbig oversendt', 'KL har foreløbig oversendt'],
    ['- ./ Evalueringernes resultater', '- Evalueringernes resultater'],
    ['- ./.', ''],
    ['./.', ''],
    ['Se ./. bilag', 'Se ./. bilag']
  ])('%s', (line, expected) => {
    expect(stripAttachmentMarker(line)).toBe(expected)
  })
})

describe('isPageFurniture', () => {
  it.each([['Side 3 af 19'], ['Side 4'], ['- 12 -'], ['-----------------\t------------------'], ['3/19']])('%s is furniture', (line) => {
    expect(isPageFurniture(line)).toBe(true)
  })
  it.each([['Side 3 i rapporten viser tallene'], ['- Delprojekt Økonomi'], ['2025']])('%s is text', (line) => {
    expect(isPageFurniture(line)).toBe(false)
  })
})

describe('normalise', () => {
  it('keeps the line count and is idempotent', () => {
    const text = 'REFERAT\r\n\r\nprin-cipper og principper\nbotilbudskapacite-\n\nten.\nSide 2 af 3\n<i>x</i>'
    const once = normalise(text)
    expect(once.split('\n')).toHaveLength(text.split(/\r\n|\n/).length)
    expect(normalise(once)).toBe(once)
    expect(once).toContain('principper og principper')
    expect(once).toContain('botilbudskapaciteten.')
    expect(once).not.toContain('Side 2')
  })
})

describe('pageStartsOf', () => {
  it('reads form feeds as page starts', () => {
    expect(pageStartsOf('a\nb\n\fc\nd\n\fe')).toEqual([1, 3, 5])
    expect(pageStartsOf('no pages')).toEqual([])
  })
})

describe('page furniture of other systems', () => {
  it.each([
    ['Penneo dokumentnøgle: E3VOF-33J8F-BKIBJ-OTXPB', true],
    ['3 of 7', true],
    ['Page 2 of 4', true],
    ['2/4', true],
    ['Side 3 af 19', true],
    ['3 af 7 medlemmer stemte for', false],
    ['Penneo blev brugt til underskrift.', false]
  ])('%s', (line, furniture) => {
    expect(isPageFurniture(line)).toBe(furniture)
  })

  it('blanks a letterhead block that names an organisation, line for line', () => {
    const text = ['Tekst før.', 'DEAS A/S\tRegionskontorer:', 'Vesterbrogade 1\tTel +45 70 30 20 20', 'www.deas.dk\tcvr. 20 28 34 16', 'Tekst efter.'].join('\n')
    expect(normalise(text).split('\n')).toEqual(['Tekst før.', '', '', '', 'Tekst efter.'])
  })

  it('keeps a participant table with e-mail addresses', () => {
    const text = ['Navn\tE-mail', 'Ida Holm\tida@firma.dk', 'Ole Berg\tole@firma.dk'].join('\n')
    expect(normalise(text)).toBe(text)
  })

  it('removes recurring margin time stamps, and keeps a single one', () => {
    const pad = ' '.repeat(60)
    const text = ['Tekst', `${pad}Kl. 13:01`, `${pad}Kl. 13:02Afstemning`, `${pad}Kl. 13:03`].join('\n')
    expect(normalise(text).split('\n')).toEqual(['Tekst', '', 'Afstemning', ''])
    expect(normalise(`Møde\n${pad}Kl. 10:30`)).toBe(`Møde\n${pad}Kl. 10:30`)
  })
})
