import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn the built bin; two cores is all CI has.
    pool: 'forks',
    testTimeout: 30_000
  }
})
