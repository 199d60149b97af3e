import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * A function a server runs once per request or message: an HTTP route or server handler, an
 * Electron IPC handler, a listener for 'message' (a WebSocket's, a process's IPC) or 'request'.
 * Requests come whenever clients send them, not when the last one is done: two of them run at
 * once, and so do the children each starts (audit 16: camera.ui's snapshot route, through the
 * controller and the model to ffmpeg).
 */
export interface RequestHandler {
    /** The call that registers it (`app.get('/snap', ...)`), and the file it is in. */
    at: TS.CallExpression;
    file: string;
    /** How it runs, for messages: "once per request of the route app.get('/snap'), and requests overlap". */
    how: string;
}
/**
 * Ex) app.get('/snap', (req, res) => run(...)) / function snap(req, res) {...} app.get('/snap', snap) /
 *     export const snap = ...  and, in a module importing it, router.get('/snap', [auth, Controller.snap])
 * The registration that makes `fn` a handler run once per request or message: inline, by its name
 * in its module, or by its export in a module of the project that imports it (tests left out). Null otherwise.
 */
export declare function requestHandler(model: JsModel, fn: TS.Node, file: string): RequestHandler | null;
