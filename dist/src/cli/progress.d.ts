/** Where the bar is drawn: stderr, or a stand-in with the same TTY flag. */
export interface ProgressStream extends NodeJS.WritableStream {
    isTTY?: boolean;
    columns?: number;
}
/**
 * Whether a run shows a progress bar when the command line does not say: only on a terminal,
 * and never under CI (logs would fill with redraws).
 */
export declare function progressWanted(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean;
export interface ProgressOptions {
    /** --progress / --no-progress; default: progressWanted(stream, env). */
    enabled?: boolean;
    stream?: ProgressStream;
    env?: NodeJS.ProcessEnv;
    /** The bar appears only for runs longer than this. */
    delayMs?: number;
}
/** A progress bar, shown only once the run has lasted delayMs (1 s): short runs never flash one. */
export declare class Progress {
    private readonly total;
    private done;
    private bar;
    private timer;
    private stopped;
    private readonly stream;
    /** Settles once the bar is drawn, or once the run stopped before it was (for tests). */
    shown: Promise<void>;
    private settleShown;
    constructor(total: number, options?: ProgressOptions);
    private show;
    tick(): void;
    private lastYield;
    /**
     * tick(), and in a loop that never waits on I/O, let the timer that shows the bar (and the
     * bar's own redraws) run now and then.
     */
    step(): Promise<void>;
    stop(): void;
}
