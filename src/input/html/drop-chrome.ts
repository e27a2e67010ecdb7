import { COOKIE_TEXT, PAGE_CHROME } from '../../lexicon/index.js'
import type { Block } from './block.js'

/**
 * Blocks without the page's controls: lines that are only "Hent som PDF", "Del",
 * "Søg" and the like go, and so do cookie notices. The markup usually marks them
 * (buttons, nav); this catches the links and divs that pass for text.
 */
export function dropChrome(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (COOKIE_TEXT.test(block.lines.map((line) => line.text).join(' '))) return []
    const lines = block.lines.filter((line) => !PAGE_CHROME.test(line.text.replace(/^\s*(?:\d+\.|-)\s+/u, '').trim()))
    return lines.length === 0 ? [] : [{ ...block, lines }]
  })
}
