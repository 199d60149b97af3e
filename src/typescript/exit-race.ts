import type { ts as TS } from 'ts-morph';
import type { ChildFate, StreamName } from './child-fate.js';
import { DRAIN_EVENTS, LISTEN } from './child-members.js';
import { type Collector, collectorAt, type Fn, functionOf, helperCollectors, type Keeper, type Via } from './exit-race-collectors.js';
import { contains, fnOf } from './flow.js';
import { mentions } from './command-text.js';
import { ts } from './load.js';
import { isWrapper, type JsModel, memberName, skipOuter, stringValue } from './resolve.js';
import { resolvedForNobody } from './resolved-unused.js';
import { routeScope } from './route-scope.js';
import { type Binding, isFunctionLike, isWriteTarget } from './scope.js';

/**
 * Output collected by 'data' listeners and used in the child's 'exit' listener. Node emits
 * 'exit' when the process ends, which can come before the last chunks of its stdout and stderr
 * have been read ("the child process stdio streams might still be open"); 'close' comes once
 * they have ended. So the output the 'exit' listener resolves, returns or parses can be cut
 * short, on some runs only (a race: test/e2e/exit-race.test.ts measures it).
 */

export interface ExitRace {
  stream: StreamName;
  /** What collects the output: `.on('data', fn)`, `.pipe(sink)`, `readline.createInterface(...)`, a `for await` loop. */
  data: TS.Node;
  /** How: 'data' listeners, a Writable it is piped into, 'line' listeners of a readline interface. */
  via: Via;
  /** The child's `.on('exit', fn)` call whose handler uses it. */
  exit: TS.CallExpression;
  /** What the output is collected in: `stdout`, `this.buffer`. */
  name: string;
  /** Where the 'exit' listener (or a helper it calls) reads it. */
  use: TS.Node;
  /**
   * The output is read only to word the error of a failing child (`reject(new Error(stderr))`,
   * `if (code !== 0) console.error(out)`): what is lost is that error text.
   */
  errorOnly: boolean;
}

/** What a 'data' listener appends to: a variable of an enclosing function, or a property. */
type Target = { binding: Binding; key?: undefined } | { key: string; binding?: undefined };

/** Methods that put a chunk into a collection: `chunks.push(d)`, `buf.write(d)`. */
const APPEND = new Set(['push', 'write', 'unshift', 'concat']);
/** This process's own output streams: a listener writing to them passes the chunks on. */
const OWN_OUTPUT = new Set(['process.stdout', 'process.stderr']);
/** Stream events after which all the output has been read. */
const END_EVENTS = new Set(['end', 'close', 'finish']);

/**
 * Ex) var onOut = function (d) { buf = concat(buf, d); }; if (file) onOut = function (d) { out += d; };
 *     child.stdout.on('data', onOut)  -> both functions.
 * The listeners a 'data' listener can be: the one function it names, or, for a name given one of
 * several functions (its initializer and each `=` of it), every one of them, when nothing else is
 * ever given to it.
 */
function listenersOf(model: JsModel, e: TS.Expression | undefined): Fn[] {
  const one = functionOf(model, e);
  if (one || !e) return one ? [one] : [];
  const x = skipOuter(e);
  const b = ts.isIdentifier(x) ? model.lookup(x) : null;
  if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer) return [];
  const given = [b.decl.initializer];
  for (const ref of model.references(b)) {
    if (!isWriteTarget(ref)) continue;
    const p = ref.parent;
    if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return [];
    given.push(p.right);
  }
  const fns = given.map((g) => functionOf(model, g));
  return fns.every((f) => f !== null) ? (fns as Fn[]) : [];
}

/** `this.out` / `self.out` / `state.out`: the property name, with the object's text. */
function propertyTarget(e: TS.Expression): string | null {
  const x = skipOuter(e);
  if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return null;
  const key = memberName(x);
  return key === null ? null : `${skipOuter(x.expression).getText()}.${key}`;
}

