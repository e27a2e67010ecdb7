#!/usr/bin/env node
'use strict'
// The CLI, bundled into one script by `npm run build` (scripts/bundle.mjs) and compiled
// with V8's code cache (load-cli.js). CommonJS (bin/package.json): a CommonJS entry
// starts a few milliseconds sooner than an ES module one.
const { loadCli } = require('./load-cli.js')

const { cli } = loadCli()
cli.main(process.argv.slice(2), cli.nodeIo()).then((code) => {
  process.exitCode = code
})
