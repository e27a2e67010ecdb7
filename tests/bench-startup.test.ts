import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

// What the built bin loads is what start-up costs: a hook in the child process lists
// every file it loads as a module, through require() (bin/load-cli.js, the vendor
// files, packages) or import (worker entries). The bundled CLI itself is read and
// compiled by bin/load-cli.js, not loaded as a module. Counts and names, never times.
const HOOK = `data:text/javascript,${encodeURIComponent(`
import Module, { register } from 'node:module'
const load = Module._load
Module._load = function (request, parent, isMain) {
  if (!Module.isBuiltin(request)) process.stderr.write('LOADED ' + Module._resolveFilename(request, parent, isMain) + '\\n')
  return load.apply(this, arguments)
}
register('data:text/javascript,' + encodeURIComponent(\`export async function resolve(s, c, next) {
  const r = await next(s, c); if (!r.url.startsWith('node:')) process.stderr.write('LOADED ' + r.url + '\\\\n'); return r }\`))
`)}`

function loadedBy(...args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', HOOK, join(ROOT, 'bin', 'referat.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
  expect(result.status).toBe(0)
  const paths = result.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice(7).replace(/^file:\/\//, ''))
  return [...new Set(paths)].map((path) => path.replace(/^.*?\/(bin|dist|node_modules)\//, '$1/'))
}

describe('the built bin loads what the input needs', () => {
  it('parses a text file from the one bundled script: no vendor file, no package from node_modules', () => {
    const loaded = loadedBy('parse', 'fixtures/kkr-syddanmark-2023-11-21.txt')
    expect(loaded).toContain('bin/load-cli.js')
    expect(loaded.filter((m) => m.startsWith('dist/') && !m.startsWith('dist/bundle/'))).toEqual([])
    expect(loaded.filter((m) => m.startsWith('node_modules/') || m.startsWith('dist/bundle/vendor/'))).toEqual([])
    expect(loaded.length).toBeLessThan(6)
  })

  it('prints help without loading a vendor file', () => {
    const loaded = loadedBy('--help')
    expect(loaded.filter((m) => m.startsWith('dist/bundle/vendor/'))).toEqual([])
  })

  it('loads the vendor file a command needs, and PDFium for a PDF (so the checks above can fail)', () => {
    expect(loadedBy('schema')).toContain('dist/bundle/vendor/schema.cjs')
    expect(loadedBy('parse', 'fixtures/*.txt')).toContain('dist/bundle/vendor/glob.cjs')
    const loaded = loadedBy('parse', 'fixtures/direktionen-2024-11-18.pdf')
    expect(loaded.filter((m) => m.startsWith('node_modules/')).map((m) => m.split('/')[1])).toContain('@embedpdf')
  })

  it('leaves child_process to first use: commander requires it only for subcommands referat has none of', () => {
    const probe = `process.on('exit', () => process.stderr.write(process.moduleLoadList.includes('NativeModule child_process') ? 'CHILD_PROCESS' : 'NONE'))`
    const run = (bin: string): string =>
      spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, bin, 'parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'], { cwd: ROOT, encoding: 'utf8' }).stderr
    expect(run(join(ROOT, 'bin', 'referat.js'))).toBe('NONE')
    // The unbundled CLI, where commander loads it as it comes: the check above can fail.
    expect(run(join(ROOT, 'dist', 'cli', 'bin.js'))).toBe('CHILD_PROCESS')
  })

  it('compiles each regular expression once, to machine code, not first for the interpreter', () => {
    // V8 traces every expression it compiles for its bytecode interpreter ("bytecode size").
    const interpreted = (args: string[]): number =>
      (spawnSync(process.execPath, ['--trace-regexp-tier-up', ...args], { cwd: ROOT, encoding: 'utf8' }).stdout.match(/bytecode size/g) ?? []).length
    // Only node's own start-up runs any (two) before the bin sets the flag.
    expect(interpreted([join(ROOT, 'bin', 'referat.js'), 'parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'])).toBeLessThanOrEqual(interpreted(['-e', '0']))
    // The library in a plain node process keeps V8's default: the check above can fail.
    expect(interpreted(['--input-type=module', '-e', "const { parseFile } = await import('./dist/index.js'); await parseFile('fixtures/kkr-syddanmark-2023-11-21.txt')"])).toBeGreaterThan(100)
  })

  it('compiles the bundle with the code cache the build wrote for this Node', () => {
    const probe = "const { loadCli } = require('./bin/load-cli.js'); process.stdout.write(String(loadCli().cacheRejected))"
    const result = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' })
    expect(result.stdout).toBe('false')
  })
})
