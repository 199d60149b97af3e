/**
 * Whether a run shows a progress bar when the command line does not say: only on a terminal,
 * and never under CI (logs would fill with redraws).
 */
export function progressWanted(stream, env) {
    return !!stream.isTTY && !env.CI;
}
/** A progress bar, shown only once the run has lasted delayMs (1 s): short runs never flash one. */
export class Progress {
    total;
    done = 0;
    bar = null;
    timer = null;
    stopped = false;
    stream;
    /** Settles once the bar is drawn, or once the run stopped before it was (for tests). */
    shown = Promise.resolve();
    settleShown = () => { };
    constructor(total, options = {}) {
        this.total = total;
        this.stream = options.stream ?? process.stderr;
        const enabled = options.enabled ?? progressWanted(this.stream, options.env ?? process.env);
        if (!enabled || total === 0)
            return;
        this.shown = new Promise((resolve) => (this.settleShown = resolve));
        this.timer = setTimeout(() => void this.show().finally(this.settleShown), options.delayMs ?? 1000);
        this.timer.unref();
    }
    async show() {
        // Loaded only when a run is slow enough to need it: start-up never pays for it.
        const { default: progress } = await import('cli-progress');
        if (this.stopped)
            return;
        const bar = new progress.SingleBar({ format: 'popenlint {bar} {percentage}% | {value}/{total} files | {duration_formatted}', clearOnComplete: true, hideCursor: true, stream: this.stream }, progress.Presets.shades_classic);
        bar.start(this.total, this.done);
        this.bar = bar;
    }
    tick() {
        this.done++;
        this.bar?.update(this.done);
    }
    lastYield = Date.now();
    /**
     * tick(), and in a loop that never waits on I/O, let the timer that shows the bar (and the
     * bar's own redraws) run now and then.
     */
    async step() {
        this.tick();
        if (this.timer === null || Date.now() - this.lastYield < 25)
            return;
        await new Promise((resolve) => setImmediate(resolve));
        this.lastYield = Date.now();
    }
    stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.bar?.stop();
        this.settleShown();
    }
}
