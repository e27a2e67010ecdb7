import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

/** The fenced `ts` blocks of one README section. */
function examplesOf(section: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf(`\n## ${section}\n`)
  const end = readme.indexOf('\n## ', start + 1)
  const body = readme.slice(start, end === -1 ? undefined : end)
  return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!)
}

describe('README library examples', () => {
  it('compile against the package types, as a user would import them', () => {
    const blocks = examplesOf('Library')
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    const dir = mkdtempSync(join(tmpdir(), 'referat-readme-'))
    // A user's project is ESM too (top-level await in the examples).
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
    blocks.forEach((code, i) => writeFileSync(join(dir, `example-${i}.ts`), `${code}\nexport {}\n`))
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true,
        types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
        // `referat` resolves to the sources, as the published types describe them.
        baseUrl: ROOT, paths: { referat: ['src/index.ts'] }
      },
      include: [join(dir, '*.ts')]
    }))
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
    let output = ''
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error)
    }
    expect(output).toBe('')
  }, 60_000)

  it('the package says it is ESM', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).type).toBe('module')
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/referat is an ES module/)
  })
})
