import { describe, expect, it, vi } from 'vitest'

// pdf.js stands in with a reader that records how many reads overlap.
const reads = vi.hoisted(() => ({ active: 0, most: 0, order: [] as string[] }))
vi.mock('../src/input/pdf/pdf-to-text.js', () => ({
  pdfToText: async (file: string) => {
    reads.active++
    reads.most = Math.max(reads.most, reads.active)
    await new Promise((resolve) => setTimeout(resolve, 5))
    reads.active--
    reads.order.push(file)
    if (file === 'bad.pdf') throw new Error('unreadable')
    return { text: file, pages: 1 }
  }
}))

const { pdfToTextIsolated } = await import('../src/input/pdf/pdf-isolated.js')

describe('the isolated PDF reader', () => {
  it('reads PDFs asked for at once one at a time, in the order asked, and goes on past a failure', async () => {
    const files = ['a.pdf', 'bad.pdf', 'b.pdf', 'c.pdf']
    const results = await Promise.allSettled(files.map((file) => pdfToTextIsolated(file, new Uint8Array())))
    expect(reads.most).toBe(1)
    expect(reads.order).toEqual(files)
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
  })
})
