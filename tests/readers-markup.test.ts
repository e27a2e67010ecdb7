import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, test } from 'vitest'
import { toJson } from '../src/emit/json.js'
import { InputError } from '../src/input/errors.js'
import { fromHtml } from 'hast-util-from-html'
import { blocksOf } from '../src/input/html/blocks-of.js'
import { htmlToText } from '../src/input/html/html-to-text.js'
import { linesOf } from '../src/input/html/lines-of.js'
import { markdownToText } from '../src/input/html/markdown-to-text.js'
import { wordListLabels } from '../src/input/html/word-list-labels.js'
import { checkZipBudget } from '../src/input/zip-budget.js'
import { readInput } from '../src/input/read.js'
import { parse, processInput } from '../src/parse.js'
import { parseFile } from '../src/parse-file.js'
import { ROOT } from './helpers.js'

const READERS = join(ROOT, 'fixtures', 'readers')
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs')
const docx = (): Uint8Array => readFileSync(join(READERS, 'word-numbered.docx'))
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('sniffing: the reader is chosen by content, not by the name', () => {
  test.each([
    ['an HTML page saved as .txt', 'page.txt', () => bytes('<!DOCTYPE html>\n<html><body><h1>Referat</h1></body></html>'), 'html'],
    ['an HTML page after a comment', 'page.txt', () => bytes('<!-- saved -->\n<html lang="da"><body><p>x</p></body></html>'), 'html'],
    ['an HTML fragment of block markup', 'agenda.txt', () => bytes('<h1>Dagsorden</h1>\n<p>1. Godkendelse</p>'), 'html'],
    ['a Word file saved as .bin', 'minutes.bin', docx, 'docx'],
    ['Markdown with a heading saved as .txt', 'notes.txt', () => bytes('# Referat\n\n1. Valg af dirigent\n'), 'markdown'],
    ['Markdown with front matter', 'gf.txt', () => bytes('---\ntitle: GF\n---\n\nTekst\n'), 'markdown'],
    ['plain text with numbered lines', 'minutes.md', () => bytes('REFERAT\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n'), 'text'],
    ['plain text with one link crumb of a web export', 'minutes.txt', () => bytes('Referat\n\n[Referat fra sidste møde](#)\n1. Godkendelse\n2. Budget\n'), 'text'],
    ['text quoting a tag mid-line', 'minutes.txt', () => bytes('Referat\n\nSe <b>bilag</b> 1.\n'), 'text']
  ])('%s', async (_, name, make, format) => {
    expect((await readInput(name, make())).format).toBe(format)
  })

  it('an XML export is not taken for HTML (nor for text: without items it is not minutes)', async () => {
    const xml = bytes('<?xml version="1.0"?>\n<Publication><Item><Number>1</Number></Item></Publication>')
    await expect(readInput('x.xml', xml)).rejects.toThrow(/^is XML \(root <Publication>\) with no agenda items .*: not minutes$/u)
  })

  it('markup nested thousands of levels deep is a one-line input error, not a crash', async () => {
    const deep = bytes(`<html><body>${'<div>'.repeat(20_000)}<p>Tekst</p>${'</div>'.repeat(20_000)}</body></html>`)
    await expect(readInput('deep.html', deep)).rejects.toThrow(/^is nested more than 512 levels deep, over referat's limit; giving up$/)
  })

  it('a truncated Word file is a one-line input error', async () => {
    const whole = docx()
    const read = readInput('minutes.docx', whole.subarray(0, Math.floor(whole.length / 2)))
    await expect(read).rejects.toThrow(InputError)
    await expect(read).rejects.toThrow(/^is not a readable Word file \(damaged or truncated\)$/)
  })
})

describe('HTML blocks to lines', () => {
  test.each([
    ['heading and paragraph', '<h2>Budget 2025</h2><p>Tekst her.</p>', 'Budget 2025\n\nTekst her.'],
    ['bold-only paragraph', '<p><strong>Punkt 1: Valg af referent</strong></p><p>Formanden.</p>', 'Punkt 1: Valg af referent\n\nFormanden.'],
    ['table row with a number cell', '<table><tr><td>3</td><td>Budget 2025</td><td>Side 4</td></tr></table>', '3. Budget 2025\tSide 4'],
    ['table row with "Punkt"', '<table><tr><td>Punkt 2</td><td>Eventuelt</td></tr></table>', 'Punkt 2: Eventuelt'],
    ['ordered list with start', '<p>Punkt 3: Valg</p><ol start="4"><li>Regnskab</li><li>Budget</li></ol>', 'Punkt 3: Valg\n\n4. Regnskab\n5. Budget'],
    ['unordered list', '<ul><li>Tag</li><li>Facade</li></ul>', '- Tag\n- Facade'],
    ['list item with paragraphs', '<ol><li><p>Valg</p><p>Valgt.</p></li><li><p>Budget</p></li></ol>', '1. Valg\n\nValgt.\n\n2. Budget'],
    ['definition list as labelled lines', '<dl><dt>Mødested</dt><dd>Rådhuset</dd><dt>Afbud:</dt><dd>Hans Hansen</dd></dl>', 'Mødested: Rådhuset\n\nAfbud: Hans Hansen'],
    ['line break', '<p>Dato: 1. maj 2024<br>Sted: Rådhuset</p>', 'Dato: 1. maj 2024\nSted: Rådhuset'],
    ['entities', '<p>Vej &amp; park &ndash; 5&nbsp;mio. kr.</p>', 'Vej & park – 5 mio. kr.'],
    ['chrome elements', '<nav><a>Forside</a></nav><form><input></form><p>Tekst.</p><script>x()</script><button>Print</button>', 'Tekst.'],
    ['chrome words', '<p>Tekst.</p><p><a>Hent som PDF</a></p><div><a>Del</a> | <a>Kopier link</a></div><p>Del af budgettet.</p>', 'Tekst.\n\nDel af budgettet.'],
    ['cookie text', '<div>Vi bruger cookies til statistik.</div><p>Tekst.</p>', 'Tekst.'],
    ['hidden elements', '<div hidden>a</div><div style="display: none">b</div><span aria-hidden="true">c</span><p>Tekst.</p>', 'Tekst.'],
    ['main content preferred', '<body><div>Menu</div><main><p>Tekst.</p></main><div>Kontakt os</div></body>', 'Tekst.'],
    ['a card of a listing page is one line, never a heading', '<a href="/vis"><div>08/10-2025</div><div><strong>Byrådet</strong></div><div><strong>Dagsorden</strong></div></a>', '08/10-2025 Byrådet Dagsorden'],
    ['h2 titles stay as written (the splitter numbers them from their features)', '<h1>Referat</h1><h2>Valg</h2><p>a</p><h2>Budget</h2><p>b</p>', 'Referat\n\nValg\n\na\n\nBudget\n\nb'],
    ['printed numbers are left alone', '<h2>Punkt 1: Valg</h2><p>a</p><h2>Eventuelt</h2><p>b</p>', 'Punkt 1: Valg\n\na\n\nEventuelt\n\nb'],
    ['repeated "Dagsorden" is never an item', '<h2>Dagsorden</h2><p>a</p><h2>Dagsorden</h2><p>b</p>', 'Dagsorden\n\na\n\nDagsorden\n\nb']
  ])('%s', (_, html, lines) => {
    expect(htmlToText(html).text.trimEnd()).toBe(lines)
  })

  it('leaves bold paragraphs unnumbered in the text and marks them bold in the features', () => {
    const field = '<p><b>Tidsplan</b></p><p>a</p><p><b>Proces</b></p><p>b</p>'
    const read = htmlToText(field)
    expect(read.text.trimEnd()).toBe('Tidsplan\n\na\n\nProces\n\nb')
    expect(read.features.map((f) => f.bold === true)).toEqual([true, false, false, false, true, false, false])
    expect(htmlToText(field, { numberItems: false }).text.trimEnd()).toBe('Tidsplan\n\na\n\nProces\n\nb')
  })

  it.each([
    ['h2 titles are items numbered by position', '<h1>Referat</h1><h2>Valg</h2><p>a</p><h2>Budget</h2><p>b</p>', [['1', 'Valg'], ['2', 'Budget']]],
    ['section headings are not items', '<h2>Valg</h2><h3>Beslutning</h3><p>a</p><h2>Budget</h2><h3>Beslutning</h3><p>b</p>', [['1', 'Valg'], ['2', 'Budget']]],
    ['a paragraph opening with an amount is no printed number', '<h2>Valg</h2><p>1.000 kr. til festen.</p><h2>Budget</h2><p>b</p>', [['1', 'Valg'], ['2', 'Budget']]]
  ])('%s', async (_, html, items) => {
    const read = await readInput('page.html', bytes(html))
    expect(processInput(read).result.items.map((item) => [item.number, item.title])).toEqual(items)
  })

  it('keeps a tab as a cell gap for Word files only', () => {
    const tree = fromHtml('<p>Ejerforeningen\t\t11. april 2023</p>', { fragment: true })
    expect(linesOf(blocksOf(tree, { keepNewlines: false, pageLevel: false, keepTabs: true })).text).toBe('Ejerforeningen\t11. april 2023\n')
    expect(linesOf(blocksOf(tree, { keepNewlines: false, pageLevel: false })).text).toBe('Ejerforeningen 11. april 2023\n')
  })

  it('maps every line to the HTML source line of its text', () => {
    const { text, lineMap } = htmlToText('<h1>Referat</h1>\n\n<p>Første\n linje<br>\nanden</p>')
    expect(text.trimEnd().split('\n')).toEqual(['Referat', '', 'Første linje', 'anden'])
    expect(lineMap).toEqual([1, 1, 3, 5])
  })
})

describe('Markdown to lines', () => {
  test.each([
    ['front matter dropped, heading text kept', '---\nlayout: x\n---\n# Referat\n', 'Referat'],
    ['bold and links as text', '**Sted:** [Fælleshuset](https://example.org)\n', 'Sted: Fælleshuset'],
    ['HTML inside Markdown is read as HTML', 'Dato: 3. maj<br>Sted: Klubhuset\n\n<div>\n<b>Punkt 1: Valg</b>\n</div>\n', 'Dato: 3. maj\nSted: Klubhuset\n\nPunkt 1: Valg'],
    ['ordered list keeps its numbers', '## Punkt 2: Valg\n\n3. Budget\n4. Eventuelt\n', 'Punkt 2: Valg\n\n3. Budget\n4. Eventuelt'],
    ['topics with notes become numbered items', '- Budget\n  Godkendt\n- Fest\n  Udsat\n', '1. Budget\n\nGodkendt\n\n2. Fest\n\nUdsat'],
    ['topics of a loose list with note paragraphs', '- Budget\n\n  Godkendt.\n\n- Fest\n\n  Udsat.\n', '1. Budget\n\nGodkendt.\n\n2. Fest\n\nUdsat.'],
    ['a bullet list without notes stays a list', 'Deltagere:\n\n- Anna Holm\n- Bo Lund\n', 'Deltagere:\n\n- Anna Holm\n- Bo Lund'],
    ['a notice whose only structure is its numbered list', 'Dagsorden:\n\n1. Valg\n2. Beretning\n', 'Dagsorden:\n\n1. Valg\n\n2. Beretning']
  ])('%s', (_, markdown, lines) => {
    expect(markdownToText(markdown).text.trimEnd()).toBe(lines)
  })

  it('maps lines to Markdown lines, front matter included', () => {
    const { lineMap } = markdownToText('---\nlayout: x\n---\n\n# Referat\n\nTekst\n')
    expect(lineMap).toEqual([5, 5, 7])
  })
})

describe('a notice of meeting gives date, time and place in one sentence', () => {
  test.each([
    ['MANDAG, den 26. november 2018 kl. 19.30 i Melholt Forsamlingshus', 'Melholt Forsamlingshus'],
    ['Onsdag den 13. marts 2024 kl. 17 på Rådhuset.', 'Rådhuset'],
    ['Onsdag den 13. marts 2024 kl. 17.00', null]
  ])('%s', (line, location) => {
    expect(parse(`Generalforsamling\n\n${line}\n\n1. Valg af dirigent\n`).meeting.location).toBe(location)
  })
})

describe('Word list labels', () => {
  it('counts per list definition across body text, restarts where a list overrides its start, prints lvlText', async () => {
    const parts = checkZipBudget(docx())
    const labels = wordListLabels(parts.get('word/numbering.xml'), parts.get('word/document.xml'))
    expect(labels.map((label) => label.label)).toEqual(['1.', '2.', '1.', '2.', 'a)', 'b)', '3.'])
    expect(labels[6]!.key).toBe('Eventuelt')
  })
})

// Golden: fixtures/readers/<name>.<html|docx|md> → <name>.json, reviewed by a person.
const update = process.env.UPDATE === '1'
const goldenInputs = readdirSync(READERS).filter((name) => /\.(html|docx|md)$/u.test(name)).sort()

describe('golden reader fixtures', () => {
  it('has one fixture per markup reader', () => {
    expect(goldenInputs.map((name) => name.split('.').pop()).sort()).toEqual(['docx', 'html', 'md'])
  })

  it.each(goldenInputs)('%s matches its reviewed JSON', async (name) => {
    const expectedPath = join(READERS, name.replace(/\.[^.]+$/u, '.json'))
    const actual = toJson(await parseFile(`fixtures/readers/${name}`))
    if (update) writeFileSync(expectedPath, actual)
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 and review it`).toBe(true)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })
})

describe.skipIf(!existsSync(CORPUS))('corpus documents in markup formats', () => {
  const parse = (name: string) => parseFile(join(CORPUS, name))

  it('an association page with <h2> titles: items numbered by position, no menu or footer', async () => {
    const doc = await parse('pellepirat-sab-askholm__bestyr-moede-10-oct-2023.html')
    expect(doc.source.format).toBe('html')
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'])
    expect(JSON.stringify(doc)).not.toMatch(/Tilmeld Nyhedsbrev|KØBENHAVN SV/u)
  })

  it("a portal's listing page gives no items: a one-line input error", async () => {
    const read = parse('jakobmwang-dagsordener__example_listings.html')
    await expect(read).rejects.toThrow(InputError)
    await expect(read).rejects.toThrow(/^no agenda items found/)
  })

  it('a Word file keeps its printed item numbers and its lines are paragraphs', async () => {
    const doc = await parse('oresundstrandpark-etape2-oresundstrandpark-etape2.github.io__EF-2-moede-20032023.docx')
    expect(doc.source.format).toBe('docx')
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '4', '5', '6', '8'])
    expect(JSON.stringify(doc)).not.toMatch(/MERGEFORMAT|<w:/u)
  })

  it('a Markdown notice of meeting: its numbered list is the agenda', async () => {
    const doc = await parse('Nichlas-melholtvand__generalforsamling.md')
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(JSON.stringify(doc)).not.toMatch(/permalink/u)
  })

  it('Markdown topics with notes: bullets numbered by position', async () => {
    const doc = await parse('diku-fagraad-diku-fagraad.github.io__20221004.md')
    expect(doc.items.map((item) => item.title)).toHaveLength(5)
    expect(doc.items[3]?.text).toContain('Ingen konklusion')
  })
})
