/**
 * The `referat` command's entry as a module: `npm run build` bundles it
 * (scripts/bundle.mjs) into dist/bundle/cli.cjs, which bin/referat.js compiles with
 * V8's code cache and runs as `main(process.argv.slice(2), nodeIo())`.
 */
export { main } from './main.js'
export { nodeIo } from './io.js'
