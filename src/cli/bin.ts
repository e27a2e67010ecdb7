/**
 * The `referat` command's entry: the CLI on the real process. `npm run build` bundles
 * it (scripts/bundle.mjs) into dist/bundle/bin.js, which bin/referat.js loads.
 */
import { main } from './main.js'
import { nodeIo } from './io.js'

process.exitCode = await main(process.argv.slice(2), nodeIo())
