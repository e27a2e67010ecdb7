import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { runnerChoice, type BatchShape, type RunnerChoice } from '../src/cli/pool-choice.js'
import { batchShape, poolSize } from '../src/cli/pool.js'
import { ROOT } from './helpers.js'

const cores = availableParallelism()
const pdfs = ['fixtures/direktionen-2024-11-18.pdf', 'fixtures/kkr-syddanmark-2023-11-21.pdf', 'fixtures/lolland-sau-2024-12-03.pdf']
const texts = pdfs.map((pdf) => pdf.replace(/\.pdf$/, '.txt'))
const MB = 1_000_000

describe('where a batch runs, by what it holds and the cores', () => {
  // [what, shape, cores, choice]
  const table: readonly [string, BatchShape, number, RunnerChoice][] = [
    ['one file', { files: 1, isolated: 0, otherBytes: 30_000 }, 8, { threads: 0, pooled: 'all' }],
    ['one PDF', { files: 1, isolated: 1, otherBytes: 0 }, 8, { threads: 0, pooled: 'all' }],
    ['two PDFs on 2 cores: in process (the pool no faster)', { files: 2, isolated: 2, otherBytes: 0 }, 2, { threads: 0, pooled: 'all' }],
    ['three PDFs on 2 cores', { files: 3, isolated: 3, otherBytes: 0 }, 2, { threads: 2, pooled: 'all' }],
    ['20 PDFs on 2 cores (pool 0.25–0.30x the time)', { files: 20, isolated: 20, otherBytes: 0 }, 2, { threads: 2, pooled: 'all' }],
    ['20 PDFs on 8 cores', { files: 20, isolated: 20, otherBytes: 0 }, 8, { threads: 8, pooled: 'all' }],
    ['PDFs on 1 core', { files: 20, isolated: 20, otherBytes: 0 }, 1, { threads: 0, pooled: 'all' }],
    ['500 text files on 2 cores (pool 1.0–1.3x)', { files: 500, isolated: 0, otherBytes: 16 * MB }, 2, { threads: 0, pooled: 'all' }],
    ['370 JSON exports on 2 cores (pool ~1.3x)', { files: 370, isolated: 0, otherBytes: 34 * MB }, 2, { threads: 0, pooled: 'all' }],
    ['150 HTML pages on 2 cores (pool 0.9–1.4x)', { files: 150, isolated: 0, otherBytes: 6 * MB }, 2, { threads: 0, pooled: 'all' }],
    ['PDFs among JSON exports on 2 cores: only the PDFs pooled', { files: 154, isolated: 4, otherBytes: 14 * MB }, 2, { threads: 2, pooled: 'isolated' }],
    ['500 text files on 4 cores', { files: 500, isolated: 0, otherBytes: 16 * MB }, 4, { threads: 4, pooled: 'all' }],
    ['many tiny text files on 8 cores: less than a pool start', { files: 40, isolated: 0, otherBytes: 40_000 }, 8, { threads: 0, pooled: 'all' }],
    ['15 text files on 8 cores', { files: 15, isolated: 0, otherBytes: 15 * MB }, 8, { threads: 0, pooled: 'all' }],
    ['PDFs among text on 8 cores: all pooled', { files: 100, isolated: 4, otherBytes: 5 * MB }, 8, { threads: 8, pooled: 'all' }]
  ]
  for (const [what, shape, n, choice] of table) {
    it(what, () => expect(runnerChoice(shape, n)).toEqual(choice))
  }
})

describe('a batch probed from its files', () => {
  it('counts PDFs by content and the bytes of the rest', async () => {
    const shape = await batchShape([...texts, ...pdfs.slice(0, 2), 'fixtures/missing.txt'], ROOT)
    expect(shape.files).toBe(6)
    expect(shape.isolated).toBe(2)
    expect(shape.otherBytes).toBeGreaterThan(60_000)
  })

  it('three PDFs are enough for the pool, never more threads than PDFs or cores', async () => {
    expect(await poolSize(pdfs.slice(0, 3), ROOT)).toBe(Math.max(1, Math.min(cores, 3)))
    expect(await poolSize([...texts, ...pdfs.slice(0, 3)], ROOT)).toBe(Math.max(1, Math.min(cores, 3)))
  })

  it('one or two PDFs, or a small text batch, run in process', async () => {
    expect(await poolSize([pdfs[0]!, ...texts], ROOT)).toBe(1)
    expect(await poolSize(pdfs.slice(0, 2), ROOT)).toBe(1)
    expect(await poolSize(texts, ROOT)).toBe(1)
  })
})
