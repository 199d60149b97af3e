import { lintTarget } from '../read.js';
import { textSummariesSince } from '../python/wrapper-prefilter.js';
import { SourceText } from '../source.js';
// Trees live in native memory that V8 does not see; a small young generation makes the
// worker collect their wrappers (and free them) sooner, which keeps peak RSS down.
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };
/** Tasks queued per worker, so that none idles while the main thread reads. */
const IN_FLIGHT = 2;
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
    queue = [];
    /** The main thread's chain of files it took over from dead workers. */
    fallback = Promise.resolve();
    /** Workers started so far; at most `size`, so that a run with few candidates starts few. */
    started = 0;
    constructor(slots, ledger, list, size, spawn) {
        this.slots = slots;
        this.ledger = ledger;
        this.list = list;
        this.size = size;
        this.spawn = spawn;
    }
    pump() {
        for (;;) {
            if (this.queue.length === 0)
                return;
            let live = this.slots.filter((s) => s.alive);
            if (live.length === 0 && this.started > 0)
                return this.takeOver();
            let slot = live.length ? live.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a)) : null;
            if ((!slot || slot.inFlight.size >= IN_FLIGHT) && this.started < this.size) {
                // Every worker is busy and work is waiting: one more (a thread, the engine and the parser).
                this.started++;
                this.slots.push(this.spawn());
                live = this.slots.filter((s) => s.alive);
                slot = live[live.length - 1];
            }
            if (!slot || slot.inFlight.size >= IN_FLIGHT)
                return;
            const { index, task } = this.queue.shift();
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
        ledger.settle(m.index, fromWire(m.result));
        dispatcher.pump();
    });
    slot.worker.on('error', () => dispatcher.lost(slot));
    slot.worker.on('exit', () => dispatcher.lost(slot));
    return slot;
}
/** Starts `size` workers; `list` holds the targets that task indexes refer to. */
export async function startPool(size, finish, list) {
    // A built-in, not import(): the CLI's bundle is compiled by vm.Script (code-cache.ts), which has no dynamic import.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const url = new URL('./worker.js', import.meta.url);
    const ledger = new Ledger(finish);
    const slots = [];
    // Workers start as the queue needs them (Dispatcher.pump), up to `size`.
    const dispatcher = new Dispatcher(slots, ledger, list, size, () => spawnSlot(Worker, url, ledger, dispatcher));
    return {
        submit(index, task) {
            ledger.open();
            dispatcher.queue.push({ index, task });
            dispatcher.pump();
        },
        async help() {
            while (dispatcher.queue.length > 0) {
                const { index, task } = dispatcher.queue.shift();
                ledger.settle(index, await lintTarget(list[index], task.engine, undefined, task.prefiltered));
                // Let worker replies in between files.
                await new Promise((resolve) => setImmediate(resolve));
            }
        },
        drain: () => ledger.idle().then(() => dispatcher.fallback),
        get started() {
            return dispatcher.started;
        },
        async close() {
            for (const s of slots)
                s.alive = false;
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}
