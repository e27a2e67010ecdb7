import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// exceljs (with its zip and stream packages) loads only when a workbook is asked for.
const loaded = vi.hoisted(() => ({ exceljs: false }))
vi.mock('exceljs', async (original) => {
  loaded.exceljs = true
  return original()
})

describe('lazy loading of exceljs', () => {
  it('parsing to json, ndjson and csv, and printing help, do not load it', async () => {
    for (const format of ['json', 'ndjson', 'ndjson-documents', 'csv']) {
      expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt', '--format', format], fakeIo({ cwd: ROOT }))).toBe(0)
    }
    expect(await main(['--help'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded.exceljs).toBe(false)
  })

  it('--format xlsx does (so the check above can fail)', async () => {
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt', '--format', 'xlsx'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded.exceljs).toBe(true)
  })
})
