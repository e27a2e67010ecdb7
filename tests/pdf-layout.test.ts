import { describe, expect, it } from 'vitest'
import { joinPages, layoutPages, type PdfItem } from '../src/input/pdf/pdf-layout.js'

const item = (str: string, x: number, y: number, width = str.length * 5): PdfItem => ({ str, x, y, width, height: 10 })

describe('layoutPages', () => {
  it('puts items on one baseline on one line, a wide gap as a tab', () => {
    const [page] = layoutPages([[item('Plan for ledermøder 2025.....', 56, 700), item('11', 530, 700, 10)]])
    expect(page).toEqual(['Plan for ledermøder 2025.....\t11'])
  })

  it('joins items close together with a space, and sorts by x', () => {
    const [page] = layoutPages([[item('Beslutning', 100, 700, 50), item('Punkt', 56, 700, 25), item('4:', 83, 700, 10)]])
    expect(page).toEqual(['Punkt 4: Beslutning'])
  })

  it('turns a gap larger than the usual leading into a blank line', () => {
    const lines = [item('Beslutning', 56, 700), item('Godkendt.', 56, 674), item('linje 1', 56, 648), item('linje 2', 56, 635), item('linje 3', 56, 622), item('linje 4', 56, 609)]
    expect(layoutPages([lines])[0]).toEqual(['Beslutning', '', 'Godkendt.', '', 'linje 1', 'linje 2', 'linje 3', 'linje 4'])
  })

  it('takes the leading from the whole document, so a short last page keeps its blank lines', () => {
    const body = [item('a', 56, 700), item('b', 56, 687), item('c', 56, 674), item('d', 56, 661)]
    const last = [item('6. Eventuelt', 56, 700), item('6.1. Eventuelt', 56, 674)]
    expect(layoutPages([body, last])[1]).toEqual(['6. Eventuelt', '', '6.1. Eventuelt'])
  })
})

describe('joinPages', () => {
  it('opens every page after the first with a form feed and records page starts', () => {
    expect(joinPages([['a', 'b'], ['c'], []])).toEqual({ text: 'a\nb\n\fc\n\f', pageStarts: [1, 3, 4] })
  })
})
