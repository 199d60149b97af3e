import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bomBytes, encodeStrict } from '../encoding.js';
/**
 * Writes a fixed file without ever leaving it half-written: a temp file in the same folder,
 * fsync, then rename over the original. The mode (and, when allowed, the owner) is kept, a
 * symlink keeps pointing at the file it pointed at (the target is what gets rewritten), and a
 * file that changed on disk since it was read is not overwritten. Every failure, including
 * the ones before the temp file exists (a symlink loop, a vanished file), is a WriteError with
 * a one-line reason, and the temp file is removed whatever happens.
 *
 * Known limits: a hard-linked file gets a new inode (its other names keep the old text), and
 * extended attributes/ACLs are not copied. A SIGKILL between create and rename can leave a
 * `.NAME.popenlint-*.tmp` behind; the name says where it came from.
 */
export class WriteError extends Error {
}
const reason = (e) => e.code ?? e.message;
/** Same file, same size, same mtime: nothing wrote to it since `a` was taken. */
const unchanged = (a, b) => a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
export function writeAtomic(file, bytes, expectedOriginal) {
    let target;
    let before;
    let onDisk;
    try {
        target = fs.realpathSync(file);
        before = fs.statSync(target);
        if (!before.isFile())
            throw new WriteError('not a regular file any more; not overwritten');
        onDisk = fs.readFileSync(target);
    }
    catch (e) {
        if (e instanceof WriteError)
            throw e;
        const code = e.code;
        throw new WriteError(code === 'ENOENT' ? 'file vanished before the fix was written' : `cannot write: ${reason(e)}`);
    }
    if (!onDisk.equals(expectedOriginal))
        throw new WriteError('file changed on disk since it was read; not overwritten');
    const dir = path.dirname(target);
    const tmp = path.join(dir, `.${path.basename(target)}.popenlint-${crypto.randomBytes(6).toString('hex')}.tmp`);
    let fd;
    let renamed = false;
    try {
        fd = fs.openSync(tmp, 'wx', before.mode & 0o7777);
        fs.writeFileSync(fd, bytes);
        try {
            fs.fchownSync(fd, before.uid, before.gid);
        }
        catch {
            // Only root may give a file away; an ordinary user's own files keep their owner anyway.
        }
        // After chown, which clears setuid/setgid bits.
        fs.fchmodSync(fd, before.mode & 0o7777);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = undefined;
        // Last look before the rename narrows the window in which an editor's save could be lost.
        if (!unchanged(before, fs.statSync(target)))
            throw new WriteError('file changed on disk while the fix was written; not overwritten');
        fs.renameSync(tmp, target);
        renamed = true;
    }
    catch (e) {
        if (fd !== undefined) {
            try {
                fs.closeSync(fd);
            }
            catch {
                // Already failing; the close error adds nothing.
            }
        }
        throw e instanceof WriteError ? e : new WriteError(`cannot write: ${reason(e)}`);
    }
    finally {
        if (!renamed) {
            try {
                fs.rmSync(tmp, { force: true });
            }
            catch {
                // Nothing more can be done; the reason already thrown is the one to report.
            }
        }
    }
    // The rename is durable only once the folder entry is on disk too.
    let dirFd;
    try {
        dirFd = fs.openSync(dir, 'r');
        fs.fsyncSync(dirFd);
    }
    catch {
        // Some file systems refuse fsync on a folder; the data itself is already synced.
    }
    finally {
        if (dirFd !== undefined)
            fs.closeSync(dirFd);
    }
}
/**
 * Encodes new text the way the file was (its encoding, its BOM) and writes it with writeAtomic.
 * Refuses, with a WriteError, a file that did not decode losslessly or text its encoding cannot
 * hold: a rewrite must give back every byte it did not mean to change.
 */
export function writeDecoded(file, original, decoded, text, what = 'fixed') {
    const fixed = encodeDecoded(decoded, text, what);
    writeAtomic(file, fixed, original);
}
/** The bytes writeDecoded would write (also for --diff and stdin, which write nothing). */
export function encodeDecoded(decoded, text, what = 'fixed') {
    if (!decoded.lossless)
        throw new WriteError(`not ${what}: the file is not valid ${decoded.encoding}, so it could not be written back byte for byte`);
    const body = encodeStrict(text, decoded.encoding);
    if (!body)
        throw new WriteError(`not ${what}: the change cannot be encoded in the file's encoding (${decoded.encoding})`);
    return Buffer.concat([bomBytes(decoded), body]);
}
