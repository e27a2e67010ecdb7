import { open, stat } from 'node:fs/promises'
import { PROBE_BYTES, probeOf } from './probe.js'
import { readerFor } from './readers/index.js'

/**
 * Whether a file's reader runs isolated (PDF), from its first bytes: how a batch
 * decides on worker threads before reading anything whole. Unreadable files say no;
 * reading them later reports why.
 */
export async function needsIsolation(path: string): Promise<boolean> {
  try {
    // Never open a FIFO or device here: opening a FIFO blocks until a writer comes.
    if (!(await stat(path)).isFile()) return false
    const handle = await open(path, 'r')
    try {
      const buffer = new Uint8Array(PROBE_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, PROBE_BYTES, 0)
      return readerFor(probeOf(buffer.subarray(0, bytesRead))).isolated
    } finally {
      await handle.close()
    }
  } catch {
    return false
  }
}
