// Parse time per MB for the corpus documents of each input format, in process and
// warm (each file is parsed once to warm up, then timed), grouped by the format the
// reader table chose. Whatever formats parse are reported; a file no reader takes yet
// is counted, not timed, so a new reader shows up here the day it lands.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '../dist/index.js'

export async function perFormat(dir) {
  const groups = new Map()
  let unread = 0
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (!statSync(path).isFile()) continue
    const options = { isolatePdf: false }
    let format
    try {
      format = (await parseFile(path, options)).source.format
    } catch {
      unread++
      continue
    }
    const runs = 3
    const t = performance.now()
    for (let i = 0; i < runs; i++) await parseFile(path, options)
    const ms = (performance.now() - t) / runs
    const group = groups.get(format) ?? { files: 0, bytes: 0, ms: 0 }
    group.files++
    group.bytes += statSync(path).size
    group.ms += ms
    groups.set(format, group)
  }
  return { groups, unread }
}
