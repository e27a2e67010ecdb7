import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
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
  return mkdtemp(join(parent, `.referat-tmp-${process.pid}-`))
}

/** Removes a batch's temporary folder and whatever is in it (synchronous: safe in a signal handler). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
