import { OPEN_END } from '../lexicon/index.js'
import { BULLET, URL_ONLY } from '../split/line-shapes.js'
import { titleKey } from '../split/title.js'

const firstWord = (text: string): string => text.split(/\s/u, 1)[0] ?? ''


/**
 * Attachment names from the lines of an item's Bilag blocks, one per line
 * (blank lines as empty strings).
 * A bare URL under a name belongs to that name; a name that another entry
 * continues ("Kommissorium" and "Kommissorium af 19. december 2024 … .pdf")
 * is the same attachment mentioned twice.
 */
export function extractAttachments(lines: readonly string[]): string[] {
  const names: string[] = []
  let previous: { bulleted: boolean } | null = null
  for (const raw of lines) {
    const bulleted = BULLET.test(raw.trimStart())
    const name = raw.replace(BULLET, '').trim()
    if (name === '') {
      previous = null
      continue
    }
    if (URL_ONLY.test(name) && names.length > 0) continue
    // A wrapped name: the next line of the same paragraph starts in lower case,
    // carries no bullet where its predecessor did, or follows an open end.
    // …unless it opens the way the previous entry did ("Bilag 1 sag 2 …" after "Bilag 2 sag 2 …").
    const sameOpening = firstWord(name) === firstWord(names.at(-1) ?? '')
    const wrapped = /^\p{Ll}/u.test(name) || (previous?.bulleted && !bulleted) || (OPEN_END.test(names.at(-1) ?? '') && !sameOpening)
    if (previous && names.length > 0 && wrapped) {
      names[names.length - 1] = `${names.at(-1)} ${name}`
      continue
    }
    names.push(name)
    previous = { bulleted }
  }
  const keys = names.map(titleKey)
  return names.filter((_, i) => {
    const key = keys[i]!
    if (keys.indexOf(key) !== i) return false
    return !keys.some((other, j) => j !== i && other !== key && key.length >= 4 && other.startsWith(key))
  })
}
