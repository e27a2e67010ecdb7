import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { documentOf } from '../src/parse-file.js'
import { pdfToText } from '../src/input/pdf/pdf-to-text.js'
import { readInput } from '../src/input/read.js'
import { parse } from '../src/parse.js'
import { titleKey } from '../src/split/title.js'
import { fakeIo } from './fake-io.js'
import { parseFixture, ROOT, seedFixtures } from './helpers.js'

const pdfOf = (fixture: string): string => fixture.replace(/\.txt$/, '.pdf')
const bytesOf = (path: string): Uint8Array => readFileSync(join(ROOT, path))

const items = (doc: ReturnType<typeof parse>) => doc.items.map((item) => ({
  number: item.number, title: titleKey(item.title), closed: item.closed, caseNumber: item.caseNumber,
  outcome: item.decision?.outcome ?? null, attachments: item.attachments.length, sections: item.sections.map((s) => s.kind)
}))

describe.each(seedFixtures())('%s as PDF', (fixture) => {
  const pdf = pdfOf(fixture)

  it('gives the same items as the text', async () => {
    const doc = documentOf(await readInput(pdf, bytesOf(pdf)))
    expect(items(doc)).toEqual(items(parseFixture(fixture)))
    expect(doc.source).toMatchObject({ format: 'pdf', pages: expect.any(Number) })
    for (const item of doc.items) expect(item.page).toBeGreaterThanOrEqual(1)
  })

  it('loses its running header and "Side N af M" footer', async () => {
    const doc = documentOf(await readInput(pdf, bytesOf(pdf)))
    const all = JSON.stringify(doc)
    expect(all).not.toMatch(/Side \d+ af \d+/)
    const title = doc.meeting.title!
    for (const item of doc.items) for (const section of item.sections) expect(section.text).not.toContain(title)
  })
})

describe('words hyphenated across a page break', () => {
  it('are joined in the output', async () => {
    let checked = 0
    for (const fixture of seedFixtures()) {
      const pdf = pdfOf(fixture)
      const raw = await pdfToText(pdf, bytesOf(pdf))
      const pages = raw.text.split('\f')
      const doc = JSON.stringify(parse(raw.text, { pageStarts: raw.pageStarts }))
      for (let p = 0; p < pages.length - 1; p++) {
        const body = pages[p]!.split('\n').filter((line) => line.trim() !== '' && !/^Side \d+ af/.test(line))
        const head = /(\p{L}+)-$/u.exec(body.at(-1) ?? '')?.[1]
        const next = pages[p + 1]!.split('\n').filter((line) => line.trim() !== '').slice(1)[0]
        const tail = next && /^(\p{Ll}+)/u.exec(next)?.[1]
        if (!head || !tail) continue
        expect(doc).toContain(head + tail)
        expect(doc).not.toContain(`${head}-`)
        checked++
      }
    }
    // The fixtures were typeset so that this happens; a test that checks nothing is no test.
    expect(checked).toBeGreaterThanOrEqual(3)
  })
})

describe('bad PDFs', () => {
  it.each([
    ['empty.pdf', 'is empty'],
    ['not-a-pdf.pdf', 'is named .pdf but is not a PDF file (no %PDF- header)'],
    ['truncated.pdf', 'is not a readable PDF (damaged or truncated)'],
    ['password.pdf', 'is password-protected (give the password with --password)'],
    ['image-only.pdf', 'has no text layer (1 page of images: a scanned PDF?); run OCR first, e.g. ocrmypdf']
  ])('%s: one line, exit 2', async (name, message) => {
    const io = fakeIo({ cwd: ROOT })
    expect(await main(['parse', `fixtures/bad/${name}`], io)).toBe(2)
    expect(io.err()).toBe(`referat: fixtures/bad/${name}: ${message}\n`)
    expect(io.out()).toBe('')
  })

  it('opens with --password, and says so when the password is wrong', async () => {
    const io = fakeIo({ cwd: ROOT })
    expect(await main(['parse', 'fixtures/bad/password.pdf', '--password', 'hemmelig'], io)).toBe(0)
    expect(JSON.parse(io.out()).items[0].title).toBe('Fortroligt')
    const wrong = fakeIo({ cwd: ROOT })
    expect(await main(['parse', 'fixtures/bad/password.pdf', '--password', 'forkert'], wrong)).toBe(2)
    expect(wrong.err()).toMatch(/could not be opened with that password/)
  })

  it('gives up on a PDF past --timeout and goes on with the batch (built bin, worker thread)', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'referat.js'), 'parse', 'fixtures/direktionen-2024-11-18.pdf', 'fixtures/kkr-syddanmark-2023-11-21.txt', '--timeout', '0.01', '--format', 'ndjson'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: fixtures\/direktionen-2024-11-18\.pdf: took longer than 0\.01 s to read; giving up/)
    expect(result.stdout.trim().split('\n')).toHaveLength(13)
  })
})
