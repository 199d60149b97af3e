/**
 * What Node does with a child's pipes that nobody reads, per Node major: the facts behind the
 * JS rules' decisions and messages. Measured on Linux (see NODE_FACTS and
 * test/e2e/node-runtime.test.ts, which re-measures them); a contributor adds a row when a
 * Node release changes one.
 *
 * - While the child runs, an unread stdout/stderr pipe fills: the kernel pipe (64 KiB) plus what
 *   Node reads ahead into the stream's buffer. Past that the child blocks in write() and never
 *   exits, so a parent waiting for 'exit'/'close' waits for ever.
 * - When the child exits with less than that waiting, Node resumes the unread streams (flushStdio
 *   in lib/internal/child_process.js) and throws the bytes away: nothing blocks, but that output
 *   is lost, and a stream read only after 'exit'/'close' finds nothing.
 * - A child still writing when the parent exits (detached and unref()ed, or not) meets a pipe
 *   with no reader: a shell tool is killed by SIGPIPE, a Node child dies of EPIPE on
 *   process.stdout.write (console.log swallows the error and lives on), a Python child gets
 *   BrokenPipeError.
 * - exec/execFile buffer the output and kill the child (SIGTERM) once it passes maxBuffer.
 */
export interface NodeFacts {
    /** First major these facts hold for. */
    since: number;
    /**
     * Bytes an unread pipe takes before the child blocks, [many small writes, one large write],
     * measured on that major; null where nobody has measured it yet (the message then names the
     * mechanism, not a number).
     */
    blocksAfter: readonly [number, number] | null;
    /** exec/execFile's default maxBuffer, per stream (lib/child_process.js). */
    execMaxBuffer: number;
}
/**
 * Rows by first major, oldest first. Node 20: binary search in test/e2e/node-runtime.test.ts
 * (v20.20.2, Linux, 64 KiB pipes): a child writing one short line per write() (21 bytes, as
 * Python's os.write or an unbuffered stderr does) blocks past about 20-24 KiB (blind audit 32, and
 * measured again here: each write takes a socket buffer slot of its own), 100-byte lines past 40-60 KB,
 * a Node child writing 1 KiB synchronously past 93 KiB,
 * `head -c`, `yes | head` and Python's 4 KiB writes past about 190 KiB, one large write past
 * 237-248 KiB (243 typical). Node 22 raised the default stream highWaterMark from 16 to 64 KiB (nodejs #52037),
 * which changes the read-ahead, so its numbers are not carried over.
 */
export declare const NODE_FACTS: readonly NodeFacts[];
export declare function nodeFacts(major: number): NodeFacts;
/** How much unread output blocks the child on `major`, for messages. */
export declare function blockWindow(major: number): string;
export declare function formatBytes(n: number): string;
/**
 * The lowest Node major a package.json `engines.node` range admits: `>=20.19` -> 20,
 * `^18 || >=20` -> 18, `16.x` -> 16, `>14` -> 15. null for `*`, `<16` alone or garbage. The
 * lowest is where a finding must hold ("report what breaks on any version in the target").
 */
export declare function lowestMajor(range: string): number | null;
/**
 * What a package.json `engines.node` range admits, for messages that must hold on every version
 * in it: the lowest version (`>=0.8` -> major 0, label `0.8`; `>=20.19` -> 20; `>14` -> 15) and the highest major
 * (`16.x` -> 16, `>=14 <18` -> 17; null when the range is open above, as `>=0.8` is).
 */
export interface NodeTarget {
    major: number;
    /** The lowest release line: `0.8` (a 0.x minor), `20` (a major). */
    label: string;
    highest: number | null;
}
export declare function parseNodeRange(range: string): NodeTarget | null;
/** Node's default maxBuffer on the target, naming where it changes inside the range. */
export declare function defaultMaxBuffer(target: NodeTarget): {
    bytes: number;
    text: string;
};
/** The running Node's major: the target when no package.json says otherwise. */
export declare function runningMajor(): number;
/** Forgets the package.json files' engines read so far (path-caches.ts). */
export declare function forgetEnginesTargets(): void;
/**
 * `engines.node` of the nearest package.json above `file` that has one (lowest admitted major),
 * else null. Unreadable or invalid package.json files are skipped: the target is a hint for
 * messages and thresholds, not a reason to stop.
 */
export declare function enginesNodeMajor(file: string): number | null;
/** The whole `engines.node` range of the nearest package.json above `file` that has one. */
export declare function enginesNodeTarget(file: string): NodeTarget | null;
/** The Node major a JS/TS file targets: `engines.node`, else the running Node. */
export declare function nodeTarget(file: string): number;
/** The Node versions a JS/TS file targets: `engines.node`, else the running Node alone. */
export declare function nodeRangeTarget(file: string): NodeTarget;
/** One Node major as a target (a `nodeMajor` option, the running Node). */
export declare function exactNode(major: number): NodeTarget;
