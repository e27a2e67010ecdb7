import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies: Record<string, string> }

/** The files `npm pack` would put in the tarball (scripts skipped: dist is built by `npm test`). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path)
}

/** Bare package names a built file imports (static or dynamic), without node built-ins. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  // A package name is lower case (npm's rule): minified code such as exceljs' `"xdr:from":new X({tag:"…"` is not an import.
  const names = [...code.matchAll(/(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)['"]((?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/[\w.~/-]*)?)['"]/g)].map((m) => m[1]!)
  return names
    .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!))
}

describe('the npm package', () => {
  it('holds the bin, the CLI, the worker entries and the README, and no tests', () => {
    const files = packedFiles()
    for (const path of Object.values(pkg.bin)) expect(files).toContain(path.replace(/^\.\//, ''))
    for (const path of ['bin/load-cli.js', 'bin/package.json', 'dist/bundle/cli.cjs', 'dist/bundle/cli.cjs.cache', 'dist/bundle/vendor/markup.cjs', 'dist/bundle/task.js', 'dist/bundle/pdf-worker.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'README.md']) expect(files).toContain(path)
    expect(files.filter((f) => f.startsWith('tests/') || f.startsWith('src/'))).toEqual([])
  })

  it('imports at run time only its dependencies, never a devDependency', () => {
    const dist = join(ROOT, 'dist')
    const files = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
    expect(files.length).toBeGreaterThan(20)
    expect(files).toContain(join('bundle', 'cli.cjs'))
    const used = new Set(files.flatMap((f) => importsOf(readFileSync(join(dist, f), 'utf8'))))
    expect(used.size).toBeGreaterThan(3)
    for (const name of used) expect(Object.keys(pkg.dependencies), `${name} is imported by dist/ but not a dependency`).toContain(name)
  })

  // The whole round trip: pack, install the tarball into an empty project, run it. Needs
  // the registry or a warm npm cache and a minute, so it runs when asked.
  it.skipIf(process.env.REFERAT_PACK_TEST !== '1')('the packed tarball installs into an empty project and runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-pack-'))
    const tarball = execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!
    const app = join(dir, 'app')
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}')
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: app, stdio: 'ignore' })
    const args = ['parse', join(ROOT, 'fixtures', 'direktionen-2024-11-18.pdf'), '-f', 'ndjson']
    const installed = execFileSync(join(app, 'node_modules', '.bin', 'referat'), args, { cwd: app, encoding: 'utf8' })
    const here = execFileSync(process.execPath, [join(ROOT, 'bin', 'referat.js'), ...args], { cwd: app, encoding: 'utf8' })
    expect(installed.trim().split('\n').length).toBeGreaterThan(1)
    expect(installed).toBe(here)
  }, 300_000)
})

describe('npm run score', () => {
  it('without the scoring kit says what it needs in one line, exit 2', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'score.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFERAT_SHARED: join(tmpdir(), 'no-such-kit') } })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: npm run score needs the scoring kit \(tools\/score\.mjs and its gold files\) at .*no-such-kit;[^\n]*\n$/)
  })
})
