import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

// What the built bin loads is what start-up costs: a module hook in the child process
// lists every module it resolves. Counts and names, never times.
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module'
register('data:text/javascript,' + encodeURIComponent(\`export async function resolve(s, c, next) {
  const r = await next(s, c); if (!r.url.startsWith('node:')) process.stderr.write('LOADED ' + r.url + '\\\\n'); return r }\`))
`)}`

function loadedBy(...args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', HOOK, join(ROOT, 'bin', 'referat.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
  expect(result.status).toBe(0)
  const urls = result.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice(7))
  return [...new Set(urls)].map((url) => url.replace(/^file:\/\/.*?\/(bin|dist|node_modules)\//, '$1/'))
}

describe('the built bin loads what the input needs', () => {
  it('parses a text file from the bundle: a dozen modules, no package from node_modules', () => {
    const loaded = loadedBy('parse', 'fixtures/kkr-syddanmark-2023-11-21.txt')
    expect(loaded.filter((m) => m.startsWith('dist/') && !m.startsWith('dist/bundle/'))).toEqual([])
    expect(loaded.filter((m) => m.startsWith('node_modules/'))).toEqual([])
    expect(loaded.filter((m) => /\/(schema|validate|debug)-/.test(m))).toEqual([])
    expect(loaded.length).toBeLessThan(20)
  })

  it('prints help without loading a command', () => {
    const loaded = loadedBy('--help')
    expect(loaded.filter((m) => /\/(parse|validate|schema|debug)-/.test(m))).toEqual([])
  })

  it('loads pdf.js for a PDF (so the checks above can fail)', () => {
    const loaded = loadedBy('parse', 'fixtures/direktionen-2024-11-18.pdf')
    expect(loaded.filter((m) => m.startsWith('node_modules/')).map((m) => m.split('/')[1])).toContain('pdfjs-dist')
  })
})
