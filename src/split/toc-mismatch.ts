import { titleKey } from './title.js'

/** Words only, lower-cased: "Forny et" and "Fornyet" differ here, "Plan." and "Plan" do not. */
const words = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** How a heading compares with its TOC entry: the same words, the entry cut short, or different. */
export function compareTitles(heading: string, toc: string): 'same' | 'truncated' | 'differs' {
  if (words(heading) === words(toc)) return 'same'
  const truncated = titleKey(toc).length < titleKey(heading).length && titleKey(heading).startsWith(titleKey(toc))
  return truncated ? 'truncated' : 'differs'
}
