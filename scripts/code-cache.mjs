#!/usr/bin/env node
// Writes dist/bundle/cli.cjs.cache, V8's code cache for the bundled CLI (part of
// `npm run build`, after scripts/bundle.mjs). It runs the CLI in this process the way
// users do most (help, and a text parse of each fixture, output discarded), so the
// functions those run are compiled, then saves the compiled code: later starts
// deserialize it instead of parsing and compiling again.
import { readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const { loadCli, CACHE } = require('../bin/load-cli.js')

const { cli, script } = loadCli({ useCache: false })
const discard = { write: () => true }
const io = {
  stdin: { async *[Symbol.asyncIterator]() {} }, stdout: discard, stderr: discard,
  isTTY: { stdout: false, stderr: false }, cwd: ROOT, env: { REFERAT_WORKERS: '1' }
}
const texts = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join('fixtures', f))
for (const argv of [['--help'], ['parse', '--help'], ['parse', texts[0]], ['parse', ...texts]]) {
  const code = await cli.main(argv, io)
  if (code !== 0) throw new Error(`referat ${argv.join(' ')} exited ${code} while writing the code cache`)
}
writeFileSync(CACHE, script.createCachedData())
