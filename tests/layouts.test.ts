import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import type { Referat } from '../src/schema/document.js'
import { readFixture, seedFixtures } from './helpers.js'

// Text from other converters: the same minutes without blank lines, or with every
// paragraph break doubled. Line numbers differ; the structure must not.
const summary = (doc: Referat) => doc.items.map((item) => ({
  number: item.number, title: item.title, closed: item.closed, caseNumber: item.caseNumber, group: item.group,
  outcome: item.decision?.outcome ?? null, attachments: item.attachments, sections: item.sections.map((s) => s.kind)
}))

describe.each(seedFixtures())('%s in other layouts', (fixture) => {
  const text = readFixture(fixture)
  const expected = summary(parse(text))

  it('without any blank lines gives the same items', () => {
    expect(summary(parse(text.split('\n').filter((line) => line.trim() !== '').join('\n')))).toEqual(expected)
  })

  it('with every blank line doubled gives the same items', () => {
    expect(summary(parse(text.replace(/\n\n/g, '\n\n\n')))).toEqual(expected)
  })
})

describe.each(seedFixtures())('%s as extracted by pdftotext', (fixture) => {
  const key = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  // Titles compare on letters and digits: extraction may re-join a wrapped title differently.
  const items = (doc: Referat) => summary(doc).map((item) => ({ ...item, title: key(item.title), attachments: item.attachments.length }))
  const expected = items(parse(readFixture(fixture)))

  it.each(['layout', 'raw'])('in %s mode gives the same items', (mode) => {
    const extracted = readFixture(fixture.replace('fixtures/', 'fixtures/extracted/').replace(/\.txt$/, `.${mode}.txt`))
    expect(items(parse(extracted))).toEqual(expected)
  })
})
