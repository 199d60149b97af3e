import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import type { ChildFate } from './child-fate.js';
/**
 * A child's stdout piped with `.pipe()` into the response of an HTTP request handler, while
 * nothing stops the child when the client goes away:
 *
 *   http.createServer((req, res) => { spawn('ffmpeg', [..., 'pipe:1']).stdout.pipe(res); });
 *
 * When the client closes the connection (a viewer leaves the page), the response closes and
 * `pipe()` unpipes from it: nobody reads stdout any more, and the child blocks in write() for
 * good once the pipe and Node's read-ahead are full, one blocked process per request that ended
 * early (measured in test/e2e/js-hazard-client-pipe.test.ts). `stream.pipeline()` destroys the
 * source when the response closes early, so the child dies at its next write; a listener for the
 * request's or the response's 'close' can kill it.
 */
export interface ClientPipe {
    /** The `.pipe(res)` call, and the file it is in (another module when the stream is returned). */
    pipe: TS.CallExpression;
    file: string;
    local: boolean;
}
/**
 * The stdout of a child piped into a client's response, here or by the callers of a function that returns it.
 * A child started outside the handler (`spawn` at the module's top level, then
 * `child.stdout.pipe(res)` in each request) is one child for every request, not one per request:
 * once the last client has gone, it pauses, and the next client's pipe() resumes it; what it would
 * have written meanwhile (a live camera's frames) nobody asked for (audit 30: machina's raspivid).
 */
export declare function clientPipe(model: JsModel, fate: ChildFate, file: string, spawn?: TS.Node): ClientPipe | null;
