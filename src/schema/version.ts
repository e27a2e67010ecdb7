/**
 * The contract's version: 2 adds ids, attachment objects, `elected` and dissent `for`.
 * Apart from the zod schema so the compiler can name it without loading zod.
 */
export const SCHEMA_VERSION = 2