/**
 * Ex) out += d / out = out + d / out = Buffer.concat([out, d]) / chunks.push(d) / this.out += d
 * Where a 'data' listener keeps its chunks, outside itself. A literal (`seen = true`) is a flag,
 * not output.
 */
function targetsOf(model: JsModel, fn: Keeper): Target[] {
  const out: Target[] = [];
  const add = (e: TS.Expression): void => {
    const x = skipOuter(e);
    // process.stdout.write(d): the chunks are passed on to this process's own output, not kept.
    if (OWN_OUTPUT.has(x.getText().replace(/\s+/g, ''))) return;
    if (ts.isIdentifier(x)) {
      const b = model.lookup(x);
      if (b && !contains(fn, b.decl)) out.push({ binding: b });
      return;
    }
    const key = propertyTarget(x);
    if (key !== null) out.push({ key });
  };
  const chunk = chunkBindings(model, fn);
  const visit = (n: TS.Node): void => {
    if (n !== fn && isFunctionLike(n)) return;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const right = skipOuter(n.right);
      const literal = ts.isLiteralExpression(right) || right.kind === ts.SyntaxKind.TrueKeyword || right.kind === ts.SyntaxKind.FalseKeyword || right.kind === ts.SyntaxKind.NullKeyword;
      if ((op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.EqualsToken) && !literal && carries(model, right, chunk)) add(n.left);
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && APPEND.has(n.expression.name.text) && n.arguments.some((a) => carries(model, a, chunk))) add(n.expression.expression);
    ts.forEachChild(n, visit);
  };
  const body = isFunctionLike(fn) ? (fn as Fn).body : fn;
  if (body) visit(body);
  return out;
}

/**
 * The variables that hold a 'data' listener's chunk: its parameters, and the locals whose value
 * is made from them (`const s = d.toString()`). Null when the keeper is no function (every value
 * counts then). Only these are output: `timer = setTimeout(...)` in the listener is not (audit
 * 24: foreground-child's immortal-child test, whose 'exit' listener clears that timer), nor a
 * property or a nested function's parameter that shares a chunk's name (`setTimeout((d) => ...)`).
 */
function chunkBindings(model: JsModel, fn: Keeper): Set<Binding> | null {
  if (!isFunctionLike(fn)) return null;
  const chunk = new Set<Binding>();
  const add = (id: TS.Identifier): void => {
    const b = model.lookup(id);
    if (b) chunk.add(b);
  };
  for (const p of (fn as Fn).parameters) if (ts.isIdentifier(p.name)) add(p.name);
  const visit = (n: TS.Node): void => {
    if (n !== fn && isFunctionLike(n)) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && mentions(model, n.initializer, chunk)) add(n.name);
    ts.forEachChild(n, visit);
  };
  const body = (fn as Fn).body;
  if (body) visit(body);
  return chunk;
}

// Whether an expression reads the chunk (any value does when the keeper is no function).
function carries(model: JsModel, e: TS.Node, chunk: Set<Binding> | null): boolean {
  return chunk === null || mentions(model, e, chunk);
}

/** A listener for the end of a stream or of the child: the output is complete when it runs. */
function endListener(fn: TS.Node): boolean {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as TS.Expression)) return false;
  const callee = skipOuter(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
  const event = stringValue(call.arguments[0]);
  return !!method && LISTEN.has(method) && event !== null && END_EVENTS.has(event);
}

/**
 * The reads of `target` in `fn`'s body, and in functions of this file it calls (two levels),
 * skipping functions nested in it that run at a stream's 'end' or 'close'. A helper that is also
 * called at an end event (`let left = 3; function done() { if (--left === 0) resolve(out); }`)
 * waits for the streams: no race.
 */
