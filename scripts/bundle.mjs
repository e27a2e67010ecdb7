#!/usr/bin/env node
// Bundles the CLI for start-up speed: one file to load instead of ~100 modules.
// Part of `npm run build` (and so of `prepare`, which `npm ci` runs).
//
// - dist/bundle/bin.js is the command (bin/referat.js imports it); what a command
//   imports lazily stays lazy, as a chunk of its own.
// - task.js and pdf-worker.js are entries too: the batch pool and the PDF time
//   limit start them as worker threads by URL next to the code that starts them, so
//   they must sit in the same folder as the chunks.
// - dist/bundle is two levels below the root, like dist/cli, so main.ts finds
//   ../../package.json from either.
// - pdf.js (and its optional canvas), tinypool (starts its own worker file) stay
//   packages, loaded from node_modules when needed.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'dist', 'bundle')
rmSync(OUT, { recursive: true, force: true })
await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli/bin.ts', 'src/cli/task.ts', 'src/input/pdf-worker.ts'],
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Minified: less source to read and compile on every start (errors name themselves via .name).
  minify: true,
  external: ['pdfjs-dist', '@napi-rs/canvas', 'tinypool'],
  // Bundled CommonJS packages (commander, fast-glob) call require() for Node's own modules.
  banner: { js: "import { createRequire as __referatRequire } from 'node:module'; const require = __referatRequire(import.meta.url);" },
  logLevel: 'warning'
})
