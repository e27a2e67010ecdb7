import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { RULES, RULE_LEVELS } from '../src/rules/index.js'
import { RULE_IDS } from '../src/schema/rule-ids.js'
import { Diagnostic } from '../src/schema/document.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

/** The rule table is the one place that sets ids and severities, readers' facts included. */
describe('rule table', () => {
  it('has one entry per rule id, and the schema knows exactly those ids', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort())
    expect(Diagnostic.shape.rule.options).toEqual([...RULE_IDS])
    expect(Diagnostic.safeParse({ severity: 'info', rule: 'made-up', message: '', line: null, column: null, item: null }).success).toBe(false)
  })

  it('--rule input-repaired=error turns a reader\'s repair into an error (exit 1)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'referat-rules-'))
    const text = readFileSync(join(ROOT, 'fixtures', 'direktionen-2024-11-18.txt'), 'utf8')
    // Windows-1252: the reader decodes it and records the fact.
    writeFileSync(join(work, 'cp1252.txt'), Buffer.from(text.replace(/[^\u0000-\u00ff]/gu, '-'), 'latin1'))
    const plain = fakeIo({ cwd: work })
    expect(await main(['validate', 'cp1252.txt', '--rule', 'toc-title-mismatch=off'], plain)).toBe(0)
    expect(plain.out()).toMatch(/^cp1252\.txt:1:1 info Decoded as windows-1252 {2}input-repaired$/m)
    const strict = fakeIo({ cwd: work })
    expect(await main(['validate', 'cp1252.txt', '--rule', 'input-repaired=error'], strict)).toBe(1)
    expect(strict.out()).toMatch(/^cp1252\.txt:1:1 error Decoded as windows-1252 {2}input-repaired$/m)
    expect(RULE_LEVELS['input-repaired']).toBe('info')
  })
})
