import type { ts as TS } from 'ts-morph';
import { type Limit } from './buffer-limit.js';
import { type JsModel } from './resolve.js';
/**
 * exec's maxBuffer written by hand around spawn(): the output is counted as it comes, and the
 * child killed once the count passes a size (`if (out.length > options.maxBuffer) child.kill()`).
 * Task runners and image wrappers that "simulate exec" do this; the size kills the child as
 * surely as Node's own limit.
 */
export interface KillLimit {
    limit: Limit;
    /** The kill, or the call of the local function that kills. */
    kill: TS.Node;
}
/** The smallest size past which the code kills the child of `call`, if it does so. */
export declare function killLimitOf(model: JsModel, call: TS.CallExpression): KillLimit | null;
/**
 * Where the code stops the child of `call` itself as part of its plan (see plannedStop):
 * `child.kill()`, `process.kill(child.pid)`, through the name it is bound to or the property it
 * is kept in (`this.server = execFile(...)`, then `this.server.kill()` in `stop()` anywhere in
 * the module). A child the code stops that way runs until then: a server, a watcher, a player.
 * null when nothing here stops it so.
 */
export declare function stoppedBy(model: JsModel, call: TS.CallExpression): TS.CallExpression | null;
/**
 * Ex) const serverOptions = async () => { ...; return child_process.exec(binPath); };
 *     new LanguageClient('rust', 'Rust', serverOptions, clientOptions)
 * A child returned to a language client is a language server: it speaks the protocol on its
 * stdout for the whole editing session. The `new LanguageClient(...)` that takes it, or null.
 */
export declare function languageServer(model: JsModel, call: TS.CallExpression): TS.NewExpression | null;
/**
 * Ex) function newprocess() { const p = execFile(server, ['-c', config]); ...; return p; }
 *     module.exports.proc = newprocess;
 *     // app.js: pyProc = require('./subprocess.js').proc(); ... const stop = () => { pyProc.kill(); };
 * A child returned by a function whose caller, in this module or in one that imports it, keeps it
 * and stops it as planned (see plannedStop): it runs until then, a server or a watcher handed out
 * by a helper (blind audit 36: simple_dns_test's DNS server, started by one module and stopped by
 * another). The kill and the file of that caller, or null.
 */
export declare function stoppedByCaller(model: JsModel, call: TS.CallExpression, file: string): {
    kill: TS.CallExpression;
    file: string;
} | null;
