// The benchmark corpus, built once into bench/corpus/ from the seed minutes in
// fixtures/: FILES distinct text files, PDFS of them typeset, and one long PDF.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { typeset } from '../scripts/make-pdf-fixtures.mjs'

/** The seed minutes, as text. */
export function seedTexts(root) {
  const dir = join(root, 'fixtures')
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
}

/** Varies a seed so that no two corpus files are the same: dates, a title word, the numbering start. */
export function variant(text, k) {
  const day = String((k % 28) + 1).padStart(2, '0')
  return text
    .replace(/\b(\d{1,2})\. (januar|marts|november|december)/g, `${Number(day)}. $2`)
    .replace(/\b\d{2}-(\d{2})-(\d{4})\b/g, `${day}-$1-$2`)
    .replace(/Eventuelt/g, k % 2 ? 'Eventuelt' : 'Evt.')
    .replace(/Godkendelse af/g, k % 3 ? 'Godkendelse af' : 'Godkendelse af det')
}

/** Builds the corpus unless one of the same size is there; returns its paths. */
export async function buildCorpus(root, files, pdfs) {
  const dir = join(root, 'bench', 'corpus')
  const paths = { dir, text: join(dir, 'text'), pdf: join(dir, 'pdf'), long: join(dir, 'long.pdf') }
  const marker = join(dir, `.built-${files}-${pdfs}-long`)
  if (existsSync(marker)) return { ...paths, longPages: Number(readFileSync(marker, 'utf8')) }
  const seeds = seedTexts(root)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(paths.text, { recursive: true })
  mkdirSync(paths.pdf, { recursive: true })
  for (let k = 0; k < files; k++) writeFileSync(join(paths.text, `m${String(k).padStart(4, '0')}.txt`), variant(seeds[k % seeds.length], k))
  for (let k = 0; k < pdfs; k++) await typeset(variant(seeds[k % seeds.length], k), join(paths.pdf, `m${String(k).padStart(4, '0')}.pdf`))
  // One long meeting of about 30 pages: a seed's agenda items run on with the next
  // seeds' (past their headers), 150 lines at a time until it is 28 pages or more.
  const more = seeds.slice(1).flatMap((seed) => seed.split('\n').slice(12))
  let longText = seeds[0]
  let longPages = await typeset(longText, paths.long)
  for (let at = 0; longPages < 28 && at < more.length; at += 150) {
    longText += `\n${more.slice(at, at + 150).join('\n')}`
    longPages = await typeset(longText, paths.long)
  }
  writeFileSync(marker, String(longPages))
  return { ...paths, longPages }
}
