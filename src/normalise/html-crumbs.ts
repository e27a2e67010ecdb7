/**
 * Removes markup left by the publishing system: HTML tags and entities, Markdown
 * links and escapes. Why: exports from web-based systems keep `<i>Navn</i>` and
 * `[text](#)`, and only the text belongs in the output.
 */
const TAG = /<\/?(?:i|b|u|em|strong|p|br|span|div|font|sup|sub|small|mark)(?:\s[^<>]{0,200})?\s*\/?>/gi
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,2000})>/gi
const MD_LINK = /\[([^\[\]]{0,500})\]\([^()\s]{0,2000}\)/g
const MD_ESCAPE = /\\([()[\]*_#`])/g
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' '
}

export function stripHtmlCrumbs(line: string): string {
  if (!/[<>&\[\\]/.test(line)) return line
  return line
    .replace(TAG, '')
    .replace(AUTOLINK, '$1')
    .replace(MD_LINK, '$1')
    .replace(MD_ESCAPE, '$1')
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
}
