import type { ts as TS } from 'ts-morph';
import { ts } from './load.js';
import { isWrapper, skipOuter } from './resolve.js';

/**
 * Ex) class FFmpeg {
 *       private async spawnProcess(args) { const child = spawn('ffmpeg', args); return child; }
 *       async getResult() { const child = await this.spawnProcess(args); child.on('exit', ...); }
 *     }
 * The calls of a method only its own class can call: `private name()` (TypeScript) or `#name()`.
 * Code outside the class cannot reach it (tsc refuses `obj.name()` for a `private` member, and a
 * `#name` is not even a property others can see), so its calls in this file, `this.name(...)`,
 * are all of them: a child it returns goes to those callers, as one a local function returns goes
 * to the calls of its name (flow.ts, callSitesOf). Null when the method can be reached otherwise
 * (a public method, a static one), or when a mention of it is not a plain call on `this` of the
 * same class (`this.name.bind(this)`, `other.name()`, `this` of a nested `function`): its callers
 * are then not all known.
 */
export function methodCallSites(fn: TS.SignatureDeclaration): TS.CallExpression[] | null {
  const member = ownMember(fn);
  if (!member) return null;
  const { cls, name } = member;
  const sites: TS.CallExpression[] = [];
  let unknown = false;
  // `private spawn(args) { return cp.spawn(...); }`: `cp.spawn` names the module's function, not
  // the method (vscode-ruby's RuboCop formatter).
  const modules = moduleNames(fn.getSourceFile());
  const visit = (n: TS.Node): void => {
    if (unknown) return;
    if (ts.isPropertyAccessExpression(n) && n.name.text === name && onModule(n.expression, modules)) {
      ts.forEachChild(n, visit);
      return;
    }
    if ((ts.isPropertyAccessExpression(n) && n.name.text === name) || (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression) && n.argumentExpression.text === name)) {
      const call = calledOnThis(n, cls);
      if (call) sites.push(call);
      else unknown = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.getSourceFile());
  return unknown || !sites.length ? null : sites;
}

/** The class and name of a non-static private method (or a private property holding a function). */
function ownMember(fn: TS.SignatureDeclaration): { cls: TS.ClassLikeDeclaration; name: string } | null {
  let decl: TS.Node = fn;
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    // private run = (args) => { ... }
    let e: TS.Node = fn;
    while (isWrapper(e.parent)) e = e.parent;
    if (!ts.isPropertyDeclaration(e.parent) || e.parent.initializer !== e) return null;
    decl = e.parent;
  } else if (!ts.isMethodDeclaration(fn) || !fn.body) return null;
  const d = decl as TS.MethodDeclaration | TS.PropertyDeclaration;
  if (!ts.isClassLike(d.parent)) return null;
  const flags = ts.getCombinedModifierFlags(d);
  if (flags & ts.ModifierFlags.Static) return null;
  if (ts.isPrivateIdentifier(d.name)) return { cls: d.parent, name: d.name.text };
  if (!ts.isIdentifier(d.name) || !(flags & ts.ModifierFlags.Private)) return null;
  return { cls: d.parent, name: d.name.text };
}

/** `this.name(...)` where `this` is an instance of `cls` (arrow functions keep the method's `this`): the call; else null. */
function calledOnThis(access: TS.PropertyAccessExpression | TS.ElementAccessExpression, cls: TS.ClassLikeDeclaration): TS.CallExpression | null {
  if (skipOuter(access.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
  let e: TS.Node = access;
  while (isWrapper(e.parent)) e = e.parent;
  const call = e.parent;
  if (!ts.isCallExpression(call) || call.expression !== e) return null;
  for (let p: TS.Node | undefined = access.parent; p; p = p.parent) {
    if (ts.isArrowFunction(p)) continue;
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassLike(p)) return null;
    if (ts.isMethodDeclaration(p) || ts.isConstructorDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p) || ts.isPropertyDeclaration(p)) {
      if (p.parent !== cls || ts.getCombinedModifierFlags(p as TS.Declaration) & ts.ModifierFlags.Static) return null;
      return call;
    }
  }
  return null;
}

/**
 * The names the file's top level binds to a module: `import * as cp from ...`, `import cp from ...`,
 * `import cp = require(...)`, `const cp = require(...)` (or a member of it). None is an instance of a class.
 */
function moduleNames(sf: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      if (c?.name) names.add(c.name.text);
      if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.add(c.namedBindings.name.text);
    } else if (ts.isImportEqualsDeclaration(st)) names.add(st.name.text);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && isRequire(d.initializer)) names.add(d.name.text);
      }
    }
  }
  return names;
}

/** `require('x')`, `require('x').y`. */
function isRequire(e: TS.Expression): boolean {
  let x = skipOuter(e);
  while (ts.isPropertyAccessExpression(x)) x = skipOuter(x.expression);
  return ts.isCallExpression(x) && ts.isIdentifier(x.expression) && x.expression.text === 'require';
}

/** `cp.spawn` where `cp` is one of the names the file's top level binds to a module (a local of that name shadowing it is not told apart). */
function onModule(e: TS.Expression, modules: Set<string>): boolean {
  const x = skipOuter(e);
  return ts.isIdentifier(x) && modules.has(x.text);
}
