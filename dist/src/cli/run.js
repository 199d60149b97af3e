import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discover, isExcluded, languageByHead, languageByName } from '../discover.js';
import { isCandidate, needlesFor, preferQuickParserStart } from '../engine.js';
import { lintTarget, Reader, readTarget } from '../read.js';
import { startPool } from '../pool/pool.js';
import { Progress } from './progress.js';
import { mentionsCandidate } from '../prefilter.js';
import { vendoredReason } from '../vendored.js';
import { cacheFolderListings, seedFolderListing } from '../folder-listing.js';
import { importsProjectWrapper, OPENER_WORDS, useWithoutWrapper } from '../python/wrapper-prefilter.js';
import { WrapperReach } from '../python/wrapper-reach.js';
import { keepLintTrees } from '../python/wrappers.js';
import { parseCounts } from '../python/parse-counts.js';
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
    // Each folder's listing is kept for import resolution (see cacheFolderListings), read once.
    const found = discover(input.paths, { exclude: settings.excludes(), forceExclude: input.forceExclude, onListing: seedFolderListing });
    const results = found.diagnostics.map((d) => ({ path: d.path, language: 'python', findings: [], diagnostics: [d], parsed: false }));
    const named = namedFolders(input.paths);
    return { targets: named.length ? found.files.map((f) => withNamedFolder(f, named)) : found.files, results };
}
/** The folders among the paths named (absolute), outermost first; a file named is no project. */
function namedFolders(paths) {
    const out = new Set();
    for (const given of paths) {
        const abs = path.resolve(given);
        try {
            if (fs.statSync(abs).isDirectory())
                out.add(abs);
        }
        catch {
            // Missing: discovery says so.
        }
    }
    return [...out].sort((a, b) => a.length - b.length);
}
// The outermost folder named that holds the file: a user who names a folder means the project.
function withNamedFolder(t, named) {
    const folder = named.find((d) => t.abs.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
    return folder ? { ...t, namedFolder: folder } : t;
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Workers start once the candidates (files past the prefilter) add up to this many bytes, or
 * this many files: below that, starting a worker (about 0.1 s: a thread, the engine and the
 * parser to load) costs more than it saves. Parsing costs roughly 1 ms per KB.
 */
export const PARALLEL_MIN_BYTES = 384 * 1024;
export const PARALLEL_MIN_CANDIDATES = 12;
/** From this many files, folder listings answer the stat calls of import resolution (see cacheFolderListings). */
export const LISTINGS_MIN_FILES = 64;
/** Below this much Python to parse, the parser's WebAssembly is not optimized (see preferQuickParserStart). */
const QUICK_START_MAX_BYTES = 2 * 1024 * 1024;
/**
 * Threads worth starting: the cores that are idle, as the load average counts them (like
 * `make -l`). A worker on a core that other work keeps busy only adds its start-up (a thread,
 * the engine, the parser) and competes with the main thread: on a 2-core machine at load 12,
 * a run over a Python install took 6.7 s with a worker and 4.3 s without.
 */
export function defaultJobs(cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length, load = os.loadavg()[0] ?? 0) {
    const idle = Math.round(cores - load);
    return Math.max(1, Math.min(cores, idle));
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
    const progress = new Progress(list.length, { enabled: options.progress });
    const waiting = [];
    let waitingBytes = 0;
    let pool = null;
    const finish = (index, r) => {
        out[index] = r;
        progress.tick();
        options.onResult?.(index, r);
    };
    const parses0 = parseCounts.parses;
    const wrappers = await projectWrappers(list, settings);
    // Resolving the imports of many files (project wrappers, star imports) reads each folder once.
    // Not for a few files: a stat is cheaper than listing a large folder above them (/tmp).
    const many = list.length >= LISTINGS_MIN_FILES;
    cacheFolderListings(many);
    // Over many files, the project-wrapper check waits until every file has been read: then the
    // modules that can have a wrapper are known (wrapper-reach.ts), and only a file that imports
    // one is read again and checked.
    const reach = many ? new WrapperReach() : null;
    const deferred = [];
    const reader = new Reader();
    // A candidate (its bytes: a copy, the reader reuses them), to a worker or to the main thread's list.
    const take = async (i, t, engine, fast) => {
        const prefiltered = fast !== null;
        const bytes = pool && !t.stdin ? null : fast ? Buffer.from(fast) : readTarget(t);
        if (bytes && (!Buffer.isBuffer(bytes) || (!prefiltered && !isCandidate(bytes, t.language, engine, t.abs)) || t.stdin)) {
            finish(i, await lintTarget(t, engine, bytes));
        }
        else if (pool) {
            pool.submit(i, { path: t.path, abs: t.abs, language: t.language, engine, prefiltered });
        }
        else if (bytes) {
            waiting.push({ index: i, t, engine, bytes });
            waitingBytes += bytes.length;
            // One candidate, however large, is the main thread's: a worker would only add its start-up.
            if (jobs > 1 && waiting.length >= 2 && (waiting.length >= PARALLEL_MIN_CANDIDATES || waitingBytes >= PARALLEL_MIN_BYTES)) {
                // jobs - 1 workers: the main thread is the last one once it has read everything,
                // which saves a thread's heap and parser (peak RSS) at the same speed.
                // A file goes to the thread that summarised the modules it imports (reach: over many files).
                pool = await startPool(jobs - 1, finish, list, (index) => (reach && list[index].language === 'python' ? reach.summarisedWith(list[index].abs) : []));
                for (const w of waiting.splice(0))
                    pool.submit(w.index, { path: w.t.path, abs: w.t.abs, language: w.t.language, engine: w.engine, prefiltered: true });
            }
        }
    };
    // One object per settings' engine and folder named, not per file: most files of a tree share
    // one, and the prefilter's needles are cached by its rule set. (engineFor made a copy per file
    // for the folder named, which missed this cache on every file of a folder given by name.)
    const engines = new WeakMap();
    const engineOf = (t) => {
        const settingsEngine = settings.forFile(t.abs).engine;
        let byNamed = engines.get(settingsEngine);
        if (!byNamed)
            engines.set(settingsEngine, (byNamed = new Map()));
        const named = t.namedFolder ?? '';
        let engine = byNamed.get(named);
        if (!engine) {
            const base = t.namedFolder ? { ...settingsEngine, namedFolder: t.namedFolder } : settingsEngine;
            const withWrappers = wrappers ? { ...base, wrappers } : base;
            engine = options.fixEdits === false ? { ...withWrappers, fixEdits: false } : withWrappers;
            byNamed.set(named, engine);
        }
        return engine;
    };
    // What lintBytes returns for a file the prefilter rules out.
    const skipped = (i, t) => finish(i, { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false });
    try {
        let lastYield = Date.now();
        for (let i = 0; i < list.length; i++) {
            // Let worker results, the progress timer and signals in now and then.
            if (Date.now() - lastYield > 25) {
                await new Promise((resolve) => setImmediate(resolve));
                lastYield = Date.now();
            }
            const t = list[i];
            const engine = engineOf(t);
            const fast = reader.read(t);
            if (fast && reach && t.language === 'python') {
                // Its words first; the wrapper check once every file is read (below). The note after
                // the words: a file their gate ruled out names no opener, with no search of its own.
                const candidate = isCandidate(fast, t.language, engine);
                reach.note(t.abs, fast, needlesFor(t.language, engine.enabled).ruledOut(fast, OPENER_WORDS));
                if (!candidate) {
                    deferred.push(i);
                    continue;
                }
            }
            else if (fast && !isCandidate(fast, t.language, engine, t.abs)) {
                skipped(i, t);
                continue;
            }
            // A candidate, or a file readTarget has to judge (read it the canonical way). A candidate
            // is not prefiltered again (the lexer and the wrapper imports cost a pass each), nor read
            // again: the bytes just read are a regular file's, to its end.
            await take(i, t, engine, fast);
        }
        if (reach) {
            reach.settle((file) => reader.read({ path: file, abs: file, language: 'python' }));
            useWithoutWrapper((file) => reach.hasNoWrapper(file));
            for (const index of deferred) {
                const t = list[index];
                const fast = reach.mayImportWrapper(t.abs) ? reader.read(t) : null;
                if (fast && importsProjectWrapper(t.abs, fast))
                    await take(index, t, engineOf(t), fast);
                else
                    skipped(index, t);
            }
            // The main thread lints its candidates in the order of the files, as a single pass would.
            waiting.sort((a, b) => a.index - b.index);
            // A candidate that one linted after it imports keeps its tree for that one's wrapper summary.
            const later = new Set();
            const keep = new Set();
            for (let k = waiting.length - 1; k >= 0; k--) {
                const abs = waiting[k].t.abs;
                if (later.has(abs))
                    keep.add(abs);
                for (const target of reach.importTargets(abs))
                    later.add(target);
            }
            if (keep.size)
                keepLintTrees((file) => keep.has(file));
        }
        // No pool: little to parse (or --jobs 1 on a small run).
        if (!pool && waitingBytes < QUICK_START_MAX_BYTES)
            preferQuickParserStart();
        // Each candidate's bytes go once it is linted: the last parses are the run's peak of memory.
        for (let w = waiting.shift(); w; w = waiting.shift())
            finish(w.index, await lintTarget(w.t, w.engine, w.bytes, true));
        // Done reading: the main thread takes its share of the parsing instead of idling.
        if (pool)
            await pool.help();
        if (pool)
            await pool.drain();
    }
    finally {
        useWithoutWrapper(null);
        keepLintTrees(null);
        if (options.stats) {
            options.stats.workers = pool?.started ?? 0;
            options.stats.parses = parseCounts.parses - parses0 + (pool?.parses ?? 0);
        }
        await pool?.close();
        cacheFolderListings(false);
        progress.stop();
    }
    return out;
}
/** A target's engine options: its settings', with the folder named that holds it. */
export function engineFor(settings, t) {
    const engine = settings.forFile(t.abs).engine;
    return t.namedFolder ? { ...engine, namedFolder: t.namedFolder } : engine;
}
/**
 * The project's exported functions that return a spawned child with an unread pipe (issue 13,
 * shape 9): found in the JS/TS files that name child_process and export something, so that their
 * callers in other modules can be checked. null for a run over one JS/TS file: the engine then
 * reads the modules that file imports itself (typescript/wrappers.ts, nearbyWrappers).
 */
async function projectWrappers(list, settings) {
    const js = list.filter((t) => t.language === 'javascript' && !t.stdin);
    if (js.length < 2)
        return null;
    const files = [];
    for (const t of js) {
        const bytes = readTarget(t);
        const engine = settings.forFile(t.abs).engine;
        if (!Buffer.isBuffer(bytes) || !mentionsCandidate(bytes, needlesFor('javascript', engine.enabled)) || bytes.includes(0) || vendoredReason(t.abs, bytes, engine.vendored))
            continue;
        files.push({ abs: t.abs, display: t.path, text: bytes.toString('utf8') });
    }
    // An empty index still says "the project was indexed": files are not looked at one by one.
    if (!files.length)
        return {};
    const { buildWrapperIndex } = await import('../typescript/wrappers.js');
    return buildWrapperIndex(files);
}
