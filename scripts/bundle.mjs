#!/usr/bin/env node
// Bundles the CLI for start-up speed. Part of `npm run build` (and so of `prepare`,
// which `npm ci` runs).
//
// - dist/bundle/cli.cjs is the command: one CommonJS file that bin/referat.js compiles
//   with V8's code cache (bin/load-cli.js). What a command imports lazily is still
//   only run when needed (esbuild keeps it as a module initialised on first import).
//   Why CommonJS: Node 20 can give V8 a code cache only for scripts (`vm.Script`),
//   not for ES modules.
// - dist/bundle/cli.cjs.cache is that code cache, written by scripts/code-cache.mjs
//   after running the CLI on the fixtures, so it holds compiled code for what a text
//   parse runs. Node checks it fits its V8 version; one that does not is ignored.
// - task.js and pdf-worker.js are ES module entries (with their chunks): the batch
//   pool and the PDF time limit start them as worker threads by URL next to the code
//   that starts them, so they sit in the same folder as cli.cjs.
// - dist/bundle is two levels below the root, like dist/cli, so main.ts finds
//   ../../package.json from either.
// - PDFium (its wasm file sits beside its module), tinypool (starts its own worker file) stay
//   packages, loaded from node_modules when needed.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'dist', 'bundle')
rmSync(OUT, { recursive: true, force: true })
/**
 * Packages only some inputs or commands need, each group bundled into a file of its own
 * in dist/bundle/vendor/ and required on first use: a text parse neither reads nor
 * compiles them. (Groups, so packages that share dependencies share one copy.)
 */
const VENDOR = {
  schema: ['zod'],
  glob: ['fast-glob'],
  markup: ['hast-util-from-parse5', 'parse5', 'mdast-util-from-markdown', 'mdast-util-gfm-table', 'mdast-util-to-hast', 'micromark-extension-gfm-table'],
  word: ['mammoth', 'jszip', '@xmldom/xmldom'],
  xml: ['saxes'],
  review: ['hast-util-to-html', 'hastscript'],
  xlsx: ['exceljs']
}
const groupOf = new Map(Object.entries(VENDOR).flatMap(([group, names]) => names.map((name) => [name, group])))

/**
 * Imports of a vendored package (static or import()) become a require of its group's file.
 * @type {import('esbuild').Plugin}
 */
const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (groupOf.has(args.path) && args.namespace === 'file' ? { path: args.path, namespace: 'vendored' } : undefined))
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./vendor/${groupOf.get(args.path)}.cjs`)})[${JSON.stringify(args.path)}]`,
      loader: 'js'
    }))
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendored' }, (args) => ({ path: args.path, external: true }))
  }
}

/**
 * commander requires child_process when it loads, for executable subcommands, which
 * referat has none of: node then loads child_process, net and dgram on every start
 * (~2 ms). In the CLI bundle commander gets a stand-in that requires it on first use.
 * @type {import('esbuild').Plugin}
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined))
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] })",
      loader: 'js'
    }))
  }
}

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Minified: less source to read and compile on every start (errors name themselves via .name).
  minify: true,
  external: ['@embedpdf/pdfium', 'tinypool'],
  logLevel: 'warning'
}
await build({
  ...common,
  entryPoints: ['src/cli/task.ts', 'src/input/pdf/pdf-worker.ts'],
  outdir: OUT,
  entryNames: '[name]',
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages (commander, fast-glob) call require() for Node's own modules.
  banner: { js: "import { createRequire as __referatRequire } from 'node:module'; const require = __referatRequire(import.meta.url);" }
})
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts' },
  plugins: [vendored, lazyChildProcess],
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import() of the packages left outside (tinypool, PDFium) as require(): a script run by
  // vm.Script has no import() of its own (Node 20 can require ES modules).
  supported: { 'dynamic-import': false },
  // The sources are ES modules: import.meta is the bundle's own (it sits where the ESM chunks do).
  define: { 'import.meta': '__referatImportMeta' },
  banner: { js: "const __referatImportMeta = { url: require('node:url').pathToFileURL(__filename).href, resolve: (s) => require('node:url').pathToFileURL(require.resolve(s)).href };" }
})
for (const [group, names] of Object.entries(VENDOR)) {
  await build({
    ...common,
    stdin: { contents: `module.exports = { ${names.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')} }`, resolveDir: ROOT, loader: 'js' },
    outfile: join(OUT, 'vendor', `${group}.cjs`),
    format: 'cjs'
  })
}
const cache = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs')], { cwd: ROOT, stdio: 'inherit' })
if (cache.status !== 0) process.exit(cache.status ?? 1)
