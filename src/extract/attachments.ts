import { titleKey } from '../split/title.js'

const BULLET = /^(?:[-•*–]\s*)+/u
const URL_ONLY = /^<?https?:\/\/\S+>?$/u

/**
 * Attachment names from the lines of an item's Bilag blocks, one per line.
 * A bare URL under a name belongs to that name; a name that another entry
 * continues ("Kommissorium" and "Kommissorium af 19. december 2024 … .pdf")
 * is the same attachment mentioned twice.
 */
export function extractAttachments(lines: readonly string[]): string[] {
  const names: string[] = []
  for (const raw of lines) {
    const name = raw.replace(BULLET, '').trim()
    if (name === '' || (URL_ONLY.test(name) && names.length > 0)) continue
    names.push(name)
  }
  const keys = names.map(titleKey)
  return names.filter((_, i) => {
    const key = keys[i]!
    if (keys.indexOf(key) !== i) return false
    return !keys.some((other, j) => j !== i && other !== key && key.length >= 4 && other.startsWith(key))
  })
}
