/**
 * An attachment as the contract gives it: a title (contract 1), or an object with
 * a title and, where known, a link and the source system's id (contract 2).
 */
export type AttachmentLike = string | { readonly title: string; readonly url?: string | null; readonly sourceId?: string | null }

/** A link only to the web: a `javascript:` or `data:` URL from the input never becomes a link. */
const WEB_URL = /^https?:\/\//i

/** An attachment's title, and its URL where it is a web address. */
export function attachmentOf(attachment: AttachmentLike): { title: string; url: string | null; sourceId: string | null } {
  if (typeof attachment === 'string') return { title: attachment, url: null, sourceId: null }
  const url = attachment.url && WEB_URL.test(attachment.url.trim()) ? attachment.url.trim() : null
  return { title: attachment.title, url, sourceId: attachment.sourceId ?? null }
}
