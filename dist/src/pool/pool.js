import { lintTarget } from '../read.js';
import { textSummariesSince } from '../python/wrapper-prefilter.js';
import { SourceText } from '../source.js';
// Trees live in native memory that V8 does not see; a small young generation makes the
// worker collect their wrappers (and free them) sooner, which keeps peak RSS down.
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };
/** Tasks queued per worker, so that none idles while the main thread reads. */
const IN_FLIGHT = 2;
/** The main thread, as the owner of modules it summarised while it helped. */
const MAIN = 'main';
/** A worker's answer, with the SourceText (reporters read lines from it) rebuilt from the decoded text. */
function fromWire(w) {
    const r = { path: w.path, language: w.language, findings: w.findings, diagnostics: w.diagnostics, parsed: w.parsed };
    if (w.errors)
        r.errors = w.errors;
    if (w.hidden)
        r.hidden = w.hidden;
    if (w.decoded) {
        r.decoded = w.decoded;
        r.source = new SourceText(w.decoded.text);
    }
    return r;
}
/** Counts tasks in flight and wakes drain() when the last one is settled. */
class Ledger {
    finish;
    pending = 0;
    onIdle = null;
    constructor(finish) {
        this.finish = finish;
    }
    open() {
        this.pending++;
    }
    settle(index, r) {
        this.finish(index, r);
        this.pending--;
        if (this.pending === 0 && this.onIdle)
            this.onIdle();
    }
    idle() {
        return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => { this.onIdle = resolve; });
    }
}
/** Hands queued tasks to the least busy live worker; when every worker is gone, the main thread lints them. */
class Dispatcher {
    slots;
    ledger;
    list;
    size;
    spawn;
    modulesOf;
    queue = [];
    /** The main thread's chain of files it took over from dead workers. */
    fallback = Promise.resolve();
    /** Workers started so far; at most `size`, so that a run with few candidates starts few. */
    started = 0;
    /** Parses the workers reported. */
    parses = 0;
    /** Which thread summarised (claimed) a module first; the main thread's only while it helps. */
    owners = new Map();
    /** The main thread is linting queued tasks (Pool.help). */
    helping = false;
    constructor(slots, ledger, list, size, spawn, modulesOf) {
        this.slots = slots;
        this.ledger = ledger;
        this.list = list;
        this.size = size;
        this.spawn = spawn;
        this.modulesOf = modulesOf;
    }
    owner(module) {
        const o = this.owners.get(module);
        return o === MAIN ? (this.helping ? o : undefined) : o?.alive ? o : undefined;
    }
    /**
     * A task is for the thread that owns one of its modules; one whose modules no live thread
     * owns is anyone's. (Owned by two threads: either.)
     */
    eligible(q, thread) {
        let owned = false;
        for (const m of this.modulesOf(q.index)) {
            const o = this.owner(m);
            if (o === undefined)
                continue;
            if (o === thread)
                return true;
            owned = true;
        }
        return !owned;
    }
    /** The first queued task for `thread` (null: a worker not started yet), or -1. */
    next(thread) {
        return this.queue.findIndex((q) => this.eligible(q, thread));
    }
    /** Takes the k-th queued task for `thread`, which claims its modules that no live thread owns. */
    take(k, thread) {
        const [q] = this.queue.splice(k, 1);
        for (const m of this.modulesOf(q.index))
            if (this.owner(m) === undefined)
                this.owners.set(m, thread);
        return q;
    }
    pump() {
        for (;;) {
            if (this.queue.length === 0)
                return;
            const live = this.slots.filter((s) => s.alive);
            if (live.length === 0 && this.started > 0)
                return this.takeOver();
            // The least busy worker with room and a task for it.
            let slot = null;
            let k = -1;
            for (const s of [...live].sort((a, b) => a.inFlight.size - b.inFlight.size)) {
                if (s.inFlight.size >= IN_FLIGHT)
                    break;
                k = this.next(s);
                if (k >= 0) {
                    slot = s;
                    break;
                }
            }
            if (!slot && this.started < this.size && (k = this.next(null)) >= 0) {
                // Every worker is busy (or has no task of its own) and work is waiting: one more (a thread, the engine and the parser).
                this.started++;
                slot = this.spawn();
                this.slots.push(slot);
            }
            if (!slot)
                return;
            const { index, task } = this.take(k, slot);
            slot.inFlight.set(index, task);
            // With the file, what the prefilter learnt of the project's modules since the last one.
            const { summaries, next } = textSummariesSince(slot.summariesSent);
            slot.summariesSent = next;
            slot.worker.postMessage({ index, task, summaries });
        }
    }
    /** Every worker died: the main thread lints what is left, one file at a time. */
    takeOver() {
        for (const { index, task } of this.queue.splice(0)) {
            const t = this.list[index];
            this.fallback = this.fallback.then(async () => this.ledger.settle(index, await lintTarget(t, task.engine, undefined, task.prefiltered)));
        }
    }
    /** A worker that errored or exited gives its tasks back to the queue. */
    lost(slot) {
        if (!slot.alive)
            return;
        slot.alive = false;
        for (const [index, task] of slot.inFlight)
            this.queue.unshift({ index, task });
        slot.inFlight.clear();
        this.pump();
    }
}
function spawnSlot(Worker, url, ledger, dispatcher) {
    const slot = { worker: new Worker(url, WORKER_OPTIONS), inFlight: new Map(), alive: true, summariesSent: 0 };
    slot.worker.on('message', (m) => {
        slot.inFlight.delete(m.index);
        dispatcher.parses += m.parses;
        ledger.settle(m.index, fromWire(m.result));
        dispatcher.pump();
    });
    slot.worker.on('error', () => dispatcher.lost(slot));
    slot.worker.on('exit', () => dispatcher.lost(slot));
    return slot;
}
/**
 * Starts `size` workers; `list` holds the targets that task indexes refer to. `modulesOf` names
 * the modules whose summaries linting a task may parse: a task goes to the thread that already
 * claimed them, so that a module is summarised (parsed) in one thread only.
 */
export async function startPool(size, finish, list, modulesOf = () => []) {
    // A built-in, not import(): the CLI's bundle is compiled by vm.Script (code-cache.ts), which has no dynamic import.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const url = new URL('./worker.js', import.meta.url);
    const ledger = new Ledger(finish);
    const slots = [];
    // Workers start as the queue needs them (Dispatcher.pump), up to `size`.
    const dispatcher = new Dispatcher(slots, ledger, list, size, () => spawnSlot(Worker, url, ledger, dispatcher), modulesOf);
    return {
        submit(index, task) {
            ledger.open();
            dispatcher.queue.push({ index, task });
            dispatcher.pump();
        },
        async help() {
            dispatcher.helping = true;
            try {
                for (let k = dispatcher.next(MAIN); k >= 0; k = dispatcher.next(MAIN)) {
                    const { index, task } = dispatcher.take(k, MAIN);
                    ledger.settle(index, await lintTarget(list[index], task.engine, undefined, task.prefiltered));
                    // Let worker replies in between files.
                    await new Promise((resolve) => setImmediate(resolve));
                }
            }
            finally {
                // What the main thread claimed is the workers' now (see Dispatcher.eligible).
                dispatcher.helping = false;
                dispatcher.pump();
            }
        },
        drain: () => ledger.idle().then(() => dispatcher.fallback),
        get started() {
            return dispatcher.started;
        },
        get parses() {
            return dispatcher.parses;
        },
        async close() {
            for (const s of slots)
                s.alive = false;
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}
