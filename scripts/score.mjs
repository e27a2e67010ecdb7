#!/usr/bin/env node
/**
 * `npm run score`: runs the scoring kit that lives beside the repository (../shared,
 * or REFERAT_SHARED), passing the arguments on. On a clone without it, says what it
 * needs in one line instead of failing with a stack trace.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, process.env.REFERAT_SHARED ?? '../shared')
const tool = join(shared, 'tools', 'score.mjs')
if (!existsSync(tool)) {
  process.stderr.write(`referat: npm run score needs the scoring kit (tools/score.mjs and its gold files) at ${shared}; it is not part of the repository. Set REFERAT_SHARED to its folder, or skip this check.\n`)
  process.exit(2)
}
const result = spawnSync(process.execPath, [tool, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
