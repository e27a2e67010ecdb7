import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toJson } from '../src/emit/json.js'
import { parseFixture, readFixture, ROOT, textFixtures } from './helpers.js'

// Golden files: fixtures/<name>.txt → fixtures/<name>.json, reviewed by a person.
// UPDATE=1 rewrites them; review the diff before committing.
const update = process.env.UPDATE === '1'

describe('golden fixtures', () => {
  it.each(textFixtures())('%s matches its reviewed JSON', (fixture) => {
    const expectedPath = join(ROOT, fixture.replace(/\.txt$/, '.json'))
    const actual = toJson(parseFixture(fixture))
    if (update) writeFileSync(expectedPath, actual)
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 and review it`).toBe(true)
    expect(actual).toBe(readFixture(fixture.replace(/\.txt$/, '.json')))
  })
})
