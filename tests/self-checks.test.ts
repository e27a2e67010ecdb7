import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { validate } from '../src/validate.js'
import type { RuleId } from '../src/schema/rule-ids.js'
import { VFile } from 'vfile'
import { itemHeadingsInText } from '../src/rules/item-headings-in-text.js'
import type { ItemNode, RootNode } from '../src/tree/types.js'
import { classifyLines } from '../src/split/classify-line.js'
import type { LineToken } from '../src/split/tokens.js'

/** `line:column: message` for every diagnostic of one rule, as remark-lint tests read. */
const report = (text: string, rule: RuleId): string[] =>
  validate(text).filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column}: ${d.message}`)

const doc = (...lines: string[]): string => lines.join('\n')
const header = ['REFERAT Udvalget', 'Dato: 3. maj 2024', '']
const decided = (n: number, title: string): string[] => [`Punkt ${n}: ${title}`, '', 'Beslutning', '', 'Godkendt.', '']
const prose = (words: number): string => Array.from({ length: words }, (_, i) => (i % 12 === 11 ? 'analysen.' : 'rapporten')).join(' ')

interface Case {
  readonly rule: RuleId
  readonly flag: string
  readonly ok: string
  readonly expected: readonly string[]
}

/** Each self-check: a document it must flag (with the message) and one it must not. */
const CASES: readonly Case[] = [
  {
    rule: 'item-titled-as-heading',
    flag: doc(...header, ...decided(1, 'Budget'), ...decided(2, 'Beslutning'), ...decided(3, 'Mødested')),
    ok: doc(...header, ...decided(1, 'Budget'), ...decided(2, 'Økonomi'), 'Punkt 3: Til stede', '', 'Anne, Bo', ''),
    expected: [
      '10:1: Punkt 2 is titled "Beslutning", which reads as a section heading (beslutning), not an agenda item',
      '16:1: Punkt 3 is titled "Mødested", which reads as a meeting-header label (location), not an agenda item'
    ]
  },
  {
    rule: 'empty-item',
    flag: doc(...header, ...decided(1, 'Budget'), 'Punkt 2: Eventuelt', '', ...decided(3, 'Lukning')),
    ok: doc(...header, ...decided(1, 'Budget'), 'Punkt 2: Forslag', '', ...decided(2.1, 'Stier'), 'Punkt 3: Eventuelt', '', 'Intet.'),
    expected: ['10:1: Punkt 2 has neither text nor sections']
  },
  {
    rule: 'empty-items-run',
    flag: doc(...header, 'Punkt 1: Valg', '', 'Punkt 2: Budget', '', 'Punkt 3: Regnskab', '', ...decided(4, 'Kontingent')),
    // A notice lists bare titles: no decision anywhere, nothing lost.
    ok: doc('DAGSORDEN Udvalget', 'Dato: 3. maj 2024', '', 'Punkt 1: Valg', '', 'Punkt 2: Budget', '', 'Punkt 3: Regnskab', '', 'Punkt 4: Eventuelt'),
    expected: ['4:1: 3 empty items in a row (Punkt 1 to 3): neither text nor sections under any of them']
  },
  {
    rule: 'reads-like-other-document',
    flag: doc('Evaluering af indsatsen', '', '1. Indledning', '', prose(500), '', '2. Analyse', '', prose(500), '', '3. Konklusion', '', prose(500)),
    ok: doc(...header, '1. Indledning', '', prose(500), '', '2. Analyse', '', prose(500), '', 'Beslutning', '', 'Taget til efterretning.'),
    expected: ['3:1: This reads like another kind of document (a report or a letter), not minutes: 3 numbered heading(s) over 15k characters of prose, no meeting date and no decision']
  },
  {
    rule: 'decision-from-other-meeting',
    flag: doc('REFERAT Byrådet', 'Dato: 13. marts 2024', '', 'Punkt 1: Budget', '', 'Økonomiudvalgets beslutning', '', 'Anbefales.', '',
      'Punkt 2: Skole', '', 'Beslutning den 4. marts 2024', '', 'Godkendt.'),
    ok: doc('REFERAT Byrådet', 'Dato: 13. marts 2024', '', 'Punkt 1: Budget', '', 'Økonomiudvalgets beslutning den 4. marts 2024', '', 'Anbefales.', '',
      'Byrådets beslutning den 13. marts 2024', '', 'Godkendt.'),
    expected: [
      '6:1: Punkt 1\'s decision is read under "Økonomiudvalgets beslutning", headed by Økonomiudvalget, not this meeting\'s Byrådet',
      '12:1: Punkt 2\'s decision is read under "Beslutning den 4. marts 2024", dated 2024-03-04, not this meeting\'s 2024-03-13'
    ]
  },
  {
    rule: 'export-read-as-text',
    flag: doc('<?xml version="1.0"?>', '<Meeting>', '  <Committee>Udvalget</Committee>', '  <Item>', '    <Title>1. Budget</Title>', '  </Item>', '</Meeting>', '',
      'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt.'),
    ok: doc(...header, 'Punkt 1: <Budget> og {tal}', '', '<b>Beslutning</b>', '', 'Godkendt.'),
    expected: ['1:1: Line 1 starts a structured export (XML) that was read as plain text: no reader knows this format, so its items are most likely wrong']
  },
  {
    rule: 'export-read-as-text',
    flag: doc('{', '  "meeting": "Udvalget",', '  "items": [', '    "Punkt 1: Budget"', '  ]', '}', '', 'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt.'),
    ok: doc(...header, ...decided(1, 'Budget')),
    expected: ['1:1: Line 1 starts a structured export (JSON) that was read as plain text: no reader knows this format, so its items are most likely wrong']
  }
]

describe('self-checks: each flags its misread and passes a sound document', () => {
  it.each(CASES)('$rule', ({ rule, flag, ok, expected }) => {
    expect(report(flag, rule)).toEqual(expected)
    expect(report(ok, rule)).toEqual([])
  })

  const toc = (...titles: string[]): string[] => ['Indholdsfortegnelse', '', ...titles.map((title, i) => `${title}.....\t${i + 2}`), '']

  it('toc-entry-without-item says how many items were lost', () => {
    const lost = doc(...header, ...toc('Budget', 'Skole', 'Veje', 'Eventuelt'), ...decided(1, 'Budget'))
    expect(report(lost, 'toc-entry-without-item')).toEqual([
      '4:1: 3 of 4 TOC entries have no agenda item in the text: 3 items lost, 1 found',
      '7:1: TOC entry "Skole" has no agenda item in the text',
      '8:1: TOC entry "Veje" has no agenda item in the text',
      '9:1: TOC entry "Eventuelt" has no agenda item in the text'
    ])
    expect(report(doc(...header, ...toc('Budget', 'Skole'), ...decided(1, 'Budget')), 'toc-entry-without-item')).toEqual(['7:1: TOC entry "Skole" has no agenda item in the text'])
  })

  it('item-not-in-toc says how many items the TOC misses', () => {
    const extra = doc(...header, ...toc('Budget'), ...decided(1, 'Budget'), ...decided(2, 'Skole'), ...decided(3, 'Veje'))
    expect(report(extra, 'item-not-in-toc')).toEqual([
      '4:1: 2 of 3 agenda items are not in the table of contents (the TOC lists 1)',
      '14:1: Item "Skole" is not in the table of contents',
      '20:1: Item "Veje" is not in the table of contents'
    ])
  })
})

describe('self-checks on the command line', () => {
  const work = mkdtempSync(join(tmpdir(), 'referat-self-checks-'))
  writeFileSync(join(work, 'sound.txt'), doc(...header, ...decided(1, 'Budget'), ...decided(2, 'Skole')))
  // A truncated export (no declaration, no closing root): the XML readers leave it, so it reaches the text reader.
  writeFileSync(join(work, 'export.txt'), doc('<Meeting>', '  <Committee>Udvalget</Committee>', '  <Item>', '    <Title>1. Budget</Title>', '  </Item>', '',
    'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt.'))

  it('parse writes every document and counts those with errors in its summary', async () => {
    const io = fakeIo({ cwd: work })
    expect(await main(['parse', 'sound.txt', 'export.txt', '-o', 'out/'], io)).toBe(0)
    expect(io.err()).toMatch(/^parsed 2 files, 1 with errors, 0 failed, \d+\.\d s\n$/u)
    expect(JSON.parse(readFileSync(join(work, 'out', 'export.json'), 'utf8')).diagnostics.map((d: { rule: string }) => d.rule)).toContain('export-read-as-text')
  })

  it('validate exits 1 on a document with a self-check error, 0 on a sound one', async () => {
    expect(await main(['validate', 'sound.txt'], fakeIo({ cwd: work }))).toBe(0)
    const io = fakeIo({ cwd: work })
    expect(await main(['validate', 'export.txt'], io)).toBe(1)
    expect(io.out()).toMatch(/^export\.txt:1:1 error Line 1 starts a structured export \(XML\).* {2}export-read-as-text$/mu)
  })
})

describe('item-headings-in-text (the splitter no longer swallows these layouts, so the check is fed a tree)', () => {
  const lines = ['Punkt 6: Budget', 'Tekst.', '7. Skole', 'Tekst om skolen.', '8. Veje', 'Tekst om veje.', '9. Eventuelt', 'Intet.']
  const item = (number: string, start: number, end: number): ItemNode => ({
    type: 'item', number, title: 'Budget', closed: false, caseNumber: null, absent: [], tocTitle: null, tocPage: null, children: [],
    position: { start: { line: start, column: 1 }, end: { line: end, column: 1 } }
  })
  const run = (tree: RootNode, text: readonly string[], tokens?: readonly LineToken[]): string[] => {
    const file = new VFile({ value: text.join('\n') })
    file.data.normalisedLines = [...text]
    if (tokens) file.data.lineTokens = tokens
    const found: string[] = []
    itemHeadingsInText({ tree, file }, (reason, where) => found.push(`${(where?.place as { line: number }).line}: ${reason}`))
    return found
  }

  it('flags an item whose text holds the next items\' headings, saying how many', () => {
    expect(run({ type: 'root', children: [item('6', 1, 8)] }, lines)).toEqual(['3: Punkt 6\'s text holds 3 lines numbered like the items after it (7 to 9, from line 3): 3 items may be lost'])
  })

  it('reads the splitter\'s classification of each line where there is one, with the same result', () => {
    const tree: RootNode = { type: 'root', children: [item('6', 1, 8)] }
    expect(run(tree, lines, classifyLines(lines).map((located) => located.token))).toEqual(run(tree, lines))
    // Lines the splitter classified as text are not recognised again.
    expect(run(tree, lines, lines.map((text) => ({ kind: 'text', text })))).toEqual([])
  })

  it('passes a numbered list that starts at 1 inside an item', () => {
    expect(run({ type: 'root', children: [item('6', 1, 5)] }, ['Punkt 6: Budget', 'Vilkår:', '1. Plads', '2. Lys', '3. Legeplads'])).toEqual([])
  })
})
