import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a fixed file without ever leaving it half-written: a temp file in the same folder,
 * fsync, then rename over the original. The mode is kept, a symlink keeps pointing at the
 * file it pointed at (the target is what gets rewritten), and a file that changed on disk
 * since it was read is not overwritten.
 */
export class WriteError extends Error {}

export function writeAtomic(file: string, bytes: Buffer, expectedOriginal: Buffer): void {
  const target = fs.realpathSync(file);
  const before = fs.statSync(target);
  const onDisk = fs.readFileSync(target);
  if (!onDisk.equals(expectedOriginal)) throw new WriteError('file changed on disk since it was read; not overwritten');
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.popenlint-${crypto.randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', before.mode & 0o7777);
    fs.writeFileSync(fd, bytes);
    fs.fchmodSync(fd, before.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw new WriteError(`cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
