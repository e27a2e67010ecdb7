import { describe, expect, it } from 'vitest'
import { InputError } from '../src/input/errors.js'
import { checkTextLayer, isGarbledText } from '../src/input/pdf/text-layer.js'
import { processInput } from '../src/parse.js'

const prose = 'Bestyrelsen har i det forløbne år arbejdet med vejene, og formanden takkede for et godt samarbejde med kommunen. '.repeat(4)
// The same kind of text with glyphs shifted by the font, as some PDFs extract.
const shifted = '5()(5$7 %HVW\\UHOVHQ KDU L GHW IRUO¡EQH nU DUEHMGHW PHG YHMHQH RJ IRUPDQGHQ WDNNHGH IRU HW JRGW VDPDUEHMGH '.repeat(4)

describe('unreadable text layers', () => {
  it.each([
    ['Danish prose', prose, false],
    ['shifted glyphs', shifted, true],
    ['too little text to judge', '5()(5$7 %HVW\\UHOVHQ', false]
  ])('%s', (_name, text, garbled) => {
    expect(isGarbledText(text)).toBe(garbled)
  })

  it('garbage is an input error with an OCR hint', () => {
    expect(() => checkTextLayer('x.pdf', shifted)).toThrow(InputError)
    expect(() => checkTextLayer('x.pdf', shifted)).toThrow(/OCR/)
  })

  it.each([
    ['Mødet var o entligt, og forslaget blev e ektivt gennemført.', 'o entlig'],
    ['Der er en kon ikt om placeringen.', 'kon ikt'],
    ['Mødet var offentligt, og forslaget blev effektivt gennemført i konflikt med planen.', undefined]
  ])('lost ligatures in "%s"', (line, example) => {
    const facts = checkTextLayer('x.pdf', `Referat\n${line}`)
    expect(facts).toEqual(example === undefined ? [] : [{ kind: 'ligatures-lost', line: 2, example }])
  })

  it('names the first lost ligature and its line, across page breaks', () => {
    const text = 'Referat\n\fSide 2\nEn kon ikt her.\nOg o entligt der.'
    expect(checkTextLayer('x.pdf', text)).toEqual([{ kind: 'ligatures-lost', line: 3, example: 'kon ikt' }])
  })

  it('lost ligatures become a warning diagnostic on their line', () => {
    const text = 'Referat\n\nPunkt 1: Budget\n\nBeslutning\nGodkendt o entligt.'
    const file = processInput({ kind: 'text', text, facts: checkTextLayer('x.pdf', text) }, { file: 'x.pdf', format: 'pdf' })
    const diagnostics = file.result.diagnostics.filter((d) => d.rule === 'ligatures-lost')
    expect(diagnostics).toMatchObject([{ severity: 'warning', line: 6 }])
  })
})
