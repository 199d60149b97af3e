import fs from 'node:fs';
import path from 'node:path';

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

const KiB = 1024;

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
export const NODE_FACTS: readonly NodeFacts[] = [
  { since: 0, blocksAfter: null, execMaxBuffer: 200 * KiB },
  // Node 12 raised exec's default maxBuffer to 1 MiB.
  { since: 12, blocksAfter: null, execMaxBuffer: 1024 * KiB },
  { since: 20, blocksAfter: [20 * KiB, 243 * KiB], execMaxBuffer: 1024 * KiB },
  { since: 22, blocksAfter: null, execMaxBuffer: 1024 * KiB },
];

export function nodeFacts(major: number): NodeFacts {
  let found = NODE_FACTS[0]!;
  for (const row of NODE_FACTS) if (row.since <= major) found = row;
  return found;
}

/** How much unread output blocks the child on `major`, for messages. */
export function blockWindow(major: number): string {
  const window = nodeFacts(major).blocksAfter;
  if (!window) return 'once the pipe (64 KiB) and Node\'s read-ahead buffer are full';
  return `once about ${Math.round(window[0] / KiB)}–${Math.round(window[1] / KiB)} KiB are waiting`;
}

export function formatBytes(n: number): string {
  return n >= 1024 * KiB ? `${n / (1024 * KiB)} MiB` : `${Math.round(n / KiB)} KiB`;
}

/**
 * The lowest Node major a package.json `engines.node` range admits: `>=20.19` -> 20,
 * `^18 || >=20` -> 18, `16.x` -> 16, `>14` -> 15. null for `*`, `<16` alone or garbage. The
 * lowest is where a finding must hold ("report what breaks on any version in the target").
 */
export function lowestMajor(range: string): number | null {
  let lowest: number | null = null;
  for (const alt of range.split('||')) {
    const m = /^\s*(>=|>|\^|~|=)?\s*v?(\d+)(\.\d+)?/.exec(alt);
    if (!m) continue;
    const major = Number(m[2]) + (m[1] === '>' && m[3] === undefined ? 1 : 0);
    if (lowest === null || major < lowest) lowest = major;
  }
  return lowest;
}

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

export function parseNodeRange(range: string): NodeTarget | null {
  let low: { major: number; label: string } | null = null;
  let highest: number | null = -1;
  for (const alt of range.split('||')) {
    // `20 - 22` is `>=20 <=22`.
    const parts = alt.trim().replace(/^(\S+)\s+-\s+(\S+)$/, '>=$1 <=$2').replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    let altLow: { major: number; label: string } | null = null;
    let altHigh: number | null = null;
    let seen = false;
    for (const part of parts) {
      const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(part);
      if (!m) continue;
      seen = true;
      const op = m[1] ?? '';
      const major = Number(m[2]);
      const minor = m[3] !== undefined && /^\d+$/.test(m[3]) ? m[3] : undefined;
      if (op === '<' || op === '<=') {
        const top = op === '<' && (minor === undefined || minor === '0') && (m[4] === undefined || m[4] === '0') ? major - 1 : major;
        altHigh = altHigh === null ? top : Math.min(altHigh, top);
        continue;
      }
      const bumped = op === '>' && minor === undefined;
      const lowMajor = major + (bumped ? 1 : 0);
      // Before Node 4 the minor named the release (0.8, 0.10, 0.12); since then the major does.
      altLow = { major: lowMajor, label: !bumped && major === 0 && minor !== undefined ? `0.${minor}` : String(lowMajor) };
      // `^0.8` admits 0.x only, `^18` and `~18` and `18.x` and `18` admit 18 only.
      if (op === '' || op === '=' || op === '^' || op === '~') altHigh = altHigh === null ? major : Math.min(altHigh, major);
    }
    if (!seen || altLow === null) continue;
    const lowHere = altLow;
    if (low === null || lowHere.major < low.major || (lowHere.major === low.major && Number(lowHere.label.split('.')[1] ?? 0) < Number(low.label.split('.')[1] ?? 0))) low = lowHere;
    if (altHigh === null) highest = null;
    else if (highest !== null) highest = Math.max(highest, altHigh);
  }
  if (low === null) return null;
  return { major: low.major, label: low.label, highest: highest === -1 ? null : highest };
}

/** Node's default maxBuffer on the target, naming where it changes inside the range. */
export function defaultMaxBuffer(target: NodeTarget): { bytes: number; text: string } {
  const bytes = nodeFacts(target.major).execMaxBuffer;
  const change = NODE_FACTS.find((row) => row.since > target.major && row.execMaxBuffer !== bytes && (target.highest === null || row.since <= target.highest));
  const text = change
    ? `${formatBytes(bytes)} by default on Node ${target.label} to ${change.since - 1} (${formatBytes(change.execMaxBuffer)} from Node ${change.since})`
    : `${formatBytes(bytes)} by default on Node ${target.label}`;
  return { bytes, text };
}

/** The running Node's major: the target when no package.json says otherwise. */
export function runningMajor(): number {
  return Number(process.versions.node.split('.')[0]);
}

const cache = new Map<string, NodeTarget | null>();

/** Forgets the package.json files' engines read so far (path-caches.ts). */
export function forgetEnginesTargets(): void {
  cache.clear();
}

/**
 * `engines.node` of the nearest package.json above `file` that has one (lowest admitted major),
 * else null. Unreadable or invalid package.json files are skipped: the target is a hint for
 * messages and thresholds, not a reason to stop.
 */
export function enginesNodeMajor(file: string): number | null {
  return enginesNodeTarget(file)?.major ?? null;
}

/** The whole `engines.node` range of the nearest package.json above `file` that has one. */
export function enginesNodeTarget(file: string): NodeTarget | null {
  return lookup(path.dirname(path.resolve(file)));
}

function lookup(dir: string): NodeTarget | null {
  const hit = cache.get(dir);
  if (hit !== undefined) return hit;
  let found: NodeTarget | null = null;
  const pkg = path.join(dir, 'package.json');
  let text: string | null = null;
  try {
    text = fs.readFileSync(pkg, 'utf8');
  } catch {
    text = null;
  }
  let decided = false;
  if (text !== null) {
    try {
      const engines = (JSON.parse(text) as { engines?: { node?: unknown } }).engines;
      if (typeof engines?.node === 'string') {
        found = parseNodeRange(engines.node);
        decided = found !== null;
      }
    } catch {
      // Not JSON: look further up.
    }
  }
  if (!decided) {
    const parent = path.dirname(dir);
    found = parent === dir ? null : lookup(parent);
  }
  cache.set(dir, found);
  return found;
}

/** The Node major a JS/TS file targets: `engines.node`, else the running Node. */
export function nodeTarget(file: string): number {
  return enginesNodeMajor(file) ?? runningMajor();
}

/** The Node versions a JS/TS file targets: `engines.node`, else the running Node alone. */
export function nodeRangeTarget(file: string): NodeTarget {
  return enginesNodeTarget(file) ?? exactNode(runningMajor());
}

/** One Node major as a target (a `nodeMajor` option, the running Node). */
export function exactNode(major: number): NodeTarget {
  return { major, label: String(major), highest: major };
}
