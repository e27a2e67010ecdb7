import type { Element } from 'hast'
import { CHROME_CLASS } from '../../lexicon/index.js'

/** Elements that never hold minutes: code, forms, media, navigation. */
const CHROME_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'input', 'select',
  'textarea', 'label', 'option', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'img', 'picture', 'map', 'dialog', 'menu', 'head', 'link', 'meta'
])

/** ARIA roles of page furniture (landmarks and widgets around the content). */
const CHROME_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist'])

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/u) : []
}

/**
 * Whether an element is page chrome: dropped with everything inside it.
 * Why by tag, role and hidden-ness: menus, search boxes, share buttons and modal
 * dialogs sit around the minutes on every portal, and none of it is the meeting's.
 * `header`/`footer` count only when `pageLevel` (outside article/main/section), since
 * an article's own header carries its title and date.
 */
export function isChrome(element: Element, pageLevel: boolean): boolean {
  const { tagName, properties } = element
  if (CHROME_TAGS.has(tagName)) return true
  if (pageLevel && (tagName === 'header' || tagName === 'footer' || tagName === 'aside')) return true
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  if (String(properties.ariaHidden) === 'true') return true
  if (typeof properties.style === 'string' && HIDDEN_STYLE.test(properties.style)) return true
  if (words(properties.role).some((role) => CHROME_ROLES.has(role.toLowerCase()))) return true
  return [...words(properties.className), ...words(properties.id)].some((word) => CHROME_CLASS.test(word))
}
