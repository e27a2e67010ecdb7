import { describe, expect, it } from 'vitest'
import { decode, decodeCp1252 } from '../src/input/decode.js'
import { repairMojibake } from '../src/input/mojibake.js'
import { readInput } from '../src/input/read.js'
import { documentOf } from '../src/parse-file.js'
import { parse } from '../src/parse.js'
import { validate } from '../src/validate.js'
import type { Referat } from '../src/schema/document.js'
import { readFixture, seedFixtures } from './helpers.js'

// Windows-1252 as Danish offices save it: the 0x80–0x9F range is where Node 20's
// TextDecoder goes wrong, so the test encodes with its own table.
const HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'
function encodeCp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code
    const high = HIGH.indexOf(ch)
    return high >= 0 && ch !== '\uFFFD' ? 0x80 + high : 0x3f
  }))
}
const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16()
const withBom = (bom: number[], body: Uint8Array): Uint8Array => Uint8Array.from([...bom, ...body])
const mojibake = (text: string): string => decodeCp1252(Buffer.from(text, 'utf8'))

const degradations: ReadonlyArray<readonly [string, (text: string) => Uint8Array]> = [
  ['Windows-1252', encodeCp1252],
  ['UTF-8 with BOM', (t) => withBom([0xef, 0xbb, 0xbf], Buffer.from(t, 'utf8'))],
  ['UTF-16LE with BOM', (t) => withBom([0xff, 0xfe], Buffer.from(t, 'utf16le'))],
  ['UTF-16BE with BOM', (t) => withBom([0xfe, 0xff], utf16be(t))],
  ['CRLF line ends', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8')],
  ['CR line ends', (t) => Buffer.from(t.replace(/\n/g, '\r'), 'utf8')],
  ['NFD (macOS)', (t) => Buffer.from(t.normalize('NFD'), 'utf8')],
  ['NBSP for every space', (t) => Buffer.from(t.replace(/ /g, '\u00A0'), 'utf8')],
  ['mojibake (UTF-8 read as 1252, saved as UTF-8)', (t) => Buffer.from(mojibake(t), 'utf8')]
]

const summary = (doc: Referat) => ({
  meeting: { ...doc.meeting, participants: doc.meeting.participants.length },
  items: doc.items.map((item) => [item.number, item.title, item.closed, item.caseNumber, item.decision?.outcome ?? null, item.attachments.length, item.line])
})

describe.each(seedFixtures())('%s degraded', (fixture) => {
  const clean = readFixture(fixture)
  const expected = summary(parse(clean))

  it.each(degradations)('%s gives the same items', async (_, degrade) => {
    const input = await readInput(fixture, degrade(clean))
    expect(summary(documentOf(input))).toEqual(expected)
  })
})

describe('decode', () => {
  it('reads 0x80–0x9F as Windows-1252 punctuation, not control characters', () => {
    expect(decode(Uint8Array.from([0x93, 0x4b, 0x4c, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0x95, 0x20, 0xe6, 0xf8, 0xe5])).text).toBe('“KL” – € • æøå')
  })
  it('prefers strict UTF-8', () => {
    expect(decode(Buffer.from('Ærø – ½', 'utf8'))).toEqual({ text: 'Ærø – ½', encoding: 'utf-8' })
  })
})

describe('repairMojibake', () => {
  it('repairs Danish letters and says how many', () => {
    expect(repairMojibake('KÃ¸ge og Ã†rÃ¸ â€“ fÃ¦lles')).toEqual({ text: 'Køge og Ærø – fælles', repaired: 5 })
  })
  it('is reported as an info diagnostic', async () => {
    const input = await readInput('x.txt', Buffer.from('Punkt 1: KÃ¸ge\n\nBeslutning\n\nGodkendt.', 'utf8'))
    expect(documentOf(input).diagnostics[0]).toMatchObject({ severity: 'info', rule: 'input-repaired' })
  })
})

describe('bad inputs', () => {
  it.each([
    ['empty', new Uint8Array(), 'is empty', 'empty'],
    ['only blanks', Buffer.from(' \n\n\t\n'), 'has no text', 'empty'],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'is a binary file, not text, PDF, Word or an export referat reads', 'binary'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'is an image (PNG), not text: run OCR first', 'image'],
    ['a JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]), 'is an image (JPEG)', 'image'],
    ['a TIFF scan', Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'is an image (TIFF)', 'image']
  ])('%s', async (_, bytes, message, code) => {
    await expect(readInput('x', bytes)).rejects.toThrow(message)
    await expect(readInput('x', bytes)).rejects.toMatchObject({ code })
  })

  it.each([
    ['a novel', 'Det var en mørk og stormfuld nat.\n\nHun gik ud i haven og så op på månen.'],
    ['a CSV', 'navn,alder,by\nAnne,34,Odense\nBo,51,Vejle\n'],
    ['JSON', '{"items": [1, 2, 3]}']
  ])('%s gives "no agenda items found"', (_, text) => {
    expect(validate(text)).toContainEqual(expect.objectContaining({ rule: 'no-items', severity: 'error', line: 1 }))
    // parse agrees with parseFile: not minutes is an input error, not an empty document.
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'not-minutes', message: expect.stringContaining('no agenda items found') }))
  })
})
