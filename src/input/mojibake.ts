/**
 * UTF-8 read as Windows-1252 ("Ã¸" for "ø"), repaired.
 * Why a table of Danish pairs rather than re-decoding the whole text: a file
 * often mixes clean and mangled passages, and re-decoding would break the clean ones.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Ã¦', 'æ'], ['Ã¸', 'ø'], ['Ã¥', 'å'], ['Ã†', 'Æ'], ['Ã˜', 'Ø'], ['Ã…', 'Å'],
  ['Ã©', 'é'], ['Ã¼', 'ü'], ['Ã¶', 'ö'], ['Ã¤', 'ä'], ['Ã¨', 'è'],
  ['â€“', '–'], ['â€”', '—'], ['â€ž', '„'], ['â€œ', '“'], ['â€\u009d', '”'], ['â€\u201d', '”'],
  ['â€™', '’'], ['â€˜', '‘'], ['â€¢', '•'], ['â€¦', '…'], ['Â§', '§'], ['Â½', '½'], ['Â ', ' ']
]
const ANY = new RegExp(PAIRS.map(([bad]) => bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
const LOOKUP = new Map(PAIRS)

/** The repaired text and how many sequences were replaced. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0
  const fixed = text.replace(ANY, (bad) => {
    repaired++
    return LOOKUP.get(bad) ?? bad
  })
  return { text: fixed, repaired }
}
