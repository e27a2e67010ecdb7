import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../src/emit/csv.js'
import { toNdjson } from '../src/emit/ndjson.js'
import { normalise } from '../src/normalise/index.js'
import { processText as runPipeline } from '../src/parse.js'
import { Referat } from '../src/schema/document.js'
import { readFixture, textFixtures } from './helpers.js'

// One fixture, several stage checks (as yaml-test-suite does).
describe.each(textFixtures())('%s', (fixture) => {
  const text = readFixture(fixture)
  const file = runPipeline(text, { file: fixture })
  const doc = file.result

  it('normalising twice gives the same text', () => {
    const once = normalise(text)
    expect(normalise(once)).toBe(once)
  })

  it('normalising keeps every line where it was', () => {
    expect(normalise(text).split('\n')).toHaveLength(text.split(/\r\n?|\n/).length)
  })

  it('output passes the zod schema', () => {
    expect(Referat.safeParse(doc).success).toBe(true)
  })

  it('item and section lines increase monotonically', () => {
    const lines = doc.items.flatMap((item) => [item.line, ...item.sections.map((s) => s.line)])
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('tree positions point at the heading text', () => {
    const lines = normalise(text).split('\n')
    // A bare "Punkt 3" has its title on the line below: the heading is those two lines.
    for (const item of doc.items) expect(lines.slice(item.line - 1, item.line + 1).join(' ')).toContain(item.title.split(' ')[0])
  })

  it('CSV has one row per item and parses back to the same titles', () => {
    const rows = parseCsv(toCsv(doc), { columns: true, bom: true }) as Array<Record<string, string>>
    expect(rows.map((row) => row.title)).toEqual(doc.items.map((item) => item.title))
  })

  it('NDJSON has one line per item, each with its id, file and meetingDate', () => {
    const lines = toNdjson(doc).trimEnd().split('\n').filter(Boolean)
    expect(lines).toHaveLength(doc.items.length)
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ file: fixture, meetingDate: doc.meeting.date, documentId: doc.id })
  })
})
