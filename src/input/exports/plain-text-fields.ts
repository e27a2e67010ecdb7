/**
 * An export's plain-text item (eDoc's `FullText`: the item as the word processor
 * printed it) as captioned fields, cut at the captions the lexicon knows. Why:
 * such exports keep no structure but the text, and the same captions that head
 * sections in minutes ("Sammendrag", "Indstilling", "Økonomiudvalgets beslutning …")
 * head them here. Text whose line breaks the export stripped gets them back
 * before each known caption first.
 */
import { CASE_COMPANION, CASE_LABEL, CASE_NUMBER } from '../../lexicon/index.js'
import { sectionKindOf } from '../../tree/section-kind.js'
import type { ExportField } from './field-sections.js'

export interface PlainTextItem {
  readonly fields: ExportField[]
  /** A "Sagsnr.: …" line of the item's lead, where the export has no field for it. */
  readonly caseNumber: string | null
}

/** Longest caption tried when breaks are restored, in words. */
const MAX_CAPTION_WORDS = 8
/** Text longer than this with no line break at all has had its breaks stripped. */
const STRIPPED_AT = 120

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/**
 * Line breaks put back before known captions in run-on text: at the start or after
 * a sentence's end, the longest run of words the lexicon takes for a caption, if a
 * capitalised word follows ("… indholdet. Baggrund Som et led …").
 */
export function restoreBreaks(text: string): string {
  if (text.length < STRIPPED_AT || /\n/u.test(text.trim())) return text
  const words = text.split(/ +/u)
  const out: string[] = []
  let i = 0
  while (i < words.length) {
    const boundary = i === 0 || /[.!?:]$/u.test(words[i - 1]!)
    let taken = 0
    if (boundary) {
      for (let n = Math.min(MAX_CAPTION_WORDS, words.length - i - 1); n >= 1; n--) {
        const caption = words.slice(i, i + n).join(' ')
        if (/^\p{Lu}/u.test(words[i + n]!) && sectionKindOf(caption.replace(/:$/u, ''))) {
          taken = n
          break
        }
      }
    }
    if (taken > 0) {
      out.push(`\n\n${words.slice(i, i + taken).join(' ')}\n`)
      i += taken
    } else out.push(`${words[i]!} `)
    if (taken === 0) i++
  }
  return out.join('').replace(/ \n/gu, '\n').trim()
}

/** A line that is a known caption on its own ("Sammendrag", "Beslutning:"). */
function captionOf(line: string): string | undefined {
  const text = line.replace(/\s+/gu, ' ').trim()
  return text !== '' && sectionKindOf(text.replace(/:$/u, '')) ? text : undefined
}

function fieldOf(caption: string | null, lines: readonly string[], line: number): ExportField {
  const paragraphs = lines.join('\n').split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean)
  // A form's label left empty at the end ("Følgende deltog ikke i behandlingen af punktet:") says nothing.
  if (paragraphs.length > 1 && /:$/u.test(paragraphs.at(-1)!) && !paragraphs.at(-1)!.includes('\n')) paragraphs.pop()
  const html = paragraphs.map((p) => `<p>${p.split('\n').map((l) => escapeHtml(l.trim())).join('<br>')}</p>`).join('\n')
  return { caption, html, position: { start: { line, column: 1 }, end: { line: line + Math.max(0, lines.length), column: 1 } } }
}

/**
 * The fields of a plain-text item starting on file line `line`. Lines of the lead
 * (before the first caption) that repeat the item's title or give its case and
 * document numbers are data, not text.
 */
export function plainTextFields(raw: string, line: number, title: string): PlainTextItem {
  const text = restoreBreaks(raw.replace(/\r\n?/gu, '\n'))
  const lines = text.split('\n')
  const fields: ExportField[] = []
  let caseNumber: string | null = null
  let caption: string | null = null
  let start = 0
  let body: string[] = []
  const folded = title.replace(/\s+/gu, ' ').trim().toLowerCase()
  const close = (): void => {
    if (caption !== null || body.some((l) => l.trim() !== '')) fields.push(fieldOf(caption, body, line + start))
  }
  lines.forEach((current, i) => {
    const previousBlank = i === 0 || lines[i - 1]!.trim() === ''
    const found = previousBlank ? captionOf(current) : undefined
    if (found) {
      close()
      caption = found
      start = i
      body = []
      return
    }
    if (caption === null && fields.length === 0) {
      const plain = current.replace(/\s+/gu, ' ').trim()
      if (CASE_LABEL.test(plain) && CASE_NUMBER.test(plain)) {
        caseNumber ??= CASE_NUMBER.exec(plain)![1]!
        return
      }
      if (CASE_COMPANION.test(plain) || (folded !== '' && plain.toLowerCase().endsWith(folded))) return
    }
    body.push(current)
  })
  close()
  return { fields, caseNumber }
}
