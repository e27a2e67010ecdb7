import { describe, expect, it } from 'vitest'
import { toSourceText } from '../src/compile/source-text.js'
import { processText } from '../src/parse.js'
import { toReviewPage } from '../src/emit/review/page.js'
import type { Referat } from '../src/schema/document.js'

const TEXT = ['REFERAT Udvalget', 'Dato: 3. maj 2024', '', 'Punkt 1: Budget', '', 'Beslutning', '', 'Godkendt.', ''].join('\n')

/** The page for TEXT, with the first item's attachments set as given (contract 1 strings or contract 2 objects). */
function pageWith(attachments: unknown[]): string {
  const file = processText(TEXT, { file: 'x.txt' })
  const doc = { ...file.result, items: file.result.items.map((item) => ({ ...item, attachments })) } as unknown as Referat
  return toReviewPage(doc, toSourceText(file))
}

describe('review page HTML', () => {
  it('links attachments with a web address, never a script URL, and takes plain titles as text', () => {
    const html = pageWith([
      { title: 'Bilag 1: Budget.pdf', url: 'https://example.dk/bilag/1.pdf', sourceId: '17' },
      { title: 'Bilag 2', url: 'javascript:alert(1)', sourceId: null },
      'Bilag 3 <b>fed</b>'
    ])
    expect(html).toContain('<a href="https://example.dk/bilag/1.pdf" rel="noopener noreferrer nofollow" target="_blank">Bilag 1: Budget.pdf</a>')
    expect(html).toContain('<li>Bilag 2</li>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<li>Bilag 3 &#x3C;b>fed&#x3C;/b></li>')
  })

  it('marks the item heading, the section and the decision on their lines, with a strict CSP', () => {
    const html = pageWith([])
    expect(html).toMatch(/<div class="line mark-item" id="L4" data-line="4">/u)
    expect(html).toMatch(/<div class="line mark-section mark-decision" id="L6" data-line="6">/u)
    expect(html).toMatch(/content="default-src &#x27;none&#x27;; style-src &#x27;sha256-[A-Za-z0-9+/=]+&#x27;; script-src &#x27;none&#x27;/u)
    expect(html).not.toMatch(/<script|<link|@import|url\(/u)
  })
})
