import { describe, expect, it } from 'vitest'
import { InlineBuffer } from '../src/input/html/inline-buffer.js'

describe('InlineBuffer white space', () => {
  it.each([
    { name: 'a web page folds every run to a space', keepTabs: false, parts: ['Ejerforeningen\t   \t  11. april 2023'], want: 'Ejerforeningen 11. april 2023' },
    { name: 'Word keeps a tab run as one tab', keepTabs: true, parts: ['Ejerforeningen\t   \t  11. april 2023'], want: 'Ejerforeningen\t11. april 2023' },
    { name: 'Word keeps a run holding a tab as a tab (a cell gap)', keepTabs: true, parts: ['Ejerforeningen\t', '   \t  11. april 2023'], want: 'Ejerforeningen\t\t11. april 2023' },
    { name: 'Word folds runs of plain spaces', keepTabs: true, parts: ['Punkt   1:  Budget'], want: 'Punkt 1: Budget' }
  ])('$name', ({ keepTabs, parts, want }) => {
    const buffer = new InlineBuffer(false, keepTabs)
    for (const part of parts) buffer.add(part, 1, false)
    expect(buffer.take().lines.map((line) => line.text)).toEqual([want])
  })
})
