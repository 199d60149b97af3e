import type { ts as TS } from 'ts-morph';
import { ts } from './load.js';
import { importingModules } from './module-importers.js';
import { functionName, isWrapper, type JsModel, moduleName, skipOuter, stringValue } from './resolve.js';
import { exportName } from './wrappers.js';
import { isTestPath } from '../test-files.js';

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

const SERVERS = new Set(['http.createServer', 'https.createServer', 'http2.createServer', 'http2.createSecureServer']);
/** Routing methods of express, koa-router and fastify: `app.get('/path', ..., handler)`. */
const ROUTES = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);
const LISTEN = new Set(['on', 'addListener', 'prependListener']);
/** Events a server or a channel emits once per request or message, whenever the other side sends one. */
const EVENTS = new Map([['message', 'message'], ['request', 'request']]);

function short(call: TS.CallExpression): string {
  const text = call.expression.getText().replace(/\s+/g, '');
  const first = call.arguments[0];
  const arg = first && (ts.isStringLiteralLike(first) || ts.isRegularExpressionLiteral(first)) ? first.getText() : '';
  return `${text}(${arg})`;
}

/**
 * Ex) app.get('/snap', auth, handler) / http.createServer(handler) / ipcMain.handle('run', handler) / ws.on('message', handler)
 * How `call` runs the function at its argument `arg` (or in an array there: `app.get('/x', [auth, handler])`)
 * once per request or message; null when it does not register a handler.
 */
function registration(model: JsModel, call: TS.CallExpression, arg: TS.Expression): string | null {
  const at = call.arguments.indexOf(arg);
  if (at < 0) return null;
  const callee = skipOuter(call.expression);
  const q = model.qualifiedName(callee);
  if (q && SERVERS.has(q)) return `once per request of ${short(call)}, and requests overlap`;
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const name = callee.name.text;
  const receiver = skipOuter(callee.expression);
  const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
  const first = call.arguments[0];
  // ipcMain.handle('channel', handler) / ipcMain.on('channel', handler): once per call of the renderer.
  if (at >= 1 && receiverName === 'ipcMain' && (name === 'handle' || LISTEN.has(name))) return `once per call of ${short(call)}, and calls overlap`;
  const event = first ? stringValue(first) : null;
  if (at >= 1 && LISTEN.has(name) && event !== null && EVENTS.has(event)) return `once per '${event}' of ${callee.expression.getText().replace(/\s+/g, '')}, and ${EVENTS.get(event)}s overlap`;
  const routed = (event !== null && event.startsWith('/')) || (!!first && ts.isRegularExpressionLiteral(first));
  if (at >= 1 && ROUTES.has(name) && routed) return `once per request of the route ${short(call)}, and requests overlap`;
  return null;
}

/** The call `e` is an argument of, directly or as an element of an array literal argument, and that argument. */
function argumentOf(e: TS.Node): { call: TS.CallExpression; arg: TS.Expression } | null {
  while (isWrapper(e.parent)) e = e.parent;
  let p = e.parent;
  if (ts.isArrayLiteralExpression(p)) {
    e = p;
    while (isWrapper(e.parent)) e = e.parent;
    p = e.parent;
  }
  return ts.isCallExpression(p) && p.expression !== e ? { call: p, arg: e as TS.Expression } : null;
}

function registered(model: JsModel, e: TS.Node, file: string): RequestHandler | null {
  const a = argumentOf(e);
  const how = a && registration(model, a.call, a.arg);
  return how ? { at: a.call, file, how } : null;
}

/**
 * Ex) app.get('/snap', (req, res) => run(...)) / function snap(req, res) {...} app.get('/snap', snap) /
 *     export const snap = ...  and, in a module importing it, router.get('/snap', [auth, Controller.snap])
 * The registration that makes `fn` a handler run once per request or message: inline, by its name
 * in its module, or by its export in a module of the project that imports it (tests left out). Null otherwise.
 */
export function requestHandler(model: JsModel, fn: TS.Node, file: string): RequestHandler | null {
  const inline = registered(model, fn, file);
  if (inline) return inline;
  const id = functionName(fn);
  const b = id ? model.lookup(id) : null;
  if (b) {
    for (const ref of model.references(b)) {
      if (ref === id) continue;
      const hit = registered(model, ref, file);
      if (hit) return hit;
    }
  }
  const name = ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? exportName(model, fn) : null;
  if (!name) return null;
  for (const { abs, model: m, specs } of importingModules(file, [name === 'default' ? '' : name])) {
    if (isTestPath(abs)) continue;
    const names = new Set(specs.map((spec) => (name === 'default' ? moduleName(spec) : `${moduleName(spec)}.${name}`)));
    for (const call of m.calls()) {
      for (const arg of call.arguments) {
        const items = ts.isArrayLiteralExpression(skipOuter(arg)) ? (skipOuter(arg) as TS.ArrayLiteralExpression).elements : [arg];
        for (const item of items) {
          if (ts.isSpreadElement(item) || !names.has(m.qualifiedName(item) ?? '')) continue;
          const how = registration(m, call, arg);
          if (how) return { at: call, file: abs, how };
        }
      }
    }
  }
  return null;
}
