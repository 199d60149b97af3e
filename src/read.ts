import fs from 'node:fs';
import { lintBytes } from './engine.js';
import type { FileResult } from './finding.js';
import { sortFindings } from './finding.js';
import type { EngineOptions, Language } from './types.js';

/** A file to lint: its path as shown, its absolute path, its language, or its text from stdin. */
export interface Target {
  path: string;
  abs: string;
  language: Language;
  /** Source given on stdin (--stdin-filename). */
  stdin?: Buffer;
}

const READ_ERRORS: Record<string, string> = {
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
export function readTarget(t: Target): Buffer | { error: string } {
  if (t.stdin) return t.stdin;
  let fd: number | undefined;
  try {
    const st = fs.statSync(t.abs);
    if (st.isDirectory()) return { error: 'is a directory; skipped' };
    if (!st.isFile()) return { error: NOT_REGULAR };
    fd = fs.openSync(t.abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
    if (!fs.fstatSync(fd).isFile()) return { error: NOT_REGULAR };
    return fs.readFileSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: (code && READ_ERRORS[code]) ?? `cannot read: ${code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The prefilter pass's reader: a regular file's bytes in a buffer that is reused, so scanning a
 * large tree allocates (and collects) almost nothing; valid until the next read. Null for
 * anything unusual (stdin, an error, not a regular file): readTarget then decides, so its
 * policy and messages stay the only ones.
 */
export class Reader {
  private buf = Buffer.allocUnsafe(1 << 20);

  read(t: Target): Buffer | null {
    if (t.stdin) return null;
    let fd: number | undefined;
    try {
      // No stat first: a non-blocking open does not hang on a FIFO, and fstat then refuses it.
      fd = fs.openSync(t.abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return null;
      if (st.size >= this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size + 1, this.buf.length * 2));
      return this.fill(fd);
    } catch {
      return null;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  private fill(fd: number): Buffer {
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, this.buf, n, this.buf.length - n, null);
      if (got === 0) return this.buf.subarray(0, n);
      n += got;
      if (n === this.buf.length) {
        // The file grew since fstat.
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, n);
        this.buf = bigger;
      }
    }
  }
}

/** A result for a file that could not be linted, with its one-line reason. */
export function failed(t: Pick<Target, 'path' | 'language'>, message: string): FileResult {
  return { path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: 'E902', message }], parsed: false };
}

/** popenlint's own failure on one file: reported apart from findings (exit 2), never a crash. */
export function crashed(t: Pick<Target, 'path' | 'language'>, e: unknown): FileResult {
  const error = e instanceof Error ? e : new Error(String(e));
  return { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false, errors: [{ path: t.path, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }] };
}

/**
 * One file, on whichever thread: a read error becomes an E902 diagnostic, an internal error
 * the file's `errors` (with its stack, which the main thread prints under --debug); never a
 * crash. The decoded text is kept only for files with findings (reporters show their lines); a
 * run over a large tree does not hold every parsed file in memory.
 */
export async function lintTarget(t: Target, engine: EngineOptions, bytes: Buffer | { error: string } = readTarget(t), prefiltered = false): Promise<FileResult> {
  if (!Buffer.isBuffer(bytes)) return failed(t, bytes.error);
  let result: FileResult;
  try {
    result = await lintBytes(t.path, bytes, t.language, engine, prefiltered);
  } catch (e) {
    return crashed(t, e);
  }
  sortFindings(result.findings);
  if (result.findings.length === 0) {
    delete result.source;
    delete result.decoded;
  }
  return result;
}
