#!/usr/bin/env node
// The CLI as one bundled file (src/cli/bin.ts, built by `npm run build`): one module to
// load instead of ~100, and commands still load only when they run.
import '../dist/bundle/bin.js'
