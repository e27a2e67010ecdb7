import { COOKIE_TEXT, PAGE_CHROME } from '../../lexicon/index.js'
import type { Block } from './block.js'

/** PAGE_CHROME tried at one position only; the separators between controls (a run of them at one position, and every run). */
const CHROME_AT = new RegExp(PAGE_CHROME.source, `${PAGE_CHROME.flags.replace('g', '')}y`)
const SEPARATOR = '[\\s|·•,/–-]'
const SEPARATORS = new RegExp(`${SEPARATOR}*`, 'uy')
const SEPARATOR_RUNS = new RegExp(`${SEPARATOR}+`, 'gu')

/** A line made only of page controls ("Del  Kopier link", "Hent som PDF | Print"). */
export function isChromeLine(text: string): boolean {
  const body = text.replace(/^\s*(?:\d+\.|-)\s+/u, '')
  // A quick no for running text: unless a control's name starts its first word, that word stays.
  SEPARATORS.lastIndex = 0
  SEPARATORS.exec(body)
  CHROME_AT.lastIndex = SEPARATORS.lastIndex
  if (SEPARATORS.lastIndex < body.length && !CHROME_AT.test(body)) return false
  return body.trim() !== '' && body.replace(PAGE_CHROME, '').replace(SEPARATOR_RUNS, '') === ''
}

/**
 * Blocks without the page's controls: lines that are only "Hent som PDF", "Del",
 * "Søg" and the like go, and so do cookie notices. The markup usually marks them
 * (buttons, nav); this catches the links and divs that pass for text.
 */
export function dropChrome(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (COOKIE_TEXT.test(block.lines.map((line) => line.text).join(' '))) return []
    const lines = block.lines.filter((line) => !isChromeLine(line.text))
    return lines.length === 0 ? [] : [{ ...block, lines }]
  })
}
