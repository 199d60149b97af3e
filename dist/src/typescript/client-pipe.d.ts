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
/** The stdout of a child piped into a client's response, here or by the callers of a function that returns it. */
export declare function clientPipe(model: JsModel, fate: ChildFate, file: string): ClientPipe | null;
