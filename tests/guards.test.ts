import { describe, expect, it } from 'vitest'
import { extractAttachments } from '../src/extract/attachments.js'
import { normalise } from '../src/normalise/index.js'
import { normaliseMinutes } from '../src/split/index.js'

/** Behaviours whose code is small enough to delete unnoticed: each test fails without it. */
describe('guards', () => {
  // Three pages, each opening with the same heading: a running header by position and
  // repetition, but a heading the splitter needs.
  const pages = ['Beslutning', 'Godkendt.', 'Side 1 af 3'].join('\n') + '\n\f' +
    ['Beslutning', 'Udsat.', 'Side 2 af 3'].join('\n') + '\n\f' +
    ['Beslutning', 'Drøftet.', 'Side 3 af 3'].join('\n')

  it('a heading repeated at page edges is never blanked as a running header', () => {
    const lines = normaliseMinutes(pages).split('\n')
    expect(lines.filter((line) => line === 'Beslutning')).toHaveLength(3)
  })

  it('without the splitter\'s guard the same lines are running headers (the guard is what keeps them)', () => {
    expect(normalise(pages).split('\n').filter((line) => line === 'Beslutning').length).toBeLessThan(3)
  })

  it('an attachment named twice is listed once', () => {
    expect(extractAttachments(['Plan for 2025', '', 'Budgetoversigt', '', 'Plan for 2025'])).toEqual(['Plan for 2025', 'Budgetoversigt'])
  })
})

describe('inline hyphens by format', () => {
  const text = 'Der haves en stor skyldner-post.\n\nSkyldnerpost følges op.'
  it('typeset text (PDF, plain text) has a hyphen left inside a word repaired where the document spells it whole', () => {
    expect(normalise(text)).toContain('skyldnerpost.')
  })
  it('Word, HTML and Markdown keep the author\'s hyphen', () => {
    expect(normalise(text, { typeset: false })).toContain('skyldner-post.')
  })
})
