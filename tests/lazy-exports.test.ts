import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// The XML and HTML parsers (saxes, parse5) behind the export readers load only when an export is read.
const loaded = vi.hoisted(() => ({ saxes: false, hast: false }))
vi.mock('saxes', async (importOriginal) => {
  loaded.saxes = true
  return await importOriginal()
})
vi.mock('parse5', async (importOriginal) => {
  loaded.hast = true
  return await importOriginal()
})

describe('lazy loading of the export readers', () => {
  it('parsing text and printing help load neither the XML nor the HTML parser', async () => {
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(await main(['--help'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded).toEqual({ saxes: false, hast: false })
  })

  it('an SBSYS export loads both (so the check above can fail)', async () => {
    expect(await main(['parse', 'fixtures/exports/sbsys-ballerup-it-2013-05-15.xml'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded).toEqual({ saxes: true, hast: true })
  })
})
