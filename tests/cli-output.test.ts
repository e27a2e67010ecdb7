import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { removeTempDir } from '../src/cli/write-atomic.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// A switch for the write-error tests: writes fail with this error code while it is set.
const disk = vi.hoisted(() => ({ failWith: undefined as string | undefined }))
vi.mock('../src/cli/write-atomic.js', async (original) => {
  const actual = await original<typeof import('../src/cli/write-atomic.js')>()
  return {
    ...actual,
    writeFileAtomic: async (...args: Parameters<typeof actual.writeFileAtomic>) => {
      if (disk.failWith) throw Object.assign(new Error(`${disk.failWith}: write failed`), { code: disk.failWith })
      return actual.writeFileAtomic(...args)
    }
  }
})

const bin = join(ROOT, 'bin', 'referat.js')
const SEEDS = ['direktionen-2024-11-18', 'kkr-syddanmark-2023-11-21', 'lolland-sau-2024-12-03']
let work: string

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-out-'))
  mkdirSync(join(work, 'a'))
  mkdirSync(join(work, 'b'))
  for (const seed of SEEDS) cpSync(join(ROOT, 'fixtures', `${seed}.txt`), join(work, `${seed}.txt`))
  cpSync(join(ROOT, 'fixtures', `${SEEDS[0]}.txt`), join(work, 'a', 'x.txt'))
  cpSync(join(ROOT, 'fixtures', `${SEEDS[1]}.txt`), join(work, 'b', 'x.txt'))
})

async function run(args: string[]) {
  const io = fakeIo({ cwd: work })
  const exitCode = await main(args, io)
  return { exitCode, stdout: io.out(), stderr: io.err() }
}

const tree = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [])

