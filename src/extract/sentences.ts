/**
 * Sentences of a decision text, for the vote readers. Minutes break lines anywhere
 * ("For stemte 111 (S, V, …,\nimod stemte 0"), so a line break is a space unless it
 * ends a sentence, follows a colon or a closing bracket (a list of names one per
 * line) or starts a sub-point ("2. Anbefales."). A full stop ends a sentence unless
 * it closes an abbreviation ("nr.") or a sub-point number ("1.-4.").
 */
import { ABBREVIATIONS } from '../lexicon/index.js'

/** Blanks other than single spaces, which folding turns into one space. */
const BLANK_RUN = /[\t\u00a0]| {2}/

/** Blanks folded; line breaks kept only where they separate (see above). */
export function foldText(text: string): string {
  const lines = text.split(/\r?\n/u).map((line) => (BLANK_RUN.test(line) ? line.replace(/[ \t\u00a0]+/gu, ' ') : line).trim())
  let out = ''
  let previous = ''
  let blank = false
  for (const line of lines) {
    if (line === '') {
      blank = out !== ''
      continue
    }
    if (out === '') out = line
    else if (blank) out += `\n\n${line}`
    else if (!/^\p{Ll}/u.test(line) && /[.!?:;)]$/u.test(previous) || /^(?:\d{1,2}\.(?:\s|-|$)|[-•*–] )/u.test(line)) out += `\n${line}`
    else out += ` ${line}`
    previous = line
    blank = false
  }
  return out
}

export interface Span {
  readonly start: number
  readonly end: number
}

/** Start and end offsets of each sentence of a folded text. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  let depth = 0
  const close = (end: number, next: number): void => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end })
    start = next
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    if (c === '\n' && text[i + 1] === '\n') {
      close(i, i + 2)
      i++
      depth = 0
      continue
    }
    if (depth > 0 || !'.!?;\n'.includes(c)) continue
    const after = text[i + 1]
    if (after !== undefined && !/\s/u.test(after)) continue
    if (c === '.' && isAbbreviationOrNumber(text.slice(Math.max(start, i - 13), i + 1), i - start < 14)) continue
    if (c === '\n' && !/[.!?:;)]$/u.test(text.slice(Math.max(start, i - 2), i))) {
      // A kept break before a sub-point or bullet ends the sentence as well.
      if (!/^\n(?:\d{1,2}\.|[-•*–] )/u.test(text.slice(i, i + 4))) continue
    }
    close(c === '\n' ? i : i + 1, i + 1)
  }
  close(text.length, text.length)
  return spans.map((span) => trimSpan(text, span))
}

/**
 * Whether the full stop ending `tail` (the sentence's last characters, all of it when
 * `whole`) closes an abbreviation or a sub-point number rather than the sentence.
 * Why a tail: slicing the whole sentence at every full stop made long texts quadratic.
 */
function isAbbreviationOrNumber(tail: string, whole: boolean): boolean {
  // "1." "1.-4." "2. - 6." opening a sentence are sub-point markers; "nr." and friends abbreviations.
  return ABBREVIATIONS.test(tail.slice(-12)) || (whole && /^\s*\d{1,2}\.(?:\s?-\s?\d{1,2}\.)?$/u.test(tail))
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return { start, end }
}

/**
 * The index of the first of some sorted, disjoint spans that ends after `at` (their
 * length if none does). Binary search: a text may hold thousands of sentences.
 */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (spans[mid]!.end > at) high = mid
    else low = mid + 1
  }
  return low
}

/** The sentence a position falls in (the last one if it is past the end). */
export function spanAt(spans: readonly Span[], at: number): Span | undefined {
  return spans[firstEndingAfter(spans, at)] ?? spans.at(-1)
}
