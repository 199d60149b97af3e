import fs from 'node:fs';
import { lintBytes } from './engine.js';
import { FileBytes } from './file-bytes.js';
import { sortFindings } from './finding.js';
const READ_ERRORS = {
    ENOENT: 'file vanished before it could be read',
    EACCES: 'cannot read: permission denied',
    EPERM: 'cannot read: operation not permitted',
    ELOOP: 'cannot read: too many levels of symbolic links',
    EISDIR: 'is a directory; skipped',
    EIO: 'cannot read: input/output error',
    ERR_FS_FILE_TOO_LARGE: 'file too large to read (over 2 GiB); skipped',
};
const NOT_REGULAR = 'not a regular file (FIFO, socket or device); skipped';
/**
 * Bytes of one target, or the one-line reason it cannot be read. It never blocks: a FIFO or
 * device is refused by stat before any open, and the open is non-blocking in case the path
 * was swapped in between (fstat then refuses it). What the bytes may hold (binary, too deep to
 * parse, undecodable) is judged by the engine's prepare(), the same for check and fix.
 */
export function readTarget(t) {
    if (t.stdin)
        return t.stdin;
    let fd;
    try {
        const st = fs.statSync(t.abs);
        if (st.isDirectory())
            return { error: 'is a directory; skipped' };
        if (!st.isFile())
            return { error: NOT_REGULAR };
        fd = fs.openSync(t.abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
        if (!fs.fstatSync(fd).isFile())
            return { error: NOT_REGULAR };
        return fs.readFileSync(fd);
    }
    catch (e) {
        const code = e.code;
        return { error: (code && READ_ERRORS[code]) ?? `cannot read: ${code ?? e.message}` };
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}
/**
 * The prefilter pass's reader (see file-bytes.ts): null for anything unusual (stdin, an error,
 * not a regular file), and readTarget then decides, so its policy and messages stay the only ones.
 */
export class Reader {
    bytes = new FileBytes();
    read(t) {
        return t.stdin ? null : this.bytes.read(t.abs);
    }
}
/** A result for a file that could not be linted, with its one-line reason. */
export function failed(t, message) {
    return { path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: 'E902', message }], parsed: false };
}
/** popenlint's own failure on one file: reported apart from findings (exit 2), never a crash. */
export function crashed(t, e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false, errors: [{ path: t.path, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }] };
}
/**
 * One file, on whichever thread: a read error becomes an E902 diagnostic, an internal error
 * the file's `errors` (with its stack, which the main thread prints under --debug); never a
 * crash. The decoded text is kept only for files with findings (reporters show their lines); a
 * run over a large tree does not hold every parsed file in memory.
 */
export async function lintTarget(t, engine, bytes = readTarget(t), prefiltered = false) {
    if (!Buffer.isBuffer(bytes))
        return failed(t, bytes.error);
    let result;
    try {
        result = await lintBytes(t.path, bytes, t.language, engine, prefiltered);
    }
    catch (e) {
        return crashed(t, e);
    }
    sortFindings(result.findings);
    if (result.findings.length === 0) {
        delete result.source;
        delete result.decoded;
    }
    return result;
}
