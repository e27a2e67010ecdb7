import { CONTACT_DETAIL, ORGANISATION_DETAIL } from '../lexicon/index.js'

/** A letterhead block is a few lines of cells: address, phone, mail, web, CVR. */
const MAX_BLOCK = 6
const MIN_CONTACT_LINES = 2

/**
 * Blanks letterhead and footer blocks that PDF extraction drops into the text
 * ("DEAS A/S\tRegionskontorer:" / "… \tTel +45 …" / "www.deas.dk\tcvr. …"): a run of
 * tabbed lines, at least two of them with contact details, one naming the
 * organisation (web address or CVR). Why the organisation: a participant table
 * has e-mail addresses too, but no CVR number or web site.
 */
export function blankLetterheads(lines: readonly string[]): string[] {
  const out = [...lines]
  let i = 0
  while (i < lines.length) {
    if (!lines[i]!.includes('\t')) {
      i++
      continue
    }
    let end = i
    while (end < lines.length && lines[end]!.includes('\t') && lines[end]!.trim() !== '') end++
    const block = lines.slice(i, end)
    // Length first: tabbed tables run long, and only a short block is worth reading for contact details.
    if (block.length <= MAX_BLOCK && block.filter((line) => CONTACT_DETAIL.test(line)).length >= MIN_CONTACT_LINES && block.some((line) => ORGANISATION_DETAIL.test(line))) {
      for (let k = i; k < end; k++) out[k] = ''
    }
    i = Math.max(end, i + 1)
  }
  return out
}
