import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { ROOT } from './helpers.js'

interface Step { readonly id?: string; readonly run?: string; readonly uses?: string }

let work: string
let bin: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-ci-'))
  mkdirSync(join(work, 'minutes', '2024'), { recursive: true })
  cpSync(join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.txt'), join(work, 'minutes', '2024', 'lolland.txt'))
  cpSync(join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.pdf'), join(work, 'minutes', 'kkr.pdf'))
  // `referat` on the PATH, as the install step would leave it.
  bin = join(work, 'bin')
  mkdirSync(bin)
  writeFileSync(join(bin, 'referat'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'referat.js')}" "$@"\n`)
  chmodSync(join(bin, 'referat'), 0o755)
})

/** Runs a step's script as GitHub Actions does (bash -e -o pipefail), with referat on the PATH. */
function runStep(script: string) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1' }
  })
}

describe('the GitHub Actions workflow (examples/github-workflow.yml)', () => {
  const workflow = parseYaml(readFileSync(join(ROOT, 'examples', 'github-workflow.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> }
  const steps = workflow.jobs['validate']!.steps
  const script = (id: string): string => steps.find((step) => step.id === id)!.run!

  it('checks out, sets up Node 20, installs referat, validates with annotations and uploads SARIF', () => {
    expect(steps.map((step) => step.uses ?? step.id)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'install', 'validate', 'sarif', 'github/codeql-action/upload-sarif@v3'])
    expect(script('install')).not.toMatch(/npm install (-g|--global) referat\b/)
  })

  it('its validate step passes good minutes (warnings as annotations) and fails on an unreadable file', () => {
    const good = runStep(script('validate'))
    expect(good.status, good.stderr).toBe(0)
    expect(good.stdout).toMatch(/^::warning file=minutes\/kkr\.pdf,title=toc-title-mismatch \(page 3/m)
    writeFileSync(join(work, 'minutes', 'scan.pdf'), '%PDF-1.4\n%%EOF\n')
    try {
      const bad = runStep(script('validate'))
      expect(bad.status).toBe(2)
      expect(bad.stdout).toMatch(/^::error file=minutes\/scan\.pdf,title=input-error \(damaged\)::/m)
    } finally {
      writeFileSync(join(work, 'minutes', 'scan.pdf'), '')
      execFileSync('rm', [join(work, 'minutes', 'scan.pdf')])
    }
  })

  it('its SARIF step writes a SARIF log even when validation fails', () => {
    writeFileSync(join(work, 'minutes', 'letter.txt'), 'Kære alle,\n\ntak for sidst.\n')
    try {
      const result = runStep(script('sarif'))
      expect(result.status, result.stderr).toBe(0)
      const log = JSON.parse(readFileSync(join(work, 'referat.sarif'), 'utf8'))
      expect(log.version).toBe('2.1.0')
      expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['toc-title-mismatch', 'input-error']))
    } finally {
      execFileSync('rm', [join(work, 'minutes', 'letter.txt')])
    }
  })
})

/** pre-commit's manifest keys (pre-commit 3: clientlib MANIFEST_HOOK_DICT). */
const REQUIRED = ['id', 'name', 'entry', 'language'] as const
const OPTIONAL = new Set(['alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose'])

describe('the pre-commit hook definition (.pre-commit-hooks.yaml)', () => {
  const manifest = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>

  it('has the keys pre-commit requires and no others', () => {
    expect(Array.isArray(manifest)).toBe(true)
    for (const hook of manifest) {
      for (const key of REQUIRED) expect(typeof hook[key], key).toBe('string')
      for (const key of Object.keys(hook)) expect(REQUIRED.includes(key as never) || OPTIONAL.has(key), key).toBe(true)
      expect(hook['language']).toBe('node')
    }
  })

  it('runs referat validate on the files its pattern selects', () => {
    const hook = manifest.find((h) => h['id'] === 'referat-validate')!
    const files = new RegExp(String(hook['files']))
    expect(['minutes/a.txt', 'b.pdf', 'c.docx', 'd.html', 'e.md'].every((name) => files.test(name))).toBe(true)
    expect(['package.json', 'x.png', 'y.ts'].some((name) => files.test(name))).toBe(false)
    // pre-commit runs `entry` with the staged file names after it.
    const result = runStep(`${String(hook['entry'])} minutes/2024/lolland.txt minutes/kkr.pdf`)
    expect(result.status, result.stderr).toBe(0)
  })

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' })
  it.skipIf(preCommit.status !== 0)('passes pre-commit validate-manifest (skips where pre-commit is not installed: apt-get install pre-commit)', () => {
    const ok = spawnSync('pre-commit', ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8' })
    expect(ok.status, ok.stdout + ok.stderr).toBe(0)
    const broken = join(work, 'broken-hooks.yaml')
    writeFileSync(broken, '- id: x\n  name: x\n  language: node\n')
    expect(spawnSync('pre-commit', ['validate-manifest', broken], { encoding: 'utf8' }).status).not.toBe(0)
  })
})
