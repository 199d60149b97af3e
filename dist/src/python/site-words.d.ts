import type { PipePattern } from '../knowledge/runtimes.js';
import type { Verdict } from './drain-verdict.js';
import type { Site } from './pipe-site.js';
/**
 * The words of a POP005 finding about a pipe site (pipe-site.ts): the runtime model's pattern
 * for its verdict, what happens to the pipe (`describe`), and how the wait ends (`waitHow`).
 */
export declare const PATTERN: Record<Verdict['shape'], PipePattern>;
/**
 * The pattern for the runtime model, or null when nothing can break. A command line run wholly
 * in the background (`shell=True`, `cmd &`) leaves the shell exiting at once: wait() returns at
 * once (a read after it drains the pipe), and a pipe left unread closes under the background
 * command when the Popen is reaped, instead of staying open.
 */
export declare function patternOf(verdict: Verdict, background: boolean): PipePattern | null;
export declare function describe(site: Site, streams: string): string;
/**
 * The runtime model's words for a wait, made true for a wait with a timeout: it does not block
 * for good, it gives up with the child still blocked and the output unread.
 * Ex) p.wait(timeout=30)  /  psutil.Process(p.pid).wait(5)
 */
export declare function waitHow(site: Site, how: string): string;
