import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDeflate } from 'node:zlib'
import { once } from 'node:events'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { describeFailure, displayName } from '../src/cli/messages.js'
import { watchMemory } from '../src/input/memory-watch.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// Inputs that used to hang, eat memory or end in a stack trace. Each must end in one
// line naming the input and exit 2. Child processes run under a time bound (`timeout`
// on the spawn): a hang fails the test by being killed, no timing is asserted. The
// spawned bin is the built one (`npm test` builds first).
const bin = join(ROOT, 'bin', 'referat.js')
const SEED = join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.txt')
const BOUND_MS = 30_000
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-hostile-'))
  cpSync(SEED, join(work, 'seed.txt'))
})

function spawnBin(args: string[], stdin: 'ignore' | number = 'ignore', bound = BOUND_MS) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', timeout: bound, stdio: [stdin, 'pipe', 'pipe'], killSignal: 'SIGKILL' })
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

async function run(args: string[]) {
  const io = fakeIo({ cwd: work })
  const exitCode = await main(args, io)
  return { exitCode, stdout: io.out(), stderr: io.err() }
}

describe('inputs that hang or eat memory', () => {
  it.skipIf(process.platform === 'win32')('a FIFO is refused at once instead of blocking on open', () => {
    execFileSync('mkfifo', [join(work, 'pipe.txt')])
    const result = spawnBin(['parse', 'pipe.txt', 'seed.txt', '--format', 'ndjson'])
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: pipe\.txt: is a FIFO, not a regular file \(pipe it to standard input instead\)$/m)
    // The batch went on with the seed.
    expect(result.stdout.trim().split('\n')).toHaveLength(13)
  })

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero and /dev/urandom are refused as devices', () => {
    const result = spawnBin(['parse', '/dev/zero', '/dev/urandom'])
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: \/dev\/zero: is a device, not a regular file/m)
    expect(result.stderr).toMatch(/^referat: \/dev\/urandom: is a device, not a regular file/m)
  })

  it.skipIf(!existsSync('/dev/zero'))('an endless stdin is read up to --max-size, then one line', () => {
    const zero = openSync('/dev/zero', 'r')
    try {
      const result = spawnBin(['parse', '-', '--max-size', '4M'], zero)
      expect(result.signal).toBeNull()
      expect(result.status).toBe(2)
      expect(result.stderr).toBe('referat: <stdin>: is larger than the 4 MB limit (see --max-size)\n')
    } finally {
      closeSync(zero)
    }
  })

  it('a 400 MB file is one clear line (the default limit is 256 MB), read not at all', async () => {
    // Sparse: 400 MB on paper, no disk used.
    writeFileSync(join(work, 'huge.txt'), '')
    truncateSync(join(work, 'huge.txt'), 400 * 1024 * 1024)
    const { exitCode, stderr } = await run(['parse', 'huge.txt'])
    expect(exitCode).toBe(2)
    expect(stderr).toBe('referat: huge.txt: is 400 MB, over the 256 MB limit (see --max-size)\n')
  })

  it('a document too large to serialise is one line, not a RangeError with a stack', () => {
    let error: unknown
    try {
      'x'.repeat(2 ** 30).repeat(2 ** 10)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RangeError)
    expect(describeFailure('big.txt', error)).toMatch(/^referat: big\.txt: is too large to put out as one document/)
  })

  it.each(['3000000', '86401', '0', '-1', 'soon', 'Infinity'])('--timeout %s is refused with its range', async (value) => {
    const { exitCode, stderr } = await run(['parse', 'seed.txt', '--timeout', value])
    expect(exitCode).toBe(2)
    expect(stderr).toBe(`referat: --timeout must be a number of seconds above 0 and at most 86400, not ${value}\n`)
  })

  it.each(['10', '0', 'lots', '1X'])('--max-size %s: a bad size is a usage error, a small one refuses the seed', async (value) => {
    const { exitCode, stderr } = await run(['parse', 'seed.txt', '--max-size', value])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(value === '10' ? /^referat: seed\.txt: is \d+ KB, over the 10 bytes limit/ : /^referat: --max-size must be a size/)
  })
})

describe('file names', () => {
  it('a literal name with glob characters is that file, never re-globbed', async () => {
    cpSync(SEED, join(work, 'q?.txt'))
    cpSync(SEED, join(work, 'qA.txt'))
    const { exitCode, stdout } = await run(['parse', 'q?.txt', '--format', 'csv'])
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/^q\?\.txt,/m)
    expect(stdout).not.toMatch(/qA\.txt/)
  })

  it('a glob with no match is one error line; the batch goes on and exits 2', async () => {
    const { exitCode, stdout, stderr } = await run(['parse', 'nothing/*.txt', 'seed.txt', '--format', 'ndjson'])
    expect(exitCode).toBe(2)
    expect(stderr).toBe('referat: no files match nothing/*.txt\n')
    expect(stdout.trim().split('\n')).toHaveLength(13)
  })

  it('a file name with a newline is quoted, so the error stays one line', async () => {
    writeFileSync(join(work, 'two\nlines.txt'), '')
    const { exitCode, stderr } = await run(['parse', 'two\nlines.txt'])
    expect(exitCode).toBe(2)
    expect(stderr).toBe('referat: "two\\nlines.txt": is empty\n')
    expect(displayName('plain.txt')).toBe('plain.txt')
  })
})

/** A one-page PDF whose content stream inflates to `size` bytes of spaces. */
async function pdfBomb(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 })
  const compressed: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk))
  const ended = once(deflate, 'end')
  const run = Buffer.alloc(16 * 1024 * 1024, 0x20)
  for (let n = 0; n < size; n += run.length) if (!deflate.write(run)) await once(deflate, 'drain')
  deflate.end()
  await ended
  const data = Buffer.concat(compressed)
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')])
  ]
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  const offsets: number[] = []
  let length = parts[0]!.length
  objects.forEach((body, i) => {
    offsets.push(length)
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    parts.push(object)
    length += object.length
  })
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`))
  return Buffer.concat(parts)
}

describe('a PDF decompression bomb', () => {
  it('the memory watch calls out growth past its limit (what ends a bomb\'s reader thread)', async () => {
    let exceeded = false
    const stop = watchMemory(32 * 1024 * 1024, () => { exceeded = true })
    // 128 MB of ArrayBuffers, outside the V8 heap, filled so the pages are resident.
    const ballast = Array.from({ length: 8 }, () => Buffer.alloc(16 * 1024 * 1024, 1))
    for (let i = 0; i < 100 && !exceeded; i++) await new Promise((resolve) => setTimeout(resolve, 50))
    stop()
    expect(ballast).toHaveLength(8)
    expect(exceeded).toBe(true)
  })

  // 1.5 GB of content in 1.5 MB: takes half a minute and a gigabyte, so it runs when asked.
  it.skipIf(process.env.REFERAT_HEAVY_TESTS !== '1')('is given up with one line at the memory limit, not read until the machine gives out', async () => {
    writeFileSync(join(work, 'bomb.pdf'), await pdfBomb(1536 * 1024 * 1024))
    const result = spawnBin(['parse', 'bomb.pdf', '--timeout', '600'], 'ignore', 240_000)
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: bomb\.pdf: needed more than \d+ MB of memory to read \(a decompression bomb\?\); giving up\n$/)
  }, 300_000)
})
