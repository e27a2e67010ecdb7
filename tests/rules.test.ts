import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { validate } from '../src/validate.js'
import { fakeIo } from './fake-io.js'
import { readFixture } from './helpers.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** `line:column: message  rule` for every diagnostic of one rule, as remark-lint tests read. */
const report = (text: string, rule: string): string[] =>
  validate(text).filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column}: ${d.message}`)

const doc = (...lines: string[]): string => lines.join('\n')
const header = ['REFERAT Udvalget', 'Dato: 3. maj 2024', '']

describe('rules (ok and not ok)', () => {
  it('no-items', () => {
    expect(report(doc(...header, 'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt.'), 'no-items')).toEqual([])
    expect(report('Kære alle, her er nyhedsbrevet.', 'no-items')).toEqual(['1:1: No agenda items found (expected headings such as "Punkt 1: …" or "1. …")'])
  })

  it('item-number-sequence', () => {
    const ok = doc(...header, 'Punkt 1: A', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 2: B', '', 'Beslutning', '', 'Godkendt.')
    expect(report(ok, 'item-number-sequence')).toEqual([])
    const gap = doc(...header, 'Punkt 1: A', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 3: B', '', 'Beslutning', '', 'Godkendt.')
    expect(report(gap, 'item-number-sequence')).toEqual(['10:1: Item number 3 follows 1; expected the next number (1 skipped)'])
    const back = doc(...header, 'Punkt 7: A', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 3: B', '', 'Beslutning', '', 'Godkendt.')
    expect(report(back, 'item-number-sequence')).toEqual(['10:1: Item number 3 follows 7: the numbering goes back'])
    const twice = doc(...header, 'Punkt 1: A', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 1: B', '', 'Beslutning', '', 'Godkendt.')
    expect(report(twice, 'item-number-sequence')).toEqual(['10:1: Item number 1 is used twice'])
    const suffixed = doc(...header, ...['6', '6a', '6b', '7'].flatMap((n) => [`Punkt ${n}: Sag ${n}`, '', 'Beslutning', '', 'Godkendt.', '']))
    expect(report(suffixed, 'item-number-sequence')).toEqual([])
  })

  const toc = ['Indholdsfortegnelse', '', 'Budget 2025.....\t2', 'Eventuelt.....\t3', '']

  it('toc-entry-without-item and item-not-in-toc', () => {
    const ok = doc(...header, ...toc, 'Punkt 1: Budget 2025', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 2: Eventuelt', '', 'Beslutning', '', 'Intet.')
    expect(report(ok, 'toc-entry-without-item')).toEqual([])
    expect(report(ok, 'item-not-in-toc')).toEqual([])
    const missingItem = doc(...header, ...toc, 'Punkt 1: Budget 2025', '', 'Beslutning', '', 'Godkendt.')
    expect(report(missingItem, 'toc-entry-without-item')).toEqual(['7:1: TOC entry "Eventuelt" has no agenda item in the text'])
    const extraItem = doc(...header, ...toc, 'Punkt 1: Budget 2025', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 2: Eventuelt', '', 'Beslutning', '', 'Intet.', '', 'Punkt 3: Ekstra sag', '', 'Beslutning', '', 'Udsat.')
    expect(report(extraItem, 'item-not-in-toc')).toEqual(['21:1: Item "Ekstra sag" is not in the table of contents'])
  })

  it('toc-title-mismatch shows both titles', () => {
    const drift = doc(...header, ...toc, 'Punkt 1: Budget 2026', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 2: Eventuelt', '', 'Beslutning', '', 'Intet.')
    expect(report(drift, 'toc-title-mismatch')).toEqual(['9:1: Heading "Budget 2026" differs from its TOC entry "Budget 2025"'])
  })

  it('item-without-decision (in a referat, not in a dagsorden)', () => {
    const missing = doc(...header, 'Punkt 1: A', '', 'Sagsfremstilling', '', 'Tekst.')
    expect(report(missing, 'item-without-decision')).toEqual(['4:1: Punkt 1 has no Beslutning'])
    expect(report(missing.replace('REFERAT', 'DAGSORDEN'), 'item-without-decision')).toEqual([])
  })

  it('closed-item-with-text', () => {
    expect(report(doc(...header, 'Punkt 1: Lukket: Personalesag', '', 'Punkt 2: B', '', 'Beslutning', '', 'Godkendt.'), 'closed-item-with-text')).toEqual([])
    expect(report(doc(...header, 'Punkt 1: Lukket: Personalesag', '', 'Medarbejderen har fået en advarsel.'), 'closed-item-with-text'))
      .toEqual(['6:1: Closed item 1 carries body text; check that nothing confidential is published'])
  })

  it('meeting-date-missing', () => {
    expect(report(doc(...header, 'Punkt 1: A'), 'meeting-date-missing')).toEqual([])
    expect(report(doc('REFERAT Udvalget', 'Dato: næste tirsdag', '', 'Punkt 1: A'), 'meeting-date-missing'))
      .toEqual(['1:1: Meeting date missing or unreadable (expected e.g. "Dato: 18. november 2024")'])
  })

  it('toc-pages-order', () => {
    expect(report(doc(...header, ...toc, 'Punkt 1: Budget 2025', '', 'Punkt 2: Eventuelt'), 'toc-pages-order')).toEqual([])
    const backwards = doc(...header, 'Indholdsfortegnelse', '', 'Budget 2025.....\t5', 'Eventuelt.....\t3', '', 'Punkt 1: Budget 2025', '', 'Punkt 2: Eventuelt')
    expect(report(backwards, 'toc-pages-order')).toEqual(['7:1: TOC page 3 for "Eventuelt" comes after page 5'])
  })

  it('case-number-missing (only where the document uses case numbers)', () => {
    expect(report(doc(...header, 'Punkt 1: A', '', 'Punkt 2: B'), 'case-number-missing')).toEqual([])
    expect(report(doc(...header, 'Punkt 1: A', '', '24-012989', '', 'Punkt 2: B'), 'case-number-missing')).toEqual(['8:1: Punkt 2 has no case number'])
  })
})

describe('broken copies of a seed', () => {
  const seed = readFixture('fixtures/direktionen-2024-11-18.txt').split('\n')
  const dir = mkdtempSync(join(tmpdir(), 'referat-rules-'))
  /** Writes a copy with lines [from, to] (1-based) replaced, and validates it. */
  async function check(name: string, edit: (lines: string[]) => string[], args: string[] = []) {
    writeFileSync(join(dir, name), edit([...seed]).join('\n'))
    const io = fakeIo({ cwd: dir })
    return { exitCode: await main(['validate', name, ...args], io), out: io.out() }
  }

  it('the clean seed passes', async () => {
    expect((await check('clean.txt', (l) => l)).exitCode).toBe(0)
  })

  it('an item deleted: its TOC entry has no item (line 16), and numbering jumps at Punkt 5', async () => {
    const { exitCode, out } = await check('deleted.txt', (l) => [...l.slice(0, 287), ...l.slice(327).map(() => '')].slice(0, 287).concat(l.slice(327)))
    expect(exitCode).toBe(1)
    expect(out).toMatch(/^deleted\.txt:16:1 error TOC entry "Plan for ledermøder 2025" has no agenda item in the text  toc-entry-without-item$/m)
    expect(out).toMatch(/^deleted\.txt:\d+:1 error Item number 5 follows 3; expected the next number \(1 skipped\)  item-number-sequence$/m)
  })

  it('a number duplicated: Punkt 4 printed as Punkt 3 (line 288)', async () => {
    const { exitCode, out } = await check('duplicated.txt', (l) => l.map((line, i) => (i === 287 ? line.replace('Punkt 4:', 'Punkt 3:') : line)))
    expect(exitCode).toBe(1)
    expect(out).toMatch(/^duplicated\.txt:288:1 error Item number 3 is used twice  item-number-sequence$/m)
  })

  it('a Beslutning removed: a warning at Punkt 4 (line 288), failing with --strict', async () => {
    const edit = (l: string[]) => l.map((line, i) => (i === 291 || i === 293 ? '' : line))
    const { exitCode, out } = await check('nodecision.txt', edit)
    expect(exitCode).toBe(0)
    expect(out).toMatch(/^nodecision\.txt:288:1 warning Punkt 4 has no Beslutning  item-without-decision$/m)
    expect((await check('nodecision.txt', edit, ['--strict'])).exitCode).toBe(1)
  })

  it('a TOC line removed: Punkt 4 (line 288) is missing from the TOC', async () => {
    const { exitCode, out } = await check('notoc.txt', (l) => l.map((line, i) => (i === 15 ? '' : line)))
    expect(exitCode).toBe(1)
    expect(out).toMatch(/^notoc\.txt:288:1 error Item "Plan for ledermøder 2025" is not in the table of contents  item-not-in-toc$/m)
  })
})
