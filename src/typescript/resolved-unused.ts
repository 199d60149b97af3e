import type { ts as TS } from 'ts-morph';
import { callersOf, type Fn, isFn } from './callers-of.js';
import { ts } from './load.js';
import { isWrapper, type JsModel } from './resolve.js';
import { isFunctionLike } from './scope.js';
import { valueUse } from './usage.js';

/**
 * Ex) export function shell(cmd) { return new Promise((ok) => { ...; child.once('exit', () => ok(out)); }); }
 *     await shell('cdk8s synth');   (the only caller: the result is dropped)
 * A read of the output that only resolves the promise a function returns, when every caller of
 * that function in the project (its module and the modules that import it, tests left out)
 * drops what it resolves: `await shell(...)` as a statement, `void shell(...)`. Whatever the
 * 'exit' listener gets, nobody reads it. False when a caller keeps the result, or the callers
 * cannot all be seen (an exported API nothing in the project calls).
 */
export function resolvedForNobody(model: JsModel, use: TS.Node, file: string): boolean {
  const promise = resolverPromise(model, use);
  if (!promise) return false;
  const fn = returnedBy(promise);
  if (!fn) return false;
  const sites = callersOf(model, fn, file);
  if (!sites) return false;
  return sites.every(({ model: m, call }) => {
    const kind = valueUse(m, call, true).kind;
    return kind === 'dropped' || kind === 'void';
  });
}

/** `ok(Buffer.concat(data).toString())` in `new Promise((ok, ko) => ...)`: that `new Promise`. */
function resolverPromise(model: JsModel, use: TS.Node): TS.NewExpression | null {
  for (let c: TS.Node = use, p = use.parent; p && !isFunctionLike(p); c = p, p = p.parent) {
    if (!ts.isCallExpression(p) || !p.arguments.includes(c as TS.Expression) || !ts.isIdentifier(p.expression)) continue;
    const b = model.lookup(p.expression);
    if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || model.isReassigned(b)) return null;
    const executor = b.decl.parent;
    if ((!ts.isArrowFunction(executor) && !ts.isFunctionExpression(executor)) || executor.parameters[0] !== b.decl) return null;
    let e: TS.Node = executor;
    while (isWrapper(e.parent)) e = e.parent;
    const made = e.parent;
    return ts.isNewExpression(made) && made.arguments?.[0] === e && ts.isIdentifier(made.expression) && made.expression.text === 'Promise' ? made : null;
  }
  return null;
}

/** `return new Promise(...)` / `=> new Promise(...)`: the function whose result it is. */
function returnedBy(promise: TS.NewExpression): Fn | null {
  let e: TS.Node = promise;
  while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isReturnStatement(p)) {
    for (let f: TS.Node | undefined = p.parent; f; f = f.parent) if (isFunctionLike(f)) return isFn(f) ? f : null;
    return null;
  }
  return ts.isArrowFunction(p) && p.body === e ? p : null;
}
