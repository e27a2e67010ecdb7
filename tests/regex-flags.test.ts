import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Case-insensitive Unicode patterns (`/iu`) take V8's slow path: no quick scan for a
 * literal start, so one search over a 30 KB text costs 20-60x the same pattern with
 * `/i` alone or `/u` on lower-cased text. `/iu` is kept only where the pattern needs
 * Unicode (`\p{…}` classes); Danish letters fold the same with `/i` alone.
 */
const SRC = join(import.meta.dirname, '..', 'src')
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
// A regex literal closes with `/` and its flags, then punctuation, never a letter or digit.
const LITERAL_WITH_IU = /\/((?:\\.|[^/\n\\])+)\/([dgimsuy]*)(?=[\s,;)\]}.]|$)/gmu

describe('regex flags', () => {
  const offenders = files(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return [...text.matchAll(LITERAL_WITH_IU)]
      .filter(([, source, flags]) => flags!.includes('i') && flags!.includes('u') && !/\\[pP]\{/.test(source!))
      .map(([literal]) => `${file.slice(SRC.length + 1)}: ${literal.slice(0, 60)}`)
  })

  it('no case-insensitive Unicode pattern without a Unicode class in src/', () => {
    expect(offenders).toEqual([])
  })

  it('the scan finds such a pattern when there is one (so the test above can fail)', () => {
    const sample = 'export const X = /\\bmødet\\b/iu\n'
    const found = [...sample.matchAll(LITERAL_WITH_IU)].filter(([, , flags]) => flags!.includes('i') && flags!.includes('u'))
    expect(found).toHaveLength(1)
  })
})
