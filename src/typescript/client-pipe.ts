import type { ts as TS } from 'ts-morph';
import { ts } from './load.js';
import { callTaking, type JsModel, memberName, skipOuter, stringValue } from './resolve.js';
import { isFunctionLike, isWriteTarget } from './scope.js';
import { fnOf, rootIdentifier } from './flow.js';
import { calledMember, valueUse } from './usage.js';
import { callersOf, isFn } from './callers-of.js';
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

const SERVERS = new Set(['http.createServer', 'https.createServer', 'http2.createServer', 'http2.createSecureServer']);
/** Routing methods of express-style routers and apps: `router.get('/path', ..., (req, res) => ...)`. */
const ROUTES = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'head', 'options', 'use']);
const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** Events that tell the handler the client has gone away. */
const GONE = new Set(['close', 'aborted']);
/** Helpers that end the source with the destination: stream.pipeline, stream.finished, on-finished, end-of-stream. */
const ENDS_WITH = new Set(['pipeline', 'finished', 'onFinished', 'eos']);

/**
 * Ex) http.createServer((req, res) => ...), router.get('/:id', async (req, res) => ...)
 * The request handler whose response `dest` is (its second parameter), or null.
 */
function handlerOf(model: JsModel, dest: TS.Expression): TS.FunctionLikeDeclaration | null {
  const d = skipOuter(dest);
  if (!ts.isIdentifier(d)) return null;
  const b = model.lookup(d);
  if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.name !== b.id) return null;
  const fn = b.decl.parent;
  if (!isFunctionLike(fn) || (fn as TS.FunctionLikeDeclaration).parameters.indexOf(b.decl) !== 1) return null;
  const taking = callTaking(fn);
  if (!taking) return null;
  const { call, callee, argument } = taking;
  const q = model.qualifiedName(callee);
  if (q && SERVERS.has(q)) return fn as TS.FunctionLikeDeclaration;
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const name = callee.name.text;
  if (LISTEN.has(name) && stringValue(call.arguments[0]) === 'request') return fn as TS.FunctionLikeDeclaration;
  const route = call.arguments[0];
  const path = route ? stringValue(route) : null;
  const routed = (path !== null && path.startsWith('/')) || (!!route && ts.isRegularExpressionLiteral(route));
  return ROUTES.has(name) && routed && call.arguments.at(-1) === argument ? (fn as TS.FunctionLikeDeclaration) : null;
}

/** Does the handler learn that the client went away: `req.on('close', ...)`, `pipeline(src, res, cb)`? */
function watchesClient(handler: TS.FunctionLikeDeclaration): boolean {
  const params = new Set(handler.parameters.slice(0, 2).map((p) => (ts.isIdentifier(p.name) ? p.name.text : null)).filter((n) => n !== null));
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const callee = skipOuter(n.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
      if (name !== null && ENDS_WITH.has(name)) found = true;
      // req.on('close', ...), res.once('close', ...), req.socket.on('close', ...)
      const event = stringValue(n.arguments[0]);
      if (name !== null && LISTEN.has(name) && event !== null && GONE.has(event) && ts.isPropertyAccessExpression(callee)) {
        const root = rootIdentifier(callee.expression);
        if (root !== null && params.has(root)) found = true;
      }
    }
    ts.forEachChild(n, visit);
  };
  if (handler.body) visit(handler.body);
  return found;
}

/** `<value>.pipe(res)` for a response of a handler that does not watch its client, on the value's every use. */
function pipesToClient(model: JsModel, value: TS.Expression, depth = 0): TS.CallExpression | null {
  if (depth > 3) return null;
  const use = valueUse(model, value, true);
  if (use.kind === 'bound') {
    for (const ref of model.references(use.binding)) {
      if (isWriteTarget(ref)) continue;
      const hit = pipesToClient(model, ref, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (use.kind !== 'member' || use.name !== 'pipe') return null;
  const call = calledMember(use.access);
  const dest = call?.arguments[0];
  if (!call || !dest || ts.isSpreadElement(dest)) return null;
  const handler = handlerOf(model, dest);
  return handler && !watchesClient(handler) ? call : null;
}

/**
 * The stdout of a child piped into a client's response, here or by the callers of a function that returns it.
 * A child started outside the handler (`spawn` at the module's top level, then
 * `child.stdout.pipe(res)` in each request) is one child for every request, not one per request:
 * once the last client has gone, it pauses, and the next client's pipe() resumes it; what it would
 * have written meanwhile (a live camera's frames) nobody asked for (audit 30: machina's raspivid).
 */
export function clientPipe(model: JsModel, fate: ChildFate, file: string, spawn?: TS.Node): ClientPipe | null {
  for (const site of fate.drains?.stdout ?? []) {
    if (site.kind !== 'drain') continue;
    const n = site.node;
    // child.stdout.pipe(res)
    if (ts.isCallExpression(n) && memberName(skipOuter(n.expression)) === 'pipe') {
      const dest = n.arguments[0];
      const handler = dest && !ts.isSpreadElement(dest) ? handlerOf(model, dest) : null;
      if (handler && !watchesClient(handler) && (!spawn || within(spawn, handler))) return { pipe: n, file, local: true };
      continue;
    }
    // return child.stdout: the callers of the function, in this module or the project's others.
    const fn = ts.isReturnStatement(n) ? fnOf(n) : null;
    if (!fn || !isFn(fn)) continue;
    for (const caller of callersOf(model, fn, file) ?? []) {
      const pipe = pipesToClient(caller.model, caller.call);
      if (pipe) return { pipe, file: caller.file, local: caller.file === file };
    }
  }
  return null;
}

/** Whether `n` is in the body of `fn` (started on each of its calls). */
function within(n: TS.Node, fn: TS.Node): boolean {
  return n.getSourceFile() === fn.getSourceFile() && n.getStart() >= fn.getStart() && n.getEnd() <= fn.getEnd();
}
