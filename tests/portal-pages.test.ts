import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toJson } from '../src/emit/json.js'
import { readInput } from '../src/input/read.js'
import { idInLink, resolveLink } from '../src/input/portal/page-address.js'
import { documentOf } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import { ROOT } from './helpers.js'

// Meeting portal pages in shapes of our own (no portal's class names), read by the
// repeated item container; and the Aarhus FirstAgenda page as a reviewed golden.

const parse = async (name: string, html: string): Promise<Referat> => documentOf(await readInput(name, Buffer.from(html)))

/** Items as <article>s, the number apart from the <h2>, sections in any order, a canonical address. */
const articles = `<!DOCTYPE html>
<html lang="da"><head><title>Børne- og Ungeudvalget</title>
<link rel="canonical" href="https://politik.example.dk/moeder/2024-04-08/referat">
</head><body>
<div class="cookie-notice">Vi bruger cookies til statistik. <a href="#">Accepter alle cookies</a></div>
<main>
<a href="/">Tilbage til forsiden</a>
<h1>Referat – Børne- og Ungeudvalget</h1>
<p>Mødedato: 8. april 2024 kl. 16.00</p>
<p>Mødested: Rådhuset, lokale 2</p>
<article id="punkt-101">
  <header><span class="nr">1.</span> <h2>Skolestruktur i Nordby</h2><p>Sagsnr.: 24-001122</p></header>
  <section><h3>Beslutning</h3><p>Udvalget godkendte indstillingen.</p></section>
  <section><h3>Resume</h3><p>Udvalget skal tage stilling til en ny skolestruktur i Nordby.</p></section>
  <section><h3>Sagsforløb</h3><p>Udvalg: Børne- og Ungeudvalget</p><p>Dato: 04-03-2024</p><p>Punktnummer: 5</p><p>Sagen blev udsat.</p>
    <p>Udvalg: Byrådet</p><p>Dato: 20-03-2024</p><p>Punktnummer: 9</p><p>Oversendt til udvalget.</p></section>
  <section><h3>Bilag</h3><ul>
    <li><a href="../bilag/5501.pdf">Indstilling</a></li>
    <li><a href="/dokument?id=5502">Høringssvar fra skolebestyrelsen</a></li></ul></section>
  <footer><a href="#">Del</a> | <a href="#">Kopier link</a> | <a href="#">Hent som PDF</a></footer>
</article>
<article id="punkt-102">
  <header><span class="nr">2.</span> <h2>Eventuelt</h2></header>
  <section><h3>Beslutning</h3><p>Udvalget drøftede sommerferiens aktiviteter.</p></section>
  <footer><a href="#">Del</a> | <a href="#">Kopier link</a> | <a href="#">Hent som PDF</a></footer>
</article>
</main>
<form><label>Abonnér på dagsordener</label><input type="email"><button>Tilmeld</button></form>
</body></html>`

/** Items as table rows: number cell, title cell, text cell; no address of its own. */
const rows = `<html><body>
<h1>Referat af møde i Ældrerådet</h1>
<p>Dato: 3. juni 2024 kl. 10.00</p>
<p>Sted: Mødelokale 1, Rådhuset</p>
<table>
<tr><th>Nr.</th><th>Punkt</th><th>Behandling</th></tr>
<tr><td>1</td><td><b>Godkendelse af referat</b></td><td><p><b>Beslutning:</b> Referatet blev godkendt uden bemærkninger.</p></td></tr>
<tr><td>2</td><td><b>Høring om ældrepolitik</b><br><span>Sagsnr. 24-003300</span></td>
  <td><h4>Sagsfremstilling</h4><p>Kommunen har sendt ældrepolitikken i høring hos rådet.</p>
  <h4>Beslutning</h4><p>Rådet afgiver høringssvar som drøftet.</p>
  <h4>Bilag</h4><p><a href="filer/ha-77.pdf">Udkast til ældrepolitik</a></p></td></tr>
<tr><td>3</td><td><b>Eventuelt</b></td><td><p><b>Beslutning:</b> Intet.</p></td></tr>
</table>
</body></html>`

/** A table of contents (number, title, page): rows with no text of their own are no items. */
const tocPage = `<html><body><h1>Referat</h1>
<table><tr><td>1</td><td>Godkendelse af dagsorden</td><td>2</td></tr><tr><td>2</td><td>Budget</td><td>3</td></tr></table>
<h2>1. Godkendelse af dagsorden</h2><p>Dagsordenen blev godkendt.</p>
<h2>2. Budget</h2><h3>Beslutning</h3><p>Budgettet blev vedtaget.</p>
</body></html>`

