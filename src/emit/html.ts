import type { Emitter } from './emitter.js'

type Page = typeof import('./review/page.js')
let page: Page | undefined

/**
 * The review page (`--format html`): one self-contained HTML page per input that a
 * person checks a parse with. Its HTML builder loads on first use, not at start-up.
 */
export const htmlEmitter: Emitter<'html'> = {
  format: 'html',
  extension: '.html',
  wantsSource: true,
  load: async () => {
    page ??= await import('./review/page.js')
  },
  document: (doc, _options, source) => {
    if (!page) throw new Error('the html emitter is used before load()')
    return page.toReviewPage(doc, source ?? { lines: [], decisionLines: [] })
  }
}
