// Preloaded into the built bin by tests/stdout-backpressure.test.ts (`node --import`), never
// part of the CLI: records the most stdout ever held in its buffer and reports it on stderr
// at exit, so the test can tell backpressure from buffering every document.
import { isMainThread } from 'node:worker_threads'

if (isMainThread) {
  let most = 0
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (...args) => {
    const wrote = write(...args)
    most = Math.max(most, process.stdout.writableLength)
    return wrote
  }
  process.on('exit', () => process.stderr.write(`stdout-watch: most buffered ${most}\n`))
}
