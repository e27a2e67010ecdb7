import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn the built bin; two cores is all CI has.
    pool: 'forks',
    testTimeout: 30_000,
    // The JSON report is read by .ci/run to print the closing 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]]
  }
})
