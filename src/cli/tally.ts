import type { FailureCause } from './messages.js'

/**
 * How a batch's failures read when counted by cause: one line each at the end of a
 * batch, what to do where something helps ("run OCR first"). `n` is at least 1.
 */
const LABELS: Readonly<Record<FailureCause, (n: number) => string>> = {
  'not-found': (n) => `${n} missing file${s(n)}`,
  'not-a-file': (n) => `${n} not a regular file (folders: give a quoted glob)`,
  unreadable: (n) => `${n} unreadable file${s(n)} (permissions?)`,
  'too-large': (n) => `${n} file${s(n)} over the size limit (--max-size)`,
  empty: (n) => `${n} empty file${s(n)}`,
  binary: (n) => `${n} binary file${s(n)} of a kind referat does not read`,
  image: (n) => `${n} image${s(n)} (run OCR first)`,
  encrypted: (n) => `${n} password-protected PDF${s(n)} (--password)`,
  'wrong-password': (n) => `${n} PDF${s(n)} the password did not open`,
  scanned: (n) => `${n} scanned PDF${s(n)} without a usable text layer (run OCR first)`,
  damaged: (n) => `${n} damaged or truncated file${s(n)}`,
  'not-minutes': (n) => `${n} file${s(n)} without agenda items (not minutes?)`,
  timeout: (n) => `${n} PDF${s(n)} over the time limit (--timeout)`,
  'out-of-memory': (n) => `${n} file${s(n)} over the memory limit`,
  'over-budget': (n) => `${n} file${s(n)} over a reading limit (too deep, too many elements or lines)`,
  internal: (n) => `${n} internal error${s(n)} (please report)`,
  'write-failed': (n) => `${n} output${s(n)} not written`
}

function s(n: number): string {
  return n === 1 ? '' : 's'
}

/** Counts failures by cause, in the order causes first appeared. */
export function tallyOf(causes: readonly FailureCause[]): Map<FailureCause, number> {
  const counts = new Map<FailureCause, number>()
  for (const cause of causes) counts.set(cause, (counts.get(cause) ?? 0) + 1)
  return counts
}

/** The tally as lines for stderr: `  12 scanned PDFs without a usable text layer (run OCR first)`. */
export function tallyLines(counts: ReadonlyMap<FailureCause, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `  ${LABELS[cause](n)}`)
}
