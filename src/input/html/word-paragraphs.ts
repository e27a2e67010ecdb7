import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { MAX_DEPTH, MAX_TEXT_CHARS, withinBudget } from '../budget.js'

/** What the list labels need of one paragraph (`w:p`) of Word's document.xml. */
export interface WordParagraph {
  /** Its numbering (`w:numPr` of its `w:pPr`, else its own): `w:numId` and `w:ilvl` values, null when absent or empty. */
  readonly numbered: { readonly numId: string | null; readonly ilvl: string | null } | null
  /** Its `w:t` text, nested paragraphs' included. */
  readonly text: string
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** An open element: its namespaces in scope and, where it matters, what it is to the paragraph holding it. */
interface Frame {
  readonly scope: ReadonlyMap<string, string>
  readonly paragraph?: Found
  readonly pPr?: { numPr?: Frame }
  readonly numPr?: { numId?: string | null; ilvl?: string | null }
  readonly isText: boolean
}

interface Found { pPr?: Frame; numPr?: Frame; text: string[] }

const localOf = (name: string): string => name.slice(name.indexOf(':') + 1)
const prefixOf = (name: string): string => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '')

/** An element's `w:val` as xmldom's getAttributeNS(W, 'val') || getAttribute('w:val') read it; null when empty. */
function valOf(tag: SaxesTagPlain, scope: ReadonlyMap<string, string>): string | null {
  for (const name in tag.attributes) {
    const value = tag.attributes[name]!
    if (name.includes(':') && localOf(name) === 'val' && scope.get(prefixOf(name)) === W && value !== '') return value
  }
  return tag.attributes['w:val'] || null
}

/**
 * The paragraphs of Word's document.xml in document order (an outer paragraph before
 * the ones nested in it), in one streaming pass. Why not a DOM: building xmldom's tree of
 * the whole body took longer than the labels need, and mammoth parses the part again anyway.
 * Reads the part as the DOM reading did: numbering elements by local name among direct
 * children, paragraphs and text by namespace. The part is well-formed (zip-budget.ts checked it).
 */
export function wordParagraphs(xml: string): WordParagraph[] {
  const found: Found[] = []
  const stack: Frame[] = [{ scope: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), isText: false }]
  let textDepth = 0
  const open: Found[] = []
  const parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false })
  // Text is kept for every open paragraph: bounded by the nesting budget and a total.
  let kept = 0
  parser.on('opentag', (tag) => {
    withinBudget('depth', stack.length, MAX_DEPTH)
    const parent = stack[stack.length - 1]!
    let scope = parent.scope
    for (const name in tag.attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue
      if (scope === parent.scope) scope = new Map(scope)
      ;(scope as Map<string, string>).set(name === 'xmlns' ? '' : localOf(name), tag.attributes[name]!)
    }
    const local = localOf(tag.name)
    const inW = scope.get(prefixOf(tag.name)) === W
    const isText = inW && local === 't'
    let frame: Frame
    if (inW && local === 'p') {
      const paragraph: Found = { text: [] }
      found.push(paragraph)
      open.push(paragraph)
      frame = { scope, isText, paragraph }
    } else if (local === 'pPr' && parent.paragraph && !parent.paragraph.pPr) {
      frame = { scope, isText, pPr: {} }
      parent.paragraph.pPr = frame
    } else if (local === 'numPr' && (parent.pPr ? !parent.pPr.numPr : parent.paragraph ? !parent.paragraph.numPr : false)) {
      frame = { scope, isText, numPr: {} }
      if (parent.pPr) parent.pPr.numPr = frame
      else parent.paragraph!.numPr = frame
    } else {
      if ((local === 'numId' || local === 'ilvl') && parent.numPr && parent.numPr[local] === undefined) parent.numPr[local] = valOf(tag, scope)
      frame = { scope, isText }
    }
    if (isText) textDepth++
    stack.push(frame)
  })
  parser.on('closetag', () => {
    const frame = stack.pop()!
    if (frame.isText) textDepth--
    if (frame.paragraph) open.pop()
  })
  const onText = (text: string): void => {
    // Text inside a `w:t`, for every open paragraph (a nested one's text is its outer's too).
    // Once, however deep: Word never nests `w:t`, and counting each level made a 2 KB file
    // of nested `w:t` grow memory with the square of its depth.
    if (textDepth === 0) return
    kept += text.length * open.length
    withinBudget('text-chars', kept, MAX_TEXT_CHARS)
    for (const paragraph of open) paragraph.text.push(text)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.write(xml).close()
  return found.map(({ pPr, numPr, text }) => {
    // As the DOM reading did: the numbering of the first pPr when there is one, else the paragraph's own.
    const numbering = pPr ? pPr.pPr!.numPr : numPr
    const values = numbering?.numPr
    return { numbered: values ? { numId: values.numId ?? null, ilvl: values.ilvl ?? null } : null, text: text.join('') }
  })
}