describe('--out never harms an input and never writes half a batch of collisions', () => {
  it('an input reached through a symbolic link to the working folder is refused, nothing written', async () => {
    symlinkSync('.', join(work, 'self'))
    writeFileSync(join(work, 'x.json'), readFileSync(join(work, `${SEEDS[0]}.txt`)))
    cpSync(join(work, `${SEEDS[1]}.txt`), join(work, 'x.txt'))
    const before = readFileSync(join(work, 'x.json'), 'utf8')
    const { exitCode, stderr } = await run(['parse', 'x.txt', 'x.json', '--out', 'self'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(/would overwrite the input x\.json; nothing written/)
    expect(readFileSync(join(work, 'x.json'), 'utf8')).toBe(before)
  })

  it('a symbolic link inside --out that leads out of it is not followed', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'referat-outside-'))
    mkdirSync(join(work, 'o'))
    symlinkSync(outside, join(work, 'o', 'a'))
    const { exitCode, stderr } = await run(['parse', 'a/x.txt', '--out', 'o'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(/^referat: a\/x\.txt: output o\/a\/x\.json would leave the --out folder through a symbolic link; nothing written\n$/)
    expect(readdirSync(outside)).toEqual([])
  })

  it.each([
    ['a/x.txt', 'b/x.txt', ['o/a', 'o/a/x.json', 'o/b', 'o/b/x.json']],
    ['../x.txt', 'x.txt', null]
  ])('%s and %s: mirrored paths, or a clear refusal before anything is written', async (first, second, expected) => {
    mkdirSync(join(work, 'sub'))
    cpSync(join(work, 'a', 'x.txt'), join(work, 'x.txt'))
    cpSync(join(work, 'a', 'x.txt'), join(work, 'sub', 'x.txt'))
    const inSub = first.startsWith('..')
    const io = fakeIo({ cwd: inSub ? join(work, 'sub') : work })
    const exitCode = await main(['parse', first, second, '--out', 'o'], io)
    const out = join(inSub ? join(work, 'sub') : work, 'o')
    if (expected) {
      expect(exitCode).toBe(0)
      expect(tree(out)).toEqual(expected.map((p) => p.slice(2)))
    } else {
      expect(exitCode).toBe(2)
      expect(io.err()).toMatch(/^referat: \.\.\/x\.txt and x\.txt would both be written to o\/x\.json; nothing written/)
      expect(tree(out)).toEqual([])
    }
  })

  it('one file named twice (./x.txt and a glob) is no collision: one output, exit 0', async () => {
    const { exitCode, stdout } = await run(['parse', `./${SEEDS[0]}.txt`, `${SEEDS[0]}.*`, '--out', 'o'])
    expect(exitCode).toBe(0)
    expect(stdout).toBe('')
    expect(tree(join(work, 'o'))).toEqual([`${SEEDS[0]}.json`])
  })

  it('x.txt and x.pdf would share x.json: refused before writing anything', async () => {
    cpSync(join(ROOT, 'fixtures', `${SEEDS[0]}.pdf`), join(work, `${SEEDS[0]}.pdf`))
    const { exitCode, stderr } = await run(['parse', `${SEEDS[1]}.txt`, `${SEEDS[0]}.txt`, `${SEEDS[0]}.pdf`, '--out', 'o'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(/would both be written to o\/direktionen-2024-11-18\.json; nothing written/)
    expect(tree(join(work, 'o'))).toEqual([])
  })
})

describe('-o FILE, -o -, permissions', () => {
  it('-o FILE with one input writes that file', async () => {
    const { exitCode } = await run(['parse', `${SEEDS[0]}.txt`, '-o', 'result.json'])
    expect(exitCode).toBe(0)
    expect(statSync(join(work, 'result.json')).isFile()).toBe(true)
    expect(JSON.parse(readFileSync(join(work, 'result.json'), 'utf8')).meeting.date).toBe('2024-11-18')
  })

  it('-o - is standard output, no folder named -', async () => {
    const { exitCode, stdout } = await run(['parse', `${SEEDS[0]}.txt`, '-o', '-'])
    expect(exitCode).toBe(0)
    expect(JSON.parse(stdout).meeting.date).toBe('2024-11-18')
    expect(existsSync(join(work, '-'))).toBe(false)
  })

  it('an output gets at most the input\'s permission bits', async () => {
    chmodSync(join(work, `${SEEDS[0]}.txt`), 0o600)
    expect(await main(['parse', `${SEEDS[0]}.txt`, '--out', 'o'], fakeIo({ cwd: work }))).toBe(0)
    expect(statSync(join(work, 'o', `${SEEDS[0]}.json`)).mode & 0o777).toBe(0o600)
  })
})

describe('output-side errors', () => {
  it('a mirrored sub-folder that is a file: one line for that file, exit 2, the batch goes on', async () => {
    mkdirSync(join(work, 'o'))
    writeFileSync(join(work, 'o', 'a'), 'in the way')
    const { exitCode, stderr } = await run(['parse', 'a/x.txt', `${SEEDS[2]}.txt`, '--out', 'o'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(/^referat: a\/x\.txt: cannot write o\/a\/x\.json: a file is in the way of a folder on its path\n/)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(work, 'o', `${SEEDS[2]}.json`))).toBe(true)
  })

  it('permission denied (as root, chmod cannot show it): one line per file, exit 2, the batch goes on', async () => {
    disk.failWith = 'EACCES'
    try {
      const { exitCode, stderr } = await run(['parse', ...SEEDS.map((s) => `${s}.txt`), '--out', 'o'])
      expect(exitCode).toBe(2)
      const lines = stderr.split('\n').filter(Boolean)
      expect(lines.slice(0, 3)).toEqual(SEEDS.map((s) => expect.stringMatching(new RegExp(`^referat: ${s}\\.txt: cannot write .*o/${s}\\.json: permission denied$`))))
      expect(lines[3]).toMatch(/^parsed 0 files, 3 failed, \d+\.\d s$/)
      expect(lines[4]).toBe('  3 outputs not written')
    } finally {
      disk.failWith = undefined
    }
  })

  it('a full disk stops the batch cleanly: one line, then how far it got', async () => {
    disk.failWith = 'ENOSPC'
    try {
      const { exitCode, stderr } = await run(['parse', ...SEEDS.map((s) => `${s}.txt`), '--out', 'o'])
      expect(exitCode).toBe(2)
      expect(stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(/^referat: direktionen-2024-11-18\.txt: cannot write .*: no space left on device; stopping$/),
        'referat: stopped after 1 of 3 files; the rest were not parsed',
        expect.stringMatching(/^parsed 0 files, 1 failed, \d+\.\d s$/)
      ])
      expect(tree(join(work, 'o'))).toEqual([])
    } finally {
      disk.failWith = undefined
    }
  })

  it.skipIf(!existsSync('/dev/full'))('stdout on a full device is one line and exit 2', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [bin, 'parse', `${SEEDS[0]}.txt`], { cwd: work, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 30_000 })
      expect(result.status).toBe(2)
      expect(result.stderr).toBe('referat: cannot write to standard output: no space left on device\n')
    } finally {
      closeSync(full)
    }
  })
})

describe('interrupted batches', () => {
  function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; left: string[] }> {
    const inputs = Array.from({ length: 40 }, (_, i) => {
      const name = `m${String(i).padStart(2, '0')}.txt`
      cpSync(join(work, `${SEEDS[i % 3]}.txt`), join(work, name))
      return name
    })
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, 'parse', ...inputs, '--out', 'o'], { cwd: work, stdio: 'ignore' })
      // Interrupt once the batch is writing: the first output exists.
      const poll = setInterval(() => {
        if (tree(join(work, 'o')).some((f) => f.endsWith('.json'))) {
          clearInterval(poll)
          child.kill(signal)
        }
      }, 5)
      child.on('exit', (code) => {
        clearInterval(poll)
        resolve({ code, left: tree(join(work, 'o')).filter((f) => !f.endsWith('.json')) })
      })
    })
  }

  it('removing the temporary folder never throws in the interrupt handler (a folder that cannot be removed stays for the next batch)', () => {
    expect(() => removeTempDir('/dev/null/.referat-tmp-1-abcdef')).not.toThrow()
    const dir = mkdtempSync(join(tmpdir(), 'referat-rm-'))
    writeFileSync(join(dir, 'x.referat-tmp'), 'half')
    removeTempDir(dir)
    expect(existsSync(dir)).toBe(false)
  })

  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s leaves whole outputs and no temporary files', async (signal, code) => {
    const result = await interrupt(signal)
    expect(result.left).toEqual([])
    // Interrupted, not finished: the handler ran.
    expect(result.code).toBe(code)
  })
})
