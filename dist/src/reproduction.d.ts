import type { Reproduction } from './types.js';
/**
 * The article's child, for reproductions: it sleeps, writes 4 KiB to stdout, and only then
 * leaves its marker. If its stdout pipe is gone by then, the write fails (a Python child gets
 * BrokenPipeError; Python ignores SIGPIPE) and the marker never comes.
 */
export declare const ARTICLE_CHILD = "import sys, time\ntime.sleep(0.3)\nsys.stdout.write('1000' * 1024)\nsys.stdout.flush()\nopen('marker', 'w').write('done')\n";
/** A reproduction as a shell session: heredocs for its files, its command, what it shows, the fix. */
export declare function renderReproduction(id: string, r: Reproduction): string;
