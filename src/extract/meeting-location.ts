import { HELD_AT, PLACE_END, PLACE_PREPOSITION } from '../lexicon/index.js'
import { endOfDateTime } from './date.js'

const tidy = (place: string): string => place.replace(/\*+/gu, '').replace(/[\s.,;]+$/u, '').trim()

/**
 * Where the meeting was held: a labelled "Sted:"/"Mødested:" value; a place after the
 * holding verb ("Mødet blev afholdt på Hotel Scandic, den 3. maj"); else the place
 * that follows the date and time on the date line ("… kl. 19.30 i Melholt
 * Forsamlingshus", "15. februar 2012 på Næsbyhovedskoven"); else a line right after
 * the date line that opens with the preposition ("I Søhusskolens kantine, …").
 * What comes between the date and the preposition must be nothing, so "kl. 17:15
 * afholdtes generalforsamling i Ejerforeningen X" names the association, not a place.
 */
export function chooseLocation(labelled: string | undefined, header: readonly string[], dateLine: string | undefined): string | null {
  if (labelled) return tidy(labelled)
  // Only near the top: further down, "holdt i …" is the business of the minutes, not the meeting's place.
  for (const line of header.slice(0, 15)) {
    const held = HELD_AT.exec(line)
    if (held) return tidy(line.slice(held.index + held[0].length).replace(PLACE_END, '')) || null
  }
  if (dateLine === undefined) return null
  const end = endOfDateTime(dateLine)
  if (end >= 0) {
    const after = dateLine.slice(end)
    const opening = PLACE_PREPOSITION.exec(after)
    if (opening) {
      const place = tidy(after.slice(opening[0].length))
      if (place !== '') return place
    }
  }
  const at = header.indexOf(dateLine)
  const next = header.slice(at + 1).find((line) => line.trim() !== '')
  if (next !== undefined && at >= 0) {
    const opening = PLACE_PREPOSITION.exec(next.replace(/^(I|På|Hos)\b/u, (word) => word.toLowerCase()))
    if (opening) return tidy(next.slice(opening[0].length)) || null
  }
  return null
}
