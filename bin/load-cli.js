'use strict'
// Loads the bundled CLI (dist/bundle/cli.cjs) as a script compiled with V8's code
// cache (dist/bundle/cli.cjs.cache, written by `npm run build`): V8 then skips parsing
// and compiling what the cache holds, which is most of what a text parse runs. Node 20
// takes a code cache only for scripts, hence vm.Script and a CommonJS bundle. A cache
// that is missing or made by another V8 is ignored (V8 checks) and the script compiles
// as usual.
const { readFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname, join } = require('node:path')
const v8 = require('node:v8')
const vm = require('node:vm')

/**
 * V8 flags for the CLI's process (and so its worker threads):
 * - `--no-regexp-tier-up`: V8 runs a regular expression's first match in its bytecode
 *   interpreter (compiling it for that) and compiles it again to machine code for the
 *   second. A parse runs ~240 of them a few times each, so in one short process that
 *   was ~40 ms of the cold parse (`parse one.txt` 2.6x → 2.1x bare node, side by side).
 * - `--wasm-lazy-validation`: PDFium's 4.6 MB of WebAssembly is validated function by
 *   function as V8 first compiles each, not all before the first call (~13 ms a thread).
 * Set here, before any other thread exists, and never changed: changing a V8 flag
 * while another thread compiles can crash V8 (a segfault, seen with a regexp flag).
 * Set before the bundle compiles: V8's code cache records the flags it was made with,
 * and scripts/code-cache.mjs loads the bundle through here, so the two agree.
 * A changed flag also makes V8 reject Node's own code cache for its built-in modules,
 * so those every parse needs are loaded first (they would compile from source: ~7 ms);
 * a worker thread starts ~20 ms slower for the same reason.
 */
const V8_FLAGS = ['--no-regexp-tier-up', '--wasm-lazy-validation']
for (const builtin of ['node:crypto', 'node:fs/promises', 'node:os']) require(builtin)
void process.stdout
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag)

const CLI = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs')
const CACHE = `${CLI}.cache`

/**
 * Compiles and runs the bundle; returns its exports ({ main, nodeIo }) and the script
 * (for `script.createCachedData()`). `useCache: false` compiles without the cache.
 */
function loadCli({ useCache = true } = {}) {
  const source = readFileSync(CLI, 'utf8')
  let cachedData
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE)
    } catch {
      cachedData = undefined
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: CLI,
    cachedData
  })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(CLI), module, CLI, dirname(CLI))
  return { cli: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true }
}

module.exports = { loadCli, CLI, CACHE }
