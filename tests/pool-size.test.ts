import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { poolSize } from '../src/cli/pool.js'
import { ROOT } from './helpers.js'

const cores = availableParallelism()
const pdfs = ['fixtures/direktionen-2024-11-18.pdf', 'fixtures/kkr-syddanmark-2023-11-21.pdf', 'fixtures/lolland-sau-2024-12-03.pdf']
const texts = pdfs.map((pdf) => pdf.replace(/\.pdf$/, '.txt'))

describe('how many worker threads a batch gets', () => {
  it('two PDFs are enough for the pool, at any batch size, never more threads than inputs', async () => {
    expect(await poolSize(pdfs.slice(0, 2), ROOT)).toBe(Math.min(cores, 2))
    expect(await poolSize([...texts, ...pdfs.slice(0, 2)], ROOT)).toBe(Math.min(cores, 5))
  })

  it('one PDF, or a small text batch, runs in process', async () => {
    expect(await poolSize([pdfs[0]!, ...texts], ROOT)).toBe(1)
    expect(await poolSize(texts, ROOT)).toBe(1)
  })

  it('a large text batch goes to the pool only with cores to spare', async () => {
    const many = Array.from({ length: 20 }, (_, i) => texts[i % texts.length]!)
    expect(await poolSize(many, ROOT)).toBe(cores >= 4 ? cores : 1)
  })
})
