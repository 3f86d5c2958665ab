import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KieError } from '../../core/errors.js';

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, flushed to
 * disk, then renamed over the target. A reader sees the old file or the new one,
 * never half of one, even if the process dies mid-write.
 *
 * @example
 * await writeFileAtomic('/data/a.json', '{}\n');
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new KieError('OUTPUT_FAILED', `could not write ${path}: ${(cause as Error).message}`, { cause, path });
  }
}