function readsIn(model: JsModel, fn: TS.Node, target: Target, depth: number, seen: Set<TS.Node>): TS.Node[] {
  if (seen.has(fn) || depth > 2) return [];
  seen.add(fn);
  const found: TS.Node[] = [];
  const callees: TS.Node[] = [];
  const visit = (n: TS.Node): void => {
    if (n !== fn && isFunctionLike(n) && (endListener(n) || deferred(model, n))) return;
    if (target.binding && ts.isIdentifier(n) && n.text === target.binding.name && !memberNameOf(n) && !isWriteTarget(n) && model.lookup(n) === target.binding && !appendedTo(n)) found.push(n);
    else if (target.key !== undefined && (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && propertyTarget(n) === target.key && !isWriteTarget(n) && !appendedTo(n)) found.push(n);
    if (ts.isCallExpression(n)) {
      const callee = functionOf(model, n.expression);
      if (callee) callees.push(callee);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn);
  for (const callee of callees) if (!calledAtEnd(model, callee)) found.push(...readsIn(model, callee, target, depth + 1, seen));
  return found;
}

/** `child.stderr` / `{ stderr: x }`: the identifier names a property, not the variable of that name. */
function memberNameOf(n: TS.Identifier): boolean {
  const p = n.parent;
  return (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n);
}

/**
 * Ex) child.on('exit', () => done(1, () => `exited\n${output}`)) /
 *     child.on('exit', () => setTimeout(() => finish(resolve, err), 200))
 * A function handed to a plain function call (a thunk its callee runs when it decides, after the
 * streams close) or to a timer runs later, not in the 'exit' listener: its reads are not taken
 * at 'exit'. A method's callback (`lines.forEach(...)`, `.map(...)`) runs at once and counts.
 */
function deferred(model: JsModel, fn: TS.Node): boolean {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.some((a) => a === fn)) return false;
  const callee = call.expression;
  return ts.isIdentifier(callee) && callee.text !== 'queueMicrotask' && !callsAtOnce(model, call, call.arguments.indexOf(fn as TS.Expression));
}

/**
 * Ex) let cleanup = (callback) => { clearTimeout(t); callback(); };  cleanup(() => reject(err))
 * A function of this file that calls the parameter at `index` in its own body (not in a function
 * nested in it): the thunk handed to it runs at once, in the caller.
 */
function callsAtOnce(model: JsModel, call: TS.CallExpression, index: number): boolean {
  const callee = functionOf(model, call.expression);
  const param = callee?.parameters[index];
  if (!callee?.body || !param || !ts.isIdentifier(param.name)) return false;
  const name = param.name.text;
  const visit = (n: TS.Node): boolean => {
    if (n !== callee.body && isFunctionLike(n)) return false;
    if (ts.isCallExpression(n) && ts.isIdentifier(skipOuter(n.expression)) && (skipOuter(n.expression) as TS.Identifier).text === name) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(callee.body);
}

const ERROR_CALLS = /^(console\.(error|warn)|reject|\w*[Ee]rror|\w+\.(error|warn|fail))$/;
const DEBUG_CALLS = /^(console\.(debug|trace)|\w+\.debug)$/;

/**
 * Ex) reject(new Error(stderr)) / if (code !== 0) { msg = err || 'failed'; ... } /
 *     if (code === 0) return resolve(); console.error(out) / log.debug(out)
 * A read that only words an error (`error`: in an Error, a rejection, a warning or a throw, or
 * on the path the exit code says failed) or a debug log (`debug`). A cut there loses the error
 * text of a failing child (or a debug line), not the output the code delivers. Null otherwise.
 */
function diagnostic(use: TS.Node, handler: TS.SignatureDeclaration): 'error' | 'debug' | null {
  const code = handler.parameters[0] && ts.isIdentifier(handler.parameters[0].name) ? handler.parameters[0].name.text : null;
  for (let c: TS.Node = use, p = use.parent; p; c = p, p = p.parent) {
    if (ts.isThrowStatement(p)) return 'error';
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== c) {
      const callee = p.expression.getText().replace(/\s+/g, '');
      if (ERROR_CALLS.test(callee)) return 'error';
      if (DEBUG_CALLS.test(callee)) return 'debug';
    }
    if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'emit' && stringValue(p.arguments[0]) === 'error') return 'error';
    if (code !== null) {
      if (ts.isIfStatement(p) && p.expression !== c) {
        const failed = failureTest(p.expression, code);
        if (failed !== null && failed === (p.thenStatement === c)) return 'error';
      }
      if (ts.isConditionalExpression(p) && p.condition !== c) {
        const failed = failureTest(p.condition, code);
        if (failed !== null && failed === (p.whenTrue === c)) return 'error';
      }
      if (ts.isBlock(p) || ts.isSourceFile(p)) {
        // if (code === 0) return resolve(); ... : the rest runs only when it failed.
        for (const s of p.statements) {
          if (s === c) break;
          if (ts.isIfStatement(s) && !s.elseStatement && failureTest(s.expression, code) === false && returns(s.thenStatement)) return 'error';
        }
      }
    }
    if (p === handler || (isFunctionLike(p) && !contains(handler, p))) break;
  }
  return null;
}

