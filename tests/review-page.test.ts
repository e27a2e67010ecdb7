import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'puppeteer-core'
import { main } from '../src/cli/main.js'
import { parseFile } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

/** The OS's Chromium (Debian's `chromium` package): never a downloaded browser. */
const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path))
const SKIP = CHROMIUM ? '' : ' (skipped: no Chromium at /usr/bin/chromium; apt-get install chromium, or set CHROMIUM_PATH)'

const INPUTS = {
  text: 'fixtures/kkr-syddanmark-2023-11-21.txt',
  pdf: 'fixtures/direktionen-2024-11-18.pdf',
  html: 'fixtures/readers/meeting-page.html'
} as const

/** Minutes whose text holds markup that must stay text: any of it that ran would set window.__pwned. */
const HOSTILE_TEXT = [
  'REFERAT Udvalget <script>window.__pwned = 1</script>', 'Dato: 3. maj 2024', '',
  'Punkt 1: Budget <img src=x onerror="window.__pwned = 2">', '', '<script>window.__pwned = 3</script>', '',
  'Beslutning', '', 'Godkendt. <a href="javascript:window.__pwned = 4">klik</a> <svg onload="window.__pwned = 5">', '',
  'Punkt 2: Beslutning', '', 'Godkendt.', ''
].join('\n')
const HOSTILE_HTML = `<!DOCTYPE html><html><body><h1>Referat</h1><p>Dato: 3. maj 2024</p>
<h2>Budget &lt;script&gt;window.__pwned = 6&lt;/script&gt;</h2><h3>Beslutning</h3><p>Godkendt &lt;img src=x onerror="window.__pwned = 7"&gt;</p>
<h2>Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p></body></html>`

interface Rendered {
  readonly items: number
  readonly itemTitles: string[]
  readonly sectionMarks: number
  readonly decisionMarks: number
  readonly diagnostics: string[]
  readonly pages: number
  readonly scripts: number
  readonly images: number
  readonly pwned: unknown
}

describe.skipIf(!CHROMIUM)(`review page in Chromium${SKIP}`, () => {
  let browser: Browser
  let work: string
  const docs = new Map<string, Referat>()
  /** Every request a page made beyond its own file: there must be none. */
  const requests: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'referat-review-'))
    writeFileSync(join(work, 'hostile.txt'), HOSTILE_TEXT)
    writeFileSync(join(work, 'hostile-page.html'), HOSTILE_HTML)
    const inputs = [...Object.values(INPUTS).map((path) => join(ROOT, path)), join(work, 'hostile.txt'), join(work, 'hostile-page.html')]
    // One batch, one page per input in the --out folder.
    const io = fakeIo({ cwd: work })
    expect(await main(['parse', ...inputs, '--format', 'html', '--out', join(work, 'pages')], io), io.err()).toBe(0)
    for (const input of inputs) docs.set(input, await parseFile(input))
    const { launch } = await import('puppeteer-core')
    browser = await launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  const pageOf = (input: string): string => {
    const name = input.split('/').pop()!.replace(/\.[^.]+$/u, '.html')
    const found = ['pages', join('pages', 'fixtures'), join('pages', 'fixtures', 'readers')].map((dir) => join(work, dir, name)).find((path) => existsSync(path))
    if (!found) throw new Error(`no page for ${input}`)
    return found
  }

  async function render(path: string): Promise<Rendered> {
    const page: Page = await browser.newPage()
    try {
      await page.setRequestInterception(true)
      const own = pathToFileURL(path).href
      page.on('request', (request) => {
        if (request.url() === own) return void request.continue()
        requests.push(request.url())
        void request.abort()
      })
      page.on('pageerror', (error) => errors.push(String(error)))
      page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); void dialog.dismiss() })
      await page.goto(own, { waitUntil: 'load' })
      return await page.evaluate(() => ({
        items: document.querySelectorAll('section.part[id^="item-"]').length,
        itemTitles: [...document.querySelectorAll('section.part[id^="item-"] aside.card h3')].map((h) => h.textContent ?? ''),
        sectionMarks: new Set([...document.querySelectorAll('.line.mark-section')].map((l) => l.getAttribute('data-line'))).size,
        decisionMarks: document.querySelectorAll('.line.mark-decision .badge-decision').length,
        diagnostics: [...document.querySelectorAll('.diag')].map((d) => d.getAttribute('data-rule') ?? ''),
        pages: document.querySelectorAll('.page').length,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img, svg, iframe, object, embed').length,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned
      }))
    } finally {
      await page.close()
    }
  }

  it.each(Object.entries(INPUTS))('%s input: items, sections, decisions and diagnostics where they were found', async (_kind, input) => {
    const doc = docs.get(join(ROOT, input))!
    const shown = await render(pageOf(input))
    expect(shown.items).toBe(doc.items.length)
    expect(shown.itemTitles).toEqual(doc.items.map((item) => `Punkt ${item.number}: ${item.title}${item.closed ? ' (lukket)' : ''}`))
    expect(shown.sectionMarks).toBe(new Set(doc.items.flatMap((item) => item.sections.map((section) => section.line))).size)
    expect(shown.decisionMarks).toBeGreaterThan(0)
    expect(shown.diagnostics.sort()).toEqual(doc.diagnostics.map((d) => d.rule).sort())
    if (input.endsWith('.pdf')) expect(shown.pages).toBe(doc.source.pages)
    else expect(shown.pages).toBe(0)
  }, 30_000)

  it.each(['hostile.txt', 'hostile-page.html'])('%s: markup in the input stays text and runs nothing', async (name) => {
    const shown = await render(pageOf(join(work, name)))
    expect(shown.pwned).toBeUndefined()
    expect(shown.scripts).toBe(0)
    expect(shown.images).toBe(0)
    expect(shown.itemTitles.join('\n')).toMatch(/<script>|<img src=x onerror=/u)
    const html = readFileSync(pageOf(join(work, name)), 'utf8')
    expect(html).not.toMatch(/<script|<img|<svg|<a href="javascript:/iu)
  }, 30_000)

  it('the hostile text page shows its error at its line', async () => {
    const shown = await render(pageOf(join(work, 'hostile.txt')))
    expect(shown.diagnostics).toContain('item-titled-as-heading')
  }, 30_000)

  it('no page made a request or raised an error', () => {
    expect(requests).toEqual([])
    expect(errors).toEqual([])
  })
})
