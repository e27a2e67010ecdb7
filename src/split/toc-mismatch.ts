import { titleKey } from './title.js'

/** Words only, lower-cased: "Forny et" and "Fornyet" differ here, "Plan." and "Plan" do not. */
const words = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The mismatch message for a heading and its TOC entry, or undefined if they agree. */
export function describeMismatch(heading: string, toc: string): string | undefined {
  if (words(heading) === words(toc)) return undefined
  const truncated = titleKey(toc).length < titleKey(heading).length && titleKey(heading).startsWith(titleKey(toc))
  return truncated
    ? `TOC entry "${toc}" is a truncated form of the heading "${heading}"`
    : `Heading "${heading}" differs from its TOC entry "${toc}"`
}
