/**
 * A link an export gives for a document, kept only where a reader of the output
 * could follow it. Why: exports carry links into the municipality's own network
 * (`http://edocfarm/edoc/…`, a host without a domain), which lead nowhere outside
 * it and name internal servers; links on the public web and relative links stay.
 */
export function publicUrl(link: string | null | undefined): string | null {
  const value = link?.trim()
  if (!value) return null
  const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#:]*)/i.exec(value)
  if (!absolute) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? null : value
  const [, scheme, host] = absolute
  return /^https?$/i.test(scheme!) && host!.includes('.') ? value : null
}
