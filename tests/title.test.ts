import { describe, expect, it } from 'vitest'
import { isNextNumber } from '../src/tree/numbering.js'
import { cleanTitle, isSimilarTitle, titleKey } from '../src/split/title.js'

describe('isSimilarTitle (heading against TOC entry)', () => {
  it.each([
    ['Tamarække i KKR – fremtidens velfærd', 'Temarække i KKR – fremtidens velfærd'],
    ['Forny et behandling central udmelding', 'Fornyet behandling central udmelding'],
    ['Afrapportering på central udmelding om fornyet behandling i kommunerne vedrørende borgere med udviklingshæmning', 'Afrapportering på central udmelding om fornyet behandling i kommunerne vedrørende borgere me'],
    ['Godkendelse af dagsorden', 'Beslutning: Godkendelse af dagsorden'],
    ['Evt.', 'Evt.']
  ])('%s ~ %s', (a, b) => {
    expect(isSimilarTitle(a, b)).toBe(true)
  })

  it.each([
    ['Plan for ledermøder 2025', 'Ledermøde 13. december 2024'],
    ['Styrket mellemkommunalt samarbejde', 'Fornyet behandling central udmelding domfældte udviklingshæmmede II'],
    ['Bedre styringsdata og ledelsesinformation', 'Fornyet behandling central udmelding domfældte udviklingshæmmede II'],
    ['Evt.', 'Eventuelt']
  ])('%s !~ %s', (a, b) => {
    expect(isSimilarTitle(a, b)).toBe(false)
  })
})

describe('cleanTitle and titleKey', () => {
  it('drops dotted leaders, emphasis and stray spacing', () => {
    expect(cleanTitle('Fremlæggelse af årsrapporter.. 2023.....')).toBe('Fremlæggelse af årsrapporter 2023')
    expect(cleanTitle('*Styrket sektorsamarbejde*')).toBe('Styrket sektorsamarbejde')
    expect(cleanTitle('Bedre styringsdata .')).toBe('Bedre styringsdata')
  })
  it('keys on letters and digits only', () => {
    expect(titleKey('Rammeaftale 2025 - 2026: Proces')).toBe('rammeaftale20252026proces')
  })
})

describe('isNextNumber', () => {
  it.each([
    [null, '7', true], ['1', '2', true], ['1', '1.1', true], ['1.1', '1.2', true], ['1.6', '2', true],
    ['2.6', '3.1', true], ['1', '3', false], ['2', '1', false], ['1.1', '1.3', false], ['3', '3', false]
  ])('%s → %s: %s', (last, next, expected) => {
    expect(isNextNumber(last, next)).toBe(expected)
  })
})
