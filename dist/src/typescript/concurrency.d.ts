import type { ts as TS } from 'ts-morph';
import { type Site } from './callers-of.js';
import { type JsModel } from './resolve.js';
/**
 * Does this process run other children while this one ends? Output taken at a child's 'exit'
 * (POP102's race) is lost only then: libuv reads a lone child's pipe before it reaps its exit,
 * and reaps every exited child at once when several end together (measured: bench/exit-race.mjs,
 * docs/rules/POP102.md). What the code shows of it, from the spawn out to its callers:
 *
 * - `here`: the spawn runs in a loop that does not wait for each child, in an array method's
 *   callback (`files.map(...)`, `forEach`), or inside `Promise.all(...)`;
 * - `callers`: a caller of the function around it (in its module or one that imports it) calls it so,
 *   or on each element of an array it fills with instances (`cameras.map((c) => c.snapshot())`);
 * - `handler`: the function around it, or a caller up the chain, is run once per request or message
 *   (an HTTP route, a server's or an IPC channel's handler, a 'message' listener): requests overlap;
 * - `unseen`: no caller can be found (an API for code outside the project, a callback handed
 *   to a framework, a method reached through an object), or the callers found run it one at a
 *   time but theirs, up the chain, cannot all be followed: those callers decide (`sites`: the
 *   ones found, each running it one at a time; none when no caller was found);
 * - `host`: every caller here calls it one at a time, but the process is an editor's extension
 *   host, which runs every extension's children (the built-in git extension's, all the time);
 * - `sequential`: every caller calls it one at a time (awaited, once, or in a loop that awaits);
 * - `once`: the spawn is in the module's top level (a script's body), which runs once, and no other
 *   child is started there.
 */
export type Concurrency = {
    kind: 'here' | 'callers' | 'handler';
    at: TS.Node;
    how: string;
    file: string;
} | {
    kind: 'unseen';
    sites: Site[];
} | {
    kind: 'host';
    host: string;
    sites: Site[];
} | {
    kind: 'sequential';
    sites: Site[];
} | {
    kind: 'once';
};
/**
 * Ex) spawn in run(), run() awaited in build(), build() called once by the script's top level.
 * Whether the child of `call` can end while this process runs others, as far as the code shows:
 * the callers are followed up the chain (in the project, tests left out) to the module's top
 * level, where a script runs once. `sequential` only when every path gets there one call at a
 * time; a path into code whose callers cannot be seen (a route handler, an event listener, an
 * exported API) is `unseen`: its callers may run it alongside others.
 */
export declare function concurrency(model: JsModel, call: TS.CallExpression, file: string): Concurrency;
