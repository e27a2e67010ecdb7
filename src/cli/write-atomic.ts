import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers see the old file or the whole new one, never half:
 * a temporary sibling, then a rename (atomic on one file system).
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`)
  try {
    await writeFile(temp, content, 'utf8')
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

const TEMP_SUFFIX = '.referat-tmp'

/**
 * Removes this process's unfinished temporary files under `dir` (recursively), for
 * an interrupted batch: it then leaves whole outputs or none, never half a file.
 * Worker threads share the process id, so their files are found too.
 */
export function removeTempFiles(dir: string): void {
  const mine = `.${process.pid}.`
  let entries: string[]
  try {
    entries = readdirSync(dir, { recursive: true }) as string[]
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.endsWith(TEMP_SUFFIX) && entry.includes(mine)) rmSync(join(dir, entry), { force: true })
  }
}
