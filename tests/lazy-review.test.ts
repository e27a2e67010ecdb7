import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// The review page's HTML builder loads only for --format html.
const loaded = vi.hoisted(() => ({ toHtml: false }))
vi.mock('hast-util-to-html', async (original) => {
  loaded.toHtml = true
  return await original()
})

describe('lazy loading of the review page', () => {
  it('a JSON parse does not load the HTML builder', async () => {
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded.toHtml).toBe(false)
  })

  it('--format html does (so the check above can fail)', async () => {
    const io = fakeIo({ cwd: ROOT })
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt', '--format', 'html'], io)).toBe(0)
    expect(loaded.toHtml).toBe(true)
    expect(io.out()).toMatch(/^<!doctype html><html lang="da"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;/u)
  })
})