/** Ex) code !== 0 / code > 0 / code / code != 0 && x -> true (failed); code === 0 / !code -> false; else null. */
function failureTest(cond: TS.Expression, code: string): boolean | null {
  const e = skipOuter(cond);
  if (ts.isIdentifier(e) && e.text === code) return true;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = failureTest(e.operand, code);
    return inner === null ? null : !inner;
  }
  if (!ts.isBinaryExpression(e)) return null;
  // code !== 0 && !seen: true only when it failed.
  if (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return failureTest(e.left, code) === true || failureTest(e.right, code) === true ? true : null;
  const left = skipOuter(e.left);
  const right = skipOuter(e.right);
  const zero = (x: TS.Expression) => ts.isNumericLiteral(x) && x.text === '0';
  const isCode = (x: TS.Expression) => ts.isIdentifier(x) && x.text === code;
  if (!((isCode(left) && zero(right)) || (isCode(right) && zero(left)))) return null;
  switch (e.operatorToken.kind) {
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return true;
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return false;
    case ts.SyntaxKind.GreaterThanToken:
      return isCode(left) ? true : null;
    default:
      return null;
  }
}

function returns(s: TS.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && returns(s.statements[s.statements.length - 1]!);
}

/** `chunks.push(...)` / `out += ...` in the 'exit' listener itself: collecting, not using. */
function appendedTo(n: TS.Node): boolean {
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return true;
  return ts.isPropertyAccessExpression(p) && p.expression === n && APPEND.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p;
}

/**
 * A function of this file that some end listener calls (or is itself one). The 'exit' listener
 * itself also given to a stream's 'close' (`child.on('exit', onEnd); child.stderr.on('close',
 * onEnd)`) runs at whichever comes first, which is 'exit' when the child is reaped before its
 * pipes are read: not at the end, unless it counts its calls (`if (--left === 0)`).
 */
function calledAtEnd(model: JsModel, fn: TS.Node, exit?: TS.CallExpression): boolean {
  if (endListener(fn)) return true;
  const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : null;
  if (!name) return false;
  const b = model.lookup(name);
  if (!b) return false;
  const firstWins = !!exit && !counts(fn);
  for (const ref of model.references(b)) {
    if (endListener(ref)) {
      if (firstWins) continue;
      return true;
    }
    for (let p: TS.Node | undefined = ref.parent; p; p = p.parent) {
      if (isFunctionLike(p)) {
        if (endListener(p)) return true;
        break;
      }
    }
  }
  return false;
}

/** `--left`, `left -= 1`, `n++` in the function's own body: it counts the events it waits for. */
function counts(fn: TS.Node): boolean {
  const visit = (n: TS.Node): boolean => {
    if (n !== fn && isFunctionLike(n)) return false;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.MinusMinusToken || n.operator === ts.SyntaxKind.PlusPlusToken)) return true;
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken || n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) && ts.isNumericLiteral(skipOuter(n.right))) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(fn);
}

/**
 * Ex) child.stdout.on('data', (d) => { out += d; }); child.on('exit', (code) => resolve(out));
 * Each stream whose 'data' listener collects output that an 'exit' listener of the child uses:
 * delivers (resolves, returns, parses), or, when that is all it does, words an error with
 * (`errorOnly`). Output that only resolves a promise whose callers all drop it is not used.
 */
