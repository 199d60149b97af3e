import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isCandidate, lintBytes, sortFindings } from '../engine.js';
import { discover, isExcluded, languageByHead, languageByName } from '../discover.js';
import { parseLimitReason } from '../python/parse-limit.js';
import { SourceText } from '../source.js';
/** Paths (or stdin) -> lint targets, plus per-path problems such as a missing file. */
export async function targets(input, settings) {
    if (input.stdinFilename !== undefined) {
        const abs = path.resolve(input.stdinFilename);
        const stdin = await readStdin();
        // The name decides, else the shebang of what came in: the file on disk may not exist, or
        // may be something else (a FIFO) that must not be opened.
        const language = languageByName(abs) ?? languageByHead(stdin.subarray(0, 128).toString('latin1')) ?? 'python';
        // An excluded name is not linted (pre-commit and editors pass every file); `fix` echoes it.
        if (input.forceExclude && isExcluded(abs, settings.excludes()))
            return { targets: [], results: [], passthrough: stdin };
        return { targets: [{ path: input.stdinFilename, abs, language, stdin }], results: [] };
    }
    const found = discover(input.paths, { exclude: settings.excludes(), forceExclude: input.forceExclude });
    const results = found.diagnostics.map((d) => ({ path: d.path, language: 'python', findings: [], diagnostics: [d], parsed: false }));
    return { targets: found.files, results };
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
const READ_ERRORS = {
    ENOENT: 'file vanished before it could be read',
    EACCES: 'cannot read: permission denied',
    EPERM: 'cannot read: operation not permitted',
    ELOOP: 'cannot read: too many levels of symbolic links',
    EISDIR: 'is a directory; skipped',
    EIO: 'cannot read: input/output error',
    ERR_FS_FILE_TOO_LARGE: 'file too large to read (over 2 GiB); skipped',
};
/**
 * Bytes of one target, or the one-line reason it cannot be linted. It never blocks: a FIFO or
 * device is refused by stat before any open, and the open is non-blocking in case the path
 * was swapped in between (fstat then refuses it). Python text that would break the
 * parser (see parseLimitReason) is refused here too: check (main thread or worker) and fix
 * both read through this function, so the refusal is one E902 line wherever it happens.
 */
export function readTarget(t) {
    if (t.stdin)
        return parsable(t, t.stdin);
    let fd;
    try {
        const st = fs.statSync(t.abs);
        if (st.isDirectory())
            return { error: 'is a directory; skipped' };
        if (!st.isFile())
            return { error: 'not a regular file (FIFO, socket or device); skipped' };
        fd = fs.openSync(t.abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
        if (!fs.fstatSync(fd).isFile())
            return { error: 'not a regular file (FIFO, socket or device); skipped' };
        return parsable(t, fs.readFileSync(fd));
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
function parsable(t, bytes) {
    if (t.language !== 'python' || !isCandidate(t.abs, bytes, 'python') || bytes.includes(0))
        return bytes;
    const reason = parseLimitReason(bytes);
    return reason ? { error: reason } : bytes;
}
/**
 * The prefilter pass's reader: a regular file's bytes in a buffer that is reused, so scanning a
 * large tree allocates (and collects) almost nothing; valid until the next read. Null for
 * anything unusual (stdin, an error, not a regular file): readTarget then decides, so its
 * policy and messages stay the only ones.
 */
class Reader {
    buf = Buffer.allocUnsafe(1 << 20);
    read(t) {
        if (t.stdin)
            return null;
        let fd;
        try {
            if (!fs.statSync(t.abs).isFile())
                return null;
            fd = fs.openSync(t.abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
            const st = fs.fstatSync(fd);
            if (!st.isFile())
                return null;
            if (st.size >= this.buf.length)
                this.buf = Buffer.allocUnsafe(Math.max(st.size + 1, this.buf.length * 2));
            let n = 0;
            for (;;) {
                const got = fs.readSync(fd, this.buf, n, this.buf.length - n, null);
                if (got === 0)
                    return this.buf.subarray(0, n);
                n += got;
                if (n === this.buf.length) {
                    // The file grew since fstat.
                    const bigger = Buffer.allocUnsafe(this.buf.length * 2);
                    this.buf.copy(bigger, 0, 0, n);
                    this.buf = bigger;
                }
            }
        }
        catch {
            return null;
        }
        finally {
            if (fd !== undefined)
                fs.closeSync(fd);
        }
    }
}
function failed(t, message) {
    return { path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: 'E902', message }], parsed: false };
}
/** popenlint's own failure on one file: reported apart from findings (exit 2), never a crash. */
export function crashed(t, e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false, errors: [{ path: t.path, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }] };
}
/**
 * One file, on whichever thread: a read error becomes an E902 diagnostic, an internal error
 * the file's `errors` (with its stack, which the main thread prints under --debug); never a crash. The decoded text is kept only for files with findings (reporters show their
 * lines); a run over a large tree does not hold every parsed file in memory.
 */
export async function lintOne(t, engine, bytes = readTarget(t)) {
    if (!Buffer.isBuffer(bytes))
        return failed(t, bytes.error);
    let result;
    try {
        result = await lintBytes(t.path, bytes, t.language, engine);
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
/**
 * Workers start once the candidates (files past the prefilter) add up to this many bytes, or
 * this many files: below that, starting a worker (about 0.1 s: a thread, the engine and the
 * parser to load) costs more than it saves. Parsing costs roughly 1 ms per KB.
 */
export const PARALLEL_MIN_BYTES = 384 * 1024;
export const PARALLEL_MIN_CANDIDATES = 12;
// Trees live in native memory that V8 does not see; a small young generation makes the
// worker collect their wrappers (and free them) sooner, which keeps peak RSS down.
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };
/** Tasks queued per worker, so that none idles while the main thread reads. */
const IN_FLIGHT = 2;
/** The bar appears only for runs longer than this. */
const PROGRESS_DELAY_MS = 1000;
export function defaultJobs() {
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
/**
 * Lints every target and returns one result per target, in the order given; each result's
 * findings are sorted by position. Files are read and prefiltered on the main thread; once
 * enough work survives the prefilter (see PARALLEL_MIN_BYTES) and jobs > 1, the candidates go
 * to worker threads by path. The output is the same whatever the number of jobs.
 */
export async function lintTargets(list, settings, options = {}) {
    // --jobs 0 (or nonsense) means the default, as with no flag.
    const jobs = options.jobs !== undefined && options.jobs >= 1 ? Math.floor(options.jobs) : defaultJobs();
    const out = new Array(list.length);
    const progress = new Progress(list.length, options.progress ?? (!!process.stderr.isTTY && !process.env.CI));
    const waiting = [];
    let waitingBytes = 0;
    let pool = null;
    const finish = (index, r) => {
        out[index] = r;
        progress.tick();
    };
    try {
        const reader = new Reader();
        let lastYield = Date.now();
        for (let i = 0; i < list.length; i++) {
            // Let worker results, the progress timer and signals in now and then.
            if (Date.now() - lastYield > 25) {
                await new Promise((resolve) => setImmediate(resolve));
                lastYield = Date.now();
            }
            const t = list[i];
            const engine = settings.forFile(t.abs).engine;
            const fast = reader.read(t);
            if (fast && !isCandidate(t.abs, fast, t.language)) {
                // What lintBytes returns for a file the prefilter rules out.
                finish(i, { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false });
                continue;
            }
            // A candidate, or a file readTarget has to judge: read it the canonical way.
            const bytes = pool && !t.stdin ? null : readTarget(t);
            if (bytes && (!Buffer.isBuffer(bytes) || !isCandidate(t.abs, bytes, t.language) || t.stdin)) {
                finish(i, await lintOne(t, engine, bytes));
            }
            else if (pool) {
                pool.submit(i, { path: t.path, abs: t.abs, language: t.language, engine });
            }
            else if (bytes) {
                waiting.push({ index: i, t, engine, bytes });
                waitingBytes += bytes.length;
                if (jobs > 1 && (waiting.length >= PARALLEL_MIN_CANDIDATES || waitingBytes >= PARALLEL_MIN_BYTES)) {
                    // jobs - 1 workers: the main thread is the last one once it has read everything,
                    // which saves a thread's heap and parser (peak RSS) at the same speed.
                    pool = await startPool(jobs - 1, finish, list);
                    for (const w of waiting.splice(0))
                        pool.submit(w.index, { path: w.t.path, abs: w.t.abs, language: w.t.language, engine: w.engine });
                }
            }
        }
        for (const w of waiting)
            finish(w.index, await lintOne(w.t, w.engine, w.bytes));
        // Done reading: the main thread takes its share of the parsing instead of idling.
        if (pool)
            await pool.help();
        if (pool)
            await pool.drain();
    }
    finally {
        await pool?.close();
        progress.stop();
    }
    return out;
}
function fromWire(w) {
    const r = { path: w.path, language: w.language, findings: w.findings, diagnostics: w.diagnostics, parsed: w.parsed };
    if (w.errors)
        r.errors = w.errors;
    if (w.decoded) {
        r.decoded = w.decoded;
        r.source = new SourceText(w.decoded.text);
    }
    return r;
}
async function startPool(size, finish, list) {
    const { Worker } = await import('node:worker_threads');
    const url = new URL('./worker.js', import.meta.url);
    const slots = [];
    const queue = [];
    let pending = 0;
    let onIdle = null;
    let fallback = Promise.resolve();
    const settle = (index, r) => {
        finish(index, r);
        pending--;
        if (pending === 0 && onIdle)
            onIdle();
    };
    const pump = () => {
        for (;;) {
            const live = slots.filter((s) => s.alive);
            if (queue.length === 0)
                return;
            if (live.length === 0) {
                // Every worker died: the main thread lints what is left, one file at a time.
                for (const { index, task } of queue.splice(0)) {
                    const t = list[index];
                    fallback = fallback.then(async () => settle(index, await lintOne(t, task.engine)));
                }
                return;
            }
            const slot = live.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
            if (slot.inFlight.size >= IN_FLIGHT)
                return;
            const { index, task } = queue.shift();
            slot.inFlight.set(index, task);
            slot.worker.postMessage({ index, task });
        }
    };
    for (let n = 0; n < size; n++) {
        const slot = { worker: new Worker(url, WORKER_OPTIONS), inFlight: new Map(), alive: true };
        slot.worker.on('message', (m) => {
            slot.inFlight.delete(m.index);
            settle(m.index, fromWire(m.result));
            pump();
        });
        const lost = () => {
            if (!slot.alive)
                return;
            slot.alive = false;
            for (const [index, task] of slot.inFlight)
                queue.unshift({ index, task });
            slot.inFlight.clear();
            pump();
        };
        slot.worker.on('error', lost);
        slot.worker.on('exit', lost);
        slots.push(slot);
    }
    return {
        submit(index, task) {
            pending++;
            queue.push({ index, task });
            pump();
        },
        async help() {
            while (queue.length > 0) {
                const { index, task } = queue.shift();
                settle(index, await lintOne(list[index], task.engine));
            }
        },
        drain: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => { onIdle = resolve; })).then(() => fallback),
        async close() {
            for (const s of slots)
                s.alive = false;
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}
/** A progress bar on stderr, shown only once the run has lasted PROGRESS_DELAY_MS. */
class Progress {
    total;
    done = 0;
    bar = null;
    timer = null;
    stopped = false;
    constructor(total, enabled) {
        this.total = total;
        if (!enabled || total === 0)
            return;
        this.timer = setTimeout(() => void this.show(), PROGRESS_DELAY_MS);
        this.timer.unref();
    }
    async show() {
        // Loaded only when a run is slow enough to need it: start-up never pays for it.
        const { default: progress } = await import('cli-progress');
        if (this.stopped)
            return;
        const bar = new progress.SingleBar({ format: 'popenlint {bar} {percentage}% | {value}/{total} files | {duration_formatted}', clearOnComplete: true, hideCursor: true, stream: process.stderr }, progress.Presets.shades_classic);
        bar.start(this.total, this.done);
        this.bar = bar;
    }
    tick() {
        this.done++;
        this.bar?.update(this.done);
    }
    stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.bar?.stop();
    }
}
