#!/usr/bin/env node
/**
 * Outcome counts over a folder of minutes: runs the built CLI (`node bin/referat.js
 * parse`) on each file and counts items per decision outcome, "(no decision)" for
 * items without one. How the decision readers are measured on the corpus:
 *
 *     npm run build && node scripts/outcome-counts.mjs ../shared/corpus/docs [rows.tsv]
 *
 * The optional second argument writes one row per item (file, number, outcome, the
 * decision's first words), for a diff between two runs.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [folder, rowsFile] = process.argv.slice(2)
if (!folder) {
  process.stderr.write('usage: node scripts/outcome-counts.mjs FOLDER [rows.tsv]\n')
  process.exit(2)
}
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'referat.js')
const counts = new Map()
const rows = []
let items = 0
for (const name of readdirSync(folder).sort()) {
  let out
  try {
    out = execFileSync(process.execPath, [bin, 'parse', '--quiet', join(folder, name)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch (error) {
    out = error.stdout ?? '' // exit 1 (validation errors) still writes the document; exit 2 writes none
  }
  let doc
  try { doc = JSON.parse(out) } catch { continue }
  for (const item of doc.items ?? []) {
    items++
    const outcome = item.decision ? item.decision.outcome : '(no decision)'
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
    rows.push([name, item.number, outcome, (item.decision?.text ?? '').slice(0, 90).replace(/\s+/gu, ' ')].join('\t'))
  }
}
process.stdout.write(`| outcome | items |\n|---|---|\n`)
for (const [outcome, n] of [...counts].sort((a, b) => b[1] - a[1])) process.stdout.write(`| ${outcome} | ${n} |\n`)
process.stdout.write(`| all items | ${items} |\n`)
if (rowsFile) writeFileSync(rowsFile, `${rows.join('\n')}\n`)
