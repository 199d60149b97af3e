import { type Decoded } from '../encoding.js';
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
export declare class WriteError extends Error {
}
export declare function writeAtomic(file: string, bytes: Buffer, expectedOriginal: Buffer): void;
/**
 * Encodes new text the way the file was (its encoding, its BOM) and writes it with writeAtomic.
 * Refuses, with a WriteError, a file that did not decode losslessly or text its encoding cannot
 * hold: a rewrite must give back every byte it did not mean to change.
 */
export declare function writeDecoded(file: string, original: Buffer, decoded: Decoded, text: string, what?: string): void;
/** The bytes writeDecoded would write (also for --diff and stdin, which write nothing). */
export declare function encodeDecoded(decoded: Decoded, text: string, what?: string): Buffer;