export function exitRaces(model: JsModel, call: TS.CallExpression, fate: ChildFate, file: string): ExitRace[] {
  if (!fate.exitListeners?.length || !fate.drains) return [];
  // The listeners set up where the child is started: a child kept in `this.child` meets other
  // methods' listeners on other children kept there, unless this call is the only one kept there
  // (`this.proc = spawn(...)` in the constructor, read and listened to in `interact()`).
  const scope = keptAlone(model, call) ?? fnOf(call);
  // A route through a caller of the helper that returns the child: that caller's listeners too.
  const inScope = routeScope(scope, call, fate);
  const collectors: Collector[] = [];
  for (const stream of ['stdout', 'stderr'] as StreamName[]) {
    for (const site of fate.drains[stream]) {
      const data = site.node;
      if (site.kind !== 'drain' || !inScope(data)) continue;
      if (ts.isCallExpression(data) && DRAIN_EVENTS.has(stringValue(data.arguments[0]) ?? '')) {
        if (stringValue(data.arguments[0]) === 'data') collectors.push({ stream, node: data, via: 'data', fns: listenersOf(model, data.arguments[1]) });
        continue;
      }
      const other = collectorAt(model, stream, data);
      if (other) collectors.push(other);
    }
  }
  // The child handed to a function of this file that pipes or reads it (`this.pipeProcess(child)`).
  collectors.push(...helperCollectors(model, call, scope));
  // stdout before stderr, as messages name them.
  collectors.sort((a, b) => (a.stream === b.stream ? 0 : a.stream === 'stdout' ? -1 : 1));
  const races: ExitRace[] = [];
  for (const { stream, node: data, via, fns } of collectors) {
    // The first listener's use of the output; failing that, the first that words an error with it.
    let found: ExitRace | null = null;
    for (const target of fns.flatMap((collect) => targetsOf(model, collect))) {
      for (const exit of fate.exitListeners) {
        const handler = functionOf(model, exit.arguments[1]);
        if (!handler || !inScope(exit) || calledAtEnd(model, handler, exit)) continue;
        const reads = readsIn(model, handler, target, 0, new Set()).map((u) => ({ u, why: diagnostic(u, handler) }));
        const use = reads.find((r) => r.why === null && !resolvedForNobody(model, r.u, file)) ?? reads.find((r) => r.why === 'error');
        if (!use) continue;
        const race = { stream, data, via, exit, name: target.binding ? target.binding.name : target.key!, use: use.u, errorOnly: use.why === 'error' };
        if (!found || (found.errorOnly && !race.errorOnly)) found = race;
        if (!found.errorOnly) break;
      }
      if (found && !found.errorOnly) break;
    }
    if (found) races.push(found);
  }
  return races;
}

/**
 * Ex) constructor() { this.proc = spawn(path, args); }  interact() { for await (...this.proc.stdout...) ...; this.proc.once('exit', ...) }
 * The child kept in a property of `this` that no other code of the file assigns: every listener
 * on that property in the file is on a child of this call. The file, then; else null.
 */
function keptAlone(model: JsModel, call: TS.CallExpression): TS.SourceFile | null {
  let x: TS.Node = call;
  while (isWrapper(x.parent)) x = x.parent;
  const p = x.parent;
  if (!ts.isBinaryExpression(p) || p.right !== x || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const left = skipOuter(p.left);
  if (!ts.isPropertyAccessExpression(left) || skipOuter(left.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
  const key = left.name.text;
  let writes = 0;
  const visit = (n: TS.Node): void => {
    if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === key && isWriteTarget(n)) writes++;
    ts.forEachChild(n, visit);
  };
  visit(model.sourceFile);
  return writes === 1 ? model.sourceFile : null;
}

/** The handler takes at most (code, signal): 'close' passes the same two arguments. */
export function closeTakesSameArgs(model: JsModel, exit: TS.CallExpression): boolean {
  const handler = functionOf(model, exit.arguments[1]);
  const event = exit.arguments[0];
  return !!handler && handler.parameters.length <= 2 && !!event && ts.isStringLiteralLike(event);
}