describe('portal pages: the repeated item container, table of shapes', () => {
  it.each([
    ['items as <article>s', 'a.html', articles, [['1', 'Skolestruktur i Nordby', '24-001122'], ['2', 'Eventuelt', null]]],
    ['items as table rows', 'b.html', rows, [['1', 'Godkendelse af referat', null], ['2', 'Høring om ældrepolitik', '24-003300'], ['3', 'Eventuelt', null]]]
  ])('%s', async (_, name, html, expected) => {
    const read = await readInput(name, Buffer.from(html))
    expect(read.kind).toBe('tree')
    expect(read.format).toBe('html')
    const doc = documentOf(read)
    expect(doc.items.map((item) => [item.number, item.title, item.caseNumber])).toEqual(expected)
    const all = JSON.stringify(doc)
    for (const chrome of ['Kopier link', 'Hent som PDF', 'Tilbage til forsiden', 'cookies', 'Abonnér', '<p>']) expect(all).not.toContain(chrome)
  })

  it('articles: sections in any order, the case history one section, links absolute against the canonical address', async () => {
    const doc = await parse('a.html', articles)
    expect(doc.meeting).toMatchObject({ date: '2024-04-08', start: '16:00', location: 'Rådhuset, lokale 2' })
    const [school, other] = doc.items
    expect(school!.sourceId).toBe(null)
    expect(school!.sections.map((s) => [s.kind, s.heading])).toEqual([['beslutning', 'Beslutning'], ['resume', 'Resume'], ['other', 'Sagsforløb'], ['bilag', 'Bilag']])
    expect(school!.decision).toMatchObject({ text: 'Udvalget godkendte indstillingen.', outcome: 'approved' })
    expect(school!.attachments).toEqual([
      { title: 'Indstilling', url: 'https://politik.example.dk/moeder/bilag/5501.pdf', sourceId: '5501' },
      { title: 'Høringssvar fra skolebestyrelsen', url: 'https://politik.example.dk/dokument?id=5502', sourceId: '5502' }
    ])
    expect(other!.decision?.outcome).toBe('discussed')
  })

  it('table rows: labels and headings in the text cell, relative links kept as written', async () => {
    const doc = await parse('b.html', rows)
    expect(doc.meeting).toMatchObject({ date: '2024-06-03', start: '10:00' })
    expect(doc.items.map((item) => item.decision?.text ?? null)).toEqual(['Referatet blev godkendt uden bemærkninger.', 'Rådet afgiver høringssvar som drøftet.', 'Intet.'])
    expect(doc.items[1]!.sections.map((s) => s.kind)).toEqual(['sagsfremstilling', 'beslutning', 'bilag'])
    expect(doc.items[1]!.attachments).toEqual([{ title: 'Udkast til ældrepolitik', url: 'filer/ha-77.pdf', sourceId: null }])
  })

  it('a page without item containers (a TOC table, headings) is read as text, as before', async () => {
    const read = await readInput('toc.html', Buffer.from(tocPage))
    expect(read.kind).toBe('text')
    const page = await readInput('fixtures/readers/meeting-page.html', readFileSync(join(ROOT, 'fixtures/readers/meeting-page.html')))
    expect(page.kind).toBe('text')
  })

  it.each([
    ['/vis/pdf/bilag/961ad716-c7b0-4eb2-b39c-abb4c30cb7e9/?x=1', undefined, '/vis/pdf/bilag/961ad716-c7b0-4eb2-b39c-abb4c30cb7e9/?x=1', '961ad716-c7b0-4eb2-b39c-abb4c30cb7e9'],
    ['doc.asp?DocId=884422', 'https://a.example.dk/m/', 'https://a.example.dk/m/doc.asp?DocId=884422', '884422'],
    ['/files/minutes.pdf', 'https://a.example.dk/m/', 'https://a.example.dk/files/minutes.pdf', null]
  ])('link %s against %s', (href, base, url, id) => {
    expect(resolveLink(href, base)).toBe(url)
    expect(idInLink(href)).toBe(id)
  })
})

// Golden: the Aarhus Teknisk Udvalg page of 1 Oct 2025 (FirstAgenda portal; public record,
// ../shared/corpus/SOURCES.md) → its reviewed JSON. UPDATE=1 rewrites it; review the diff.
describe('the Aarhus portal page', () => {
  const name = 'fixtures/portal/aarhus-teknisk-udvalg-2025-10-01.html'
  const expectedPath = join(ROOT, name.replace(/\.html$/u, '.json'))

  it('matches its reviewed JSON', async () => {
    const actual = toJson(documentOf(await readInput(name, readFileSync(join(ROOT, name)))))
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, actual)
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 and review it`).toBe(true)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })

  it('gives the six items with case numbers, decisions, sections and attachment links', async () => {
    const doc = documentOf(await readInput(name, readFileSync(join(ROOT, name))))
    expect(doc.items.map((item) => [item.number, item.caseNumber])).toEqual([
      ['1', 'EMN-2025-010561'], ['2', 'EMN-2025-009242'], ['3', 'EMN-2025-008468'], ['4', 'EMN-2025-010561'], ['5', null], ['6', 'EMN-2024-035156']
    ])
    expect(doc.items.map((item) => item.attachments.length)).toEqual([1, 30, 11, 0, 0, 27])
    expect(doc.items.every((item) => item.decision !== null && item.attachments.every((a) => a.url?.startsWith('/vis/pdf/bilag/') && a.sourceId))).toBe(true)
    expect(doc.items[1]!.sections.map((s) => s.kind)).toEqual(['beslutning', 'resume', 'indstilling', 'other', 'bilag'])
    expect(doc.meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2025-10-01', start: '15:45', location: 'Udvalgsværelse 398' })
  })
})

describe('links from an untrusted page', () => {
  it('a javascript: link is page chrome (a control, not a document); a data: link never becomes an url', async () => {
    const page = articles
      .replace('<a href="../bilag/5501.pdf">Indstilling</a>', '<a href="javascript:alert(1)">Indstilling</a>')
      .replace('<a href="/dokument?id=5502">', '<a href="data:text/html,<script>alert(1)</script>">')
    const doc = await parse('page.html', page)
    const attachments = doc.items[0]!.attachments
    expect(attachments.map((a) => a.title)).toEqual(['Høringssvar fra skolebestyrelsen'])
    expect(attachments.map((a) => a.url)).toEqual([null])
  })
})
