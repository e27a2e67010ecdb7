import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { PROBE_BYTES, probeOf } from './probe.js'
import { readerFor } from './readers/index.js'

/**
 * Whether a file's reader runs isolated (PDF), from its first bytes: how a batch
 * decides on worker threads before reading anything whole. Unreadable files say no;
 * reading them later reports why. Synchronous: a batch probes thousands of local
 * files, each in microseconds, where an asynchronous call costs a thread-pool trip.
 */
export async function needsIsolation(path: string): Promise<boolean> {
  let fd: number | undefined
  try {
    // Never open a FIFO or device here: opening a FIFO blocks until a writer comes.
    if (!statSync(path).isFile()) return false
    fd = openSync(path, 'r')
    const buffer = new Uint8Array(PROBE_BYTES)
    const bytesRead = readSync(fd, buffer, 0, PROBE_BYTES, 0)
    return readerFor(probeOf(buffer.subarray(0, bytesRead))).isolated
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
