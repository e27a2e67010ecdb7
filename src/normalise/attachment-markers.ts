import { ATTACHMENT_MARKER } from '../lexicon/index.js'

/**
 * Drops the `./.` margin marker that says "see attachment" ("./. Hen over sommeren …").
 * Why: it is layout, not text; kept, it would open decision and section texts.
 */
export function stripAttachmentMarker(line: string): string {
  const match = ATTACHMENT_MARKER.exec(line)
  if (!match) return line
  const rest = line.slice(match[0].length)
  // A bullet that carried only the marker ("- ./.") is an empty line.
  return rest.trim() === '' ? '' : (match[1] ?? '') + rest
}
