import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface WriteOptions {
  /** Where the temporary file goes (a batch's own folder); beside `path` if not given. */
  readonly tempDir?: string
  /** Permission bits of the new file (before the umask); 0o666 if not given. */
  readonly mode?: number
}

/**
 * Writes a file so that readers see the old file or the whole new one, never half:
 * a temporary file, then a rename (atomic on one file system).
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const name = `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.referat-tmp`
  const temp = join(options.tempDir ?? dirname(path), name)
  try {
    await writeFile(temp, content, { encoding: 'utf8', mode: options.mode ?? 0o666 })
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/**
 * A batch's folder for temporary files, inside the output folder (so renames stay on
 * one file system). Why a folder: removing it on Ctrl-C also stops any write still
 * in flight from creating a file in it, so an interrupted batch leaves nothing behind.
 */
export function createTempDir(parent: string): Promise<string> {
  return mkdtemp(join(parent, `${TEMP_PREFIX}${process.pid}-`))
}

const TEMP_PREFIX = '.referat-tmp-'
/** A batch folder's name as createTempDir makes it: the prefix, the owner's pid, mkdtemp's six characters. */
const TEMP_DIR = /^\.referat-tmp-(\d+)-[A-Za-z0-9]{6}$/u

/** Whether a process with this id is running (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary folders that batches killed outright (`kill -9`, a crash)
 * left in `parent`: only folders named as createTempDir names them, and only when
 * the process that made them is gone. Best effort: a folder that cannot be listed
 * or removed is left alone.
 */
export function removeStaleTempDirs(parent: string): void {
  let entries
  try {
    entries = readdirSync(parent, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const owner = TEMP_DIR.exec(entry.name)?.[1]
    if (!entry.isDirectory() || owner === undefined || Number(owner) === process.pid || isRunning(Number(owner))) continue
    try {
      rmSync(join(parent, entry.name), { recursive: true, force: true })
    } catch {
      // Someone else's folder we may not remove: not ours to insist on.
    }
  }
}

/**
 * Removes a batch's temporary folder and whatever is in it (synchronous: safe in a signal
 * handler). A write still in flight on libuv's threads may create its file between the
 * folder being listed and removed (ENOTEMPTY): it is listed again, a few times; once the
 * folder is gone, no later write can create anything in it. Never throws: an interrupt
 * must still end the batch.
 */
export function removeTempDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 })
  } catch {
    // Left behind: the next batch into this folder removes it (removeStaleTempDirs).
  }
}
