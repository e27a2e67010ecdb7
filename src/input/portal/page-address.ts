/**
 * Links on a portal page: the page's own address (canonical link, og:url,
 * `<base>`), links made absolute against it, and the id a link carries. Why: an
 * attachment's link is what a reader follows, and a saved page's relative links
 * lead somewhere only where the page says where it lives; without that they stay
 * as written.
 */
import type { Element, Root } from 'hast'
import { EXPORT_FIELD_NAMES } from '../../lexicon/export-fields.js'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const ID_NAMES = new Set(EXPORT_FIELD_NAMES.id.map((name) => name.toLowerCase()))

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = find(child, test)
    if (found) return found
  }
  return undefined
}

const words = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : [])
const absolute = (value: unknown): string | undefined => (typeof value === 'string' && /^https?:\/\/[^/]/i.test(value.trim()) ? value.trim() : undefined)

/** The page's own address, where it gives one: `<base href>`, the canonical link, og:url. */
export function pageAddressOf(tree: Root): string | undefined {
  const base = find(tree, (e) => e.tagName === 'base' && absolute(e.properties.href) !== undefined)
  const canonical = find(tree, (e) => e.tagName === 'link' && words(e.properties.rel).includes('canonical') && absolute(e.properties.href) !== undefined)
  const og = find(tree, (e) => e.tagName === 'meta' && e.properties.property === 'og:url' && absolute(e.properties.content) !== undefined)
  return absolute(base?.properties.href) ?? absolute(canonical?.properties.href) ?? absolute(og?.properties.content)
}

/** A link made absolute against the page's address; as written when there is none (or it is no URL). */
export function resolveLink(href: string, address: string | undefined): string {
  if (!address) return href
  try {
    return new URL(href, address).href
  } catch {
    return href
  }
}

/**
 * The id a link carries: a UUID anywhere, else a query value named as an id
 * (`?id=4711`), else a last path segment of digits or a long hex string.
 */
export function idInLink(href: string): string | null {
  const uuid = UUID.exec(href)
  if (uuid) return uuid[0].toLowerCase()
  const [path = '', query = ''] = href.split('#')[0]!.split('?')
  for (const pair of query.split('&')) {
    const [key = '', value = ''] = pair.split('=')
    if (ID_NAMES.has(key.toLowerCase()) && value !== '') return decodeURIComponent(value)
  }
  const last = path.split('/').filter(Boolean).at(-1)?.replace(/\.[a-z0-9]{2,5}$/i, '') ?? ''
  return /^(?:\d{3,}|[0-9a-f]{16,})$/i.test(last) ? last : null
}
