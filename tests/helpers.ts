import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse } from '../src/parse.js'
import type { Referat } from '../src/schema/document.js'

export const ROOT = join(import.meta.dirname, '..')
export const FIXTURES = join(ROOT, 'fixtures')

/** Every text fixture: the five seeds and the quirk cases, as paths relative to the root. */
export function textFixtures(): string[] {
  const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/${f}`)
  const cases = readdirSync(join(FIXTURES, 'cases')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/cases/${f}`)
  return [...seeds, ...cases].sort()
}

export const seedFixtures = (): string[] => textFixtures().filter((f) => !f.includes('/cases/'))

export function readFixture(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}

/** Parses a fixture the way `referat parse fixtures/x.txt` does from the project root. */
export function parseFixture(path: string): Referat {
  return parse(readFixture(path), { file: path })
}

export const nameOf = (path: string): string => basename(path)
