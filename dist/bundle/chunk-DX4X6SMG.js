import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  parseJs
} from "./chunk-4FRD6LAW.js";
import {
  loadTs,
  ts
} from "./chunk-P5THIZUK.js";

// src/typescript/wrappers.ts
import fs4 from "node:fs";
import path4 from "node:path";

// src/typescript/scope.ts
function isFunctionLike(node) {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
}
function isVarScope(node) {
  return ts.isSourceFile(node) || isFunctionLike(node) || ts.isModuleBlock(node) || ts.isClassStaticBlockDeclaration(node);
}
function isScope(node) {
  if (isVarScope(node)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.Block:
      return !(isFunctionLike(node.parent) || ts.isClassStaticBlockDeclaration(node.parent));
    case ts.SyntaxKind.CaseBlock:
    case ts.SyntaxKind.ForStatement:
    case ts.SyntaxKind.ForInStatement:
    case ts.SyntaxKind.ForOfStatement:
    case ts.SyntaxKind.CatchClause:
      return true;
    default:
      return false;
  }
}
function isBlockScopedList(list) {
  return (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) !== 0;
}
function listKind(list) {
  if (list.flags & ts.NodeFlags.Let) return "let";
  return isBlockScopedList(list) ? "const" : "var";
}
function propertyKey(name) {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return null;
}
var ScopeModel = class {
  constructor(sourceFile) {
    this.sourceFile = sourceFile;
  }
  sourceFile;
  declarations = /* @__PURE__ */ new Map();
  referenceIndex = null;
  referenceCache = /* @__PURE__ */ new Map();
  allNames = null;
  /** The binding an identifier in expression position refers to; null for globals. */
  lookup(id) {
    const name = id.text;
    for (let n = id.parent; n; n = n.parent) {
      if (!isScope(n)) continue;
      const b = this.declarationsOf(n).get(name);
      if (b) return b;
    }
    return null;
  }
  /** Reads of a binding (every identifier in expression position that resolves to it). */
  references(b) {
    let refs = this.referenceCache.get(b);
    if (refs) return refs;
    const start = b.scope.pos;
    const end = b.scope.end;
    refs = (this.index().get(b.name) ?? []).filter((id) => id !== b.id && id.pos >= start && id.end <= end && this.lookup(id) === b);
    this.referenceCache.set(b, refs);
    return refs;
  }
  /** `let`/`var` assigned again after its declaration, so its initializer is not its value. */
  isReassigned(b) {
    if (b.kind === "const" || b.kind === "import") return false;
    return this.references(b).some((r) => isWriteTarget(r));
  }
  /** Every identifier in the file that is not a property name after a dot, to pick a fresh one. */
  identifierNames() {
    if (this.allNames) return this.allNames;
    const names = /* @__PURE__ */ new Set();
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        if (!(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) names.add(node.text);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.allNames = names;
    return names;
  }
  declarationsOf(scope) {
    let map = this.declarations.get(scope);
    if (map) return map;
    map = /* @__PURE__ */ new Map();
    this.declarations.set(scope, map);
    const into = map;
    const add = (id, kind, decl, extra = {}) => {
      if (!into.has(id.text)) into.set(id.text, { name: id.text, kind, id, scope, decl, ...extra });
    };
    const addPattern = (name, kind, decl, init, path5) => {
      if (ts.isIdentifier(name)) {
        add(name, kind, decl, { init, path: path5 });
        return;
      }
      for (const el of name.elements) {
        if (ts.isOmittedExpression(el)) continue;
        let sub = null;
        if (ts.isObjectBindingPattern(name) && !el.dotDotDotToken && path5) {
          const key = el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
          sub = key === null ? null : [...path5, key];
        }
        addPattern(el.name, kind, decl, init, sub);
      }
    };
    const addList = (list) => {
      const kind = listKind(list);
      for (const d of list.declarations) addPattern(d.name, kind, d, d.initializer, []);
    };
    const addStatement = (s) => {
      if (ts.isVariableStatement(s)) {
        if (isBlockScopedList(s.declarationList)) addList(s.declarationList);
      } else if (ts.isFunctionDeclaration(s) && s.name) {
        add(s.name, "function", s);
      } else if (ts.isClassDeclaration(s) && s.name) {
        add(s.name, "class", s);
      } else if ((ts.isEnumDeclaration(s) || ts.isModuleDeclaration(s)) && ts.isIdentifier(s.name)) {
        add(s.name, "other", s);
      } else if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.importClause) {
        const module = s.moduleSpecifier.text;
        const clause = s.importClause;
        if (clause.name) add(clause.name, "import", clause, { module, imported: "default" });
        const named = clause.namedBindings;
        if (named && ts.isNamespaceImport(named)) add(named.name, "import", named, { module, imported: "*" });
        if (named && ts.isNamedImports(named)) {
          for (const el of named.elements) add(el.name, "import", el, { module, imported: (el.propertyName ?? el.name).text });
        }
      } else if (ts.isImportEqualsDeclaration(s)) {
        const ref = s.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          add(s.name, "import", s, { module: ref.expression.text, imported: "*" });
        } else add(s.name, "other", s);
      }
    };
    let statements = [];
    if (isFunctionLike(scope)) {
      if (ts.isFunctionExpression(scope) && scope.name) add(scope.name, "function", scope);
      for (const p of scope.parameters) addPattern(p.name, "param", p, void 0, null);
      if (scope.body && ts.isBlock(scope.body)) statements = scope.body.statements;
    } else if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
      statements = scope.statements;
    } else if (ts.isClassStaticBlockDeclaration(scope)) {
      statements = scope.body.statements;
    } else if (ts.isCaseBlock(scope)) {
      statements = scope.clauses.flatMap((c) => [...c.statements]);
    } else if (ts.isCatchClause(scope)) {
      if (scope.variableDeclaration) addPattern(scope.variableDeclaration.name, "catch", scope.variableDeclaration, void 0, null);
    } else if (ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) {
      const init = scope.initializer;
      if (init && ts.isVariableDeclarationList(init) && isBlockScopedList(init)) addList(init);
    }
    for (const s of statements) addStatement(s);
    if (isVarScope(scope)) this.hoistVars(scope, addList);
    return map;
  }
  /** `var` anywhere in the function (outside nested functions) belongs to the function. */
  hoistVars(scope, addList) {
    const visit = (node) => {
      if (node !== scope && (isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node))) return;
      if (ts.isVariableDeclarationList(node) && !isBlockScopedList(node)) addList(node);
      ts.forEachChild(node, visit);
    };
    const body = isFunctionLike(scope) ? scope.body : scope;
    if (body) visit(body);
  }
  index() {
    if (this.referenceIndex) return this.referenceIndex;
    const index = /* @__PURE__ */ new Map();
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        if (isReferencePosition(node)) {
          const list = index.get(node.text);
          if (list) list.push(node);
          else index.set(node.text, [node]);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.referenceIndex = index;
    return index;
  }
};
function isReferencePosition(id) {
  const p = id.parent;
  switch (p.kind) {
    case ts.SyntaxKind.PropertyAccessExpression:
      return p.expression === id;
    case ts.SyntaxKind.BindingElement:
      return p.initializer === id;
    case ts.SyntaxKind.ExportSpecifier: {
      const spec = p;
      return !spec.parent.parent.moduleSpecifier && (spec.propertyName ?? spec.name) === id;
    }
    case ts.SyntaxKind.ShorthandPropertyAssignment:
      return true;
    case ts.SyntaxKind.LabeledStatement:
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
    case ts.SyntaxKind.MetaProperty:
    case ts.SyntaxKind.QualifiedName:
    case ts.SyntaxKind.TypeReference:
    case ts.SyntaxKind.ImportSpecifier:
    case ts.SyntaxKind.ImportClause:
    case ts.SyntaxKind.NamespaceImport:
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return false;
    default:
      return !("name" in p && p.name === id);
  }
}
function isWriteTarget(id) {
  let e = id;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    return p.left === e && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  }
  if (ts.isForInStatement(p) || ts.isForOfStatement(p)) return p.initializer === e;
  return false;
}

// src/typescript/resolve.ts
var GLOBALS = /* @__PURE__ */ new Set(["require", "module"]);
function isWrapper(n) {
  switch (n.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.SatisfiesExpression:
      return true;
    default:
      return false;
  }
}
function skipOuter(e) {
  while (isWrapper(e)) e = e.expression;
  return e;
}
function moduleName(specifier) {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}
var EQUIVALENTS = {
  "cross-spawn": "child_process.spawn",
  "cross-spawn.default": "child_process.spawn",
  "cross-spawn.spawn": "child_process.spawn",
  "cross-spawn.sync": "child_process.spawnSync"
};
function canonical(name) {
  const second = name.indexOf(".", "cross-spawn.".length);
  const head = second < 0 ? name : name.slice(0, second);
  const mapped = EQUIVALENTS[head];
  return mapped ? mapped + name.slice(head.length) : name;
}
function stringValue(e) {
  if (!e) return null;
  const n = ts.isParenthesizedExpression(e) ? skipOuter(e) : e;
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : null;
}
function memberName(e) {
  if (ts.isPropertyAccessExpression(e)) return ts.isIdentifier(e.name) ? e.name.text : null;
  if (ts.isElementAccessExpression(e)) return stringValue(e.argumentExpression);
  return null;
}
function isImportCall(e) {
  return ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.ImportKeyword;
}
var JsModel = class extends ScopeModel {
  names = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  callList = null;
  /** `child_process.exec`, `util.promisify`, `promisify(child_process.exec)`, or null. */
  qualifiedName(expr) {
    const e = skipOuter(expr);
    const cached = this.names.get(e);
    if (cached !== void 0) return cached;
    if (this.pending.has(e)) return null;
    this.pending.add(e);
    const computed = this.compute(e);
    const name = computed && computed.startsWith("cross-spawn") && (computed.length === 11 || computed[11] === ".") ? canonical(computed) : computed;
    this.pending.delete(e);
    this.names.set(e, name);
    return name;
  }
  compute(e) {
    if (ts.isIdentifier(e)) {
      const b = this.lookup(e);
      if (!b) return GLOBALS.has(e.text) ? e.text : null;
      return this.bindingName(b);
    }
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const member2 = memberName(e);
      if (member2 !== null && skipOuter(e.expression).kind === ts.SyntaxKind.ThisKeyword) {
        const own = this.homeProperty(e, member2);
        return own ? this.qualifiedName(own) : null;
      }
      const base = member2 === null ? null : this.qualifiedName(e.expression);
      return base && `${base}.${member2}`;
    }
    if (ts.isCallExpression(e)) {
      if (isImportCall(e)) return null;
      if (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "bind") return this.qualifiedName(e.expression.expression);
      const callee = this.qualifiedName(e.expression);
      const arg = e.arguments[0];
      if (callee === "require" || callee === "module.require") {
        const spec = stringValue(arg);
        return spec === null ? null : moduleName(spec);
      }
      if (callee === "util.promisify" && arg) {
        const inner = this.qualifiedName(arg);
        return inner && `promisify(${inner})`;
      }
      return null;
    }
    if (ts.isAwaitExpression(e)) {
      const operand = skipOuter(e.expression);
      if (isImportCall(operand)) {
        const spec = stringValue(operand.arguments[0]);
        return spec === null ? null : moduleName(spec);
      }
      return null;
    }
    return null;
  }
  /**
   * Ex) `var iw = module.exports = { exec: child_process.exec, scan: scan }; function scan() { this.exec(cmd, cb) }`:
   * `this.exec` in a function that is a property of one object literal (by name or inline, and
   * nowhere else) is that object's `exec`, as every call `iw.scan()` sees it (tests may swap it
   * for a fake; the library runs the real one). Null when the function has another use, or the
   * literal has no such property or spreads another object into it.
   */
  homeProperty(access, member2) {
    let fn = access.parent;
    while (fn && !ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn) && !ts.isClassLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
    if (!fn || ts.isClassLike(fn) || ts.isSourceFile(fn)) return null;
    let holder = null;
    if (ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) {
      let e = fn;
      while (isWrapper(e.parent)) e = e.parent;
      holder = ts.isMethodDeclaration(fn) ? fn.parent : ts.isPropertyAssignment(e.parent) && e.parent.initializer === e ? e.parent.parent : null;
    } else if (fn.name) {
      const b = this.lookup(fn.name);
      if (!b || b.id !== fn.name) return null;
      const refs = this.references(b).filter((r) => r !== fn.name);
      if (refs.length !== 1) return null;
      const p = refs[0].parent;
      if (ts.isPropertyAssignment(p) && p.initializer === refs[0]) holder = p.parent;
      else if (ts.isShorthandPropertyAssignment(p)) holder = p.parent;
    }
    if (!holder || !ts.isObjectLiteralExpression(holder)) return null;
    const props = holder.properties.filter((p) => !ts.isSpreadAssignment(p) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === member2);
    if (props.length !== 1 || holder.properties.some(ts.isSpreadAssignment)) return null;
    const prop = props[0];
    return ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : null;
  }
  /** What a binding holds, when its declaration says so and nothing assigns it again. */
  bindingName(b) {
    if (b.kind === "import") {
      const module = moduleName(b.module);
      return b.imported === "*" || b.imported === "default" ? module : `${module}.${b.imported}`;
    }
    if (b.kind === "param") return this.typedParameter(b);
    if (!b.init || !b.path || this.isReassigned(b)) return null;
    const base = this.qualifiedName(b.init);
    if (!base) return null;
    const path5 = b.path.filter((p, i) => !(i === 0 && p === "default"));
    return path5.length ? `${base}.${path5.join(".")}` : base;
  }
  /**
   * Ex) (actualSpawn: typeof childProcess.spawn) => actualSpawn(cmd, args)  -> child_process.spawn.
   * A parameter declared as the type of a function of this file's imports (and never assigned)
   * is that function, or one that works as it does (`cross-spawn`'s): the caller hands it in.
   */
  typedParameter(b) {
    const p = b.decl;
    if (!ts.isParameter(p) || !ts.isIdentifier(p.name) || !p.type || !ts.isTypeQueryNode(p.type) || this.isReassigned(b)) return null;
    const entity = (n) => {
      if (ts.isIdentifier(n)) {
        const inner = this.lookup(n);
        return inner && inner.kind !== "param" ? this.bindingName(inner) : null;
      }
      const left = entity(n.left);
      return left && `${left}.${n.right.text}`;
    };
    return entity(p.type.exprName);
  }
  /** Every call in the file, in source order. */
  calls() {
    if (this.callList) return this.callList;
    const list = [];
    const visit = (node) => {
      if (ts.isCallExpression(node)) list.push(node);
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.callList = list;
    return list;
  }
  /** Calls whose callee resolves to one of `names`, with the name it resolved to. */
  callsTo(names) {
    const out = [];
    const tails = new Set([...names].map((n) => n.slice(n.lastIndexOf(".") + 1)));
    for (const call of this.calls()) {
      const callee = skipOuter(call.expression);
      if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && !tails.has(memberName(callee) ?? "")) continue;
      const qualified = this.qualifiedName(callee);
      if (qualified && names.has(qualified)) out.push({ call, qualified });
    }
    return out;
  }
  /** The initializer a name stands for, when it is bound once (`const opts = {...}`). */
  initializerOf(e) {
    let cur = skipOuter(e);
    for (let depth = 0; depth < 8 && ts.isIdentifier(cur); depth++) {
      const b = this.lookup(cur);
      if (!b || !b.init || !b.path || b.path.length || this.isReassigned(b)) break;
      cur = skipOuter(b.init);
    }
    return cur;
  }
};

// src/typescript/flow.ts
function fnOf(n) {
  for (let p = n.parent; p; p = p.parent) if (isFunctionLike(p) || ts.isSourceFile(p)) return p;
  return n.getSourceFile();
}
function contains(outer, inner) {
  return outer.pos <= inner.pos && inner.end <= outer.end;
}
function unconditionalWithin(n, upTo) {
  for (let c = n, p = n.parent; p && p !== upTo; c = p, p = p.parent) {
    if (isFunctionLike(p)) return false;
    if (ts.isIfStatement(p) && p.expression !== c) return false;
    if (ts.isConditionalExpression(p) && p.condition !== c) return false;
    if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind)) return false;
    if (ts.isCaseClause(p) || ts.isDefaultClause(p) || ts.isCatchClause(p)) return false;
    if (ts.isIterationStatement(p, false)) return false;
  }
  return true;
}
function isLogical(k) {
  return k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken;
}
function lowestCommon(a, b) {
  let n = a;
  while (n && !contains(n, b)) n = n.parent;
  return n ?? a.getSourceFile();
}
var definitions = /* @__PURE__ */ new WeakMap();
function definitionsOf(model, b) {
  let defs = definitions.get(b);
  if (!defs) {
    defs = model.references(b).filter((r) => isWriteTarget(r));
    if (ts.isVariableDeclaration(b.decl) && b.decl.initializer) defs.push(b.decl.initializer);
    definitions.set(b, defs);
  }
  return defs;
}
function reaches(model, b, def, ref) {
  const defs = definitionsOf(model, b);
  if (defs.length <= 1) return true;
  if (fnOf(ref) !== fnOf(def)) return true;
  if (ref.pos < def.pos) {
    for (let p = def.parent; p; p = p.parent) if (ts.isIterationStatement(p, false) && contains(p, ref)) return true;
    return false;
  }
  for (const other of defs) {
    if (other.pos <= def.pos || other.pos >= ref.pos || fnOf(other) !== fnOf(ref)) continue;
    if (unconditionalWithin(other, lowestCommon(other, ref))) return false;
  }
  return true;
}
function callSitesOf(model, fn) {
  let id = null;
  if (ts.isFunctionDeclaration(fn) && fn.name) id = fn.name;
  else if (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) {
    let e = fn;
    while (isWrapper(e.parent)) e = e.parent;
    const d = e.parent;
    if (ts.isVariableDeclaration(d) && d.initializer === e && ts.isIdentifier(d.name)) id = d.name;
  }
  if (!id) return null;
  if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Export) return null;
  const decl = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  const stmt = ts.isVariableDeclaration(decl) ? decl.parent.parent : null;
  if (stmt && ts.isVariableStatement(stmt) && stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return null;
  const binding = model.lookup(id);
  if (!binding || binding.id !== id) return null;
  const sites = [];
  for (const ref of model.references(binding)) {
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const call = e.parent;
    if (!ts.isCallExpression(call) || call.expression !== e) return null;
    sites.push(call);
  }
  return sites.length ? sites : null;
}
function functionName(fn) {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const d = fn.parent;
  return ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) ? d.name.text : "a helper";
}
var EXITS = /^(process\.exit|(remote\.)?app\.(quit|exit))$/;
function endsProcess(s) {
  let found = false;
  const visit = (n) => {
    if (found || ts.isFunctionDeclaration(n) || ts.isClassLike(n)) return;
    if (ts.isPropertyAccessExpression(n) && EXITS.test(n.getText().replace(/\s+/g, ""))) {
      const p = n.parent;
      if (ts.isCallExpression(p) && (p.expression === n || p.arguments.includes(n))) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(s);
  return found;
}
function exitsSoonAfter(node) {
  const sf = node.getSourceFile();
  for (let c = node, p = node.parent; p; c = p, p = p.parent) {
    if (isFunctionLike(p)) return null;
    const list = ts.isBlock(p) || ts.isSourceFile(p) ? p.statements : ts.isCaseClause(p) || ts.isDefaultClause(p) ? p.statements : null;
    if (!list) continue;
    const i = list.indexOf(c);
    for (const s of list.slice(i + 1)) {
      if (endsProcess(s)) return sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1;
    }
  }
  return null;
}
function rootIdentifier(n) {
  let e = n;
  for (; ; ) {
    if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || isWrapper(e)) e = e.expression;
    else break;
  }
  return ts.isIdentifier(e) ? e.text : null;
}
function awaitsExit(s) {
  let found = false;
  const visit = (n) => {
    if (found || isFunctionLike(n) && !ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) return;
    if (ts.isAwaitExpression(n)) {
      const text = n.expression.getText();
      if (/\bonce\s*\([^,]+,\s*['"`](exit|close)['"`]/.test(text) || /^new\s+Promise\b/.test(text) && /\.(on|once)\s*\(\s*['"`](exit|close)['"`]/.test(text)) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(s);
  return found;
}
function polarity(e) {
  const v = skipOuter(e);
  if (ts.isPrefixUnaryExpression(v) && v.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = polarity(v.operand);
    return { text: inner.text, truthy: !inner.truthy };
  }
  return { text: v.getText().replace(/\s+/g, ""), truthy: true };
}
function sameTest(cond, branch, anchor) {
  let c = anchor;
  while (isWrapper(c.parent)) c = c.parent;
  const p = c.parent;
  if (!p || !ts.isBinaryExpression(p) || p.right !== c) return false;
  const op = p.operatorToken.kind;
  if (op !== ts.SyntaxKind.BarBarToken && op !== ts.SyntaxKind.AmpersandAmpersandToken) return false;
  const made = polarity(p.left);
  const madeTruthy = op === ts.SyntaxKind.AmpersandAmpersandToken ? made.truthy : !made.truthy;
  const test = polarity(cond);
  const testTruthy = branch === "then" ? test.truthy : !test.truthy;
  return made.text === test.text && madeTruthy === testTruthy;
}

// src/typescript/child-members.ts
var LISTEN = /* @__PURE__ */ new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
var CHAIN = /* @__PURE__ */ new Set(["off", "removeListener", "removeAllListeners", "setMaxListeners", "unref", "ref"]);
var STREAM_CHAIN = /* @__PURE__ */ new Set([...CHAIN, "setEncoding", "pause"]);
var INERT = /* @__PURE__ */ new Set(["pid", "kill", "killed", "exitCode", "signalCode", "connected", "disconnect", "send", "spawnfile", "spawnargs", "channel", "emit", "listenerCount", "listeners", "stdin"]);
var DRAIN_EVENTS = /* @__PURE__ */ new Set(["data", "readable"]);
var EXIT_EVENTS = /* @__PURE__ */ new Set(["exit", "close"]);
var STORE = /* @__PURE__ */ new Set(["push", "unshift", "add", "set", "splice"]);
function isOnceCall(model, call, arg) {
  if (call.arguments[0] !== arg) return false;
  const q = model.qualifiedName(call.expression);
  return q === "events.once" || q === "events.on" || q === "events.EventEmitter.once";
}
function streamOfMember(access, name) {
  if (name === "stdout" || name === "stderr") return { stream: name, node: access };
  if (name !== "stdio") return { stream: null, node: access };
  let e = access;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isElementAccessExpression(p) && p.expression === e && ts.isNumericLiteral(p.argumentExpression)) {
    const fd = p.argumentExpression.text;
    if (fd === "1") return { stream: "stdout", node: p };
    if (fd === "2") return { stream: "stderr", node: p };
    return { stream: null, node: p };
  }
  return { stream: "all", node: access };
}

// src/typescript/usage.ts
function valueUse(model, expr, throughAwait) {
  let e = expr;
  for (; ; ) {
    const p = e.parent;
    if (isWrapper(p)) {
      e = p;
      continue;
    }
    switch (p.kind) {
      case ts.SyntaxKind.ExpressionStatement:
        return { kind: "dropped" };
      case ts.SyntaxKind.VoidExpression:
        return { kind: "void" };
      case ts.SyntaxKind.AwaitExpression:
        if (!throughAwait) return { kind: "awaited" };
        e = p;
        continue;
      case ts.SyntaxKind.PrefixUnaryExpression:
        return p.operator === ts.SyntaxKind.ExclamationToken ? { kind: "tested" } : { kind: "escapes" };
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.IfStatement:
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
        return { kind: "tested" };
      case ts.SyntaxKind.ConditionalExpression:
        if (p.condition === e) return { kind: "tested" };
        e = p;
        continue;
      case ts.SyntaxKind.BinaryExpression: {
        const b = p;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.CommaToken) {
          if (b.left === e) return { kind: "dropped" };
          e = p;
          continue;
        }
        if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.QuestionQuestionToken) {
          e = p;
          continue;
        }
        if (op === ts.SyntaxKind.EqualsToken && b.right === e) {
          const target = b.left;
          const binding = ts.isIdentifier(target) ? model.lookup(target) : null;
          return binding ? { kind: "bound", binding } : { kind: "escapes", node: e, parent: p };
        }
        if (op >= ts.SyntaxKind.EqualsEqualsToken && op <= ts.SyntaxKind.ExclamationEqualsEqualsToken) return { kind: "tested" };
        return { kind: "escapes", node: e, parent: p };
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const d = p;
        if (d.initializer !== e || !ts.isIdentifier(d.name) || isExported(d)) return { kind: "escapes", node: e, parent: p };
        const binding = model.lookup(d.name);
        return binding && binding.id === d.name ? { kind: "bound", binding } : { kind: "escapes" };
      }
      case ts.SyntaxKind.ArrowFunction:
        return p.body === e && returnIgnored(p) ? { kind: "dropped" } : { kind: "escapes", node: e, parent: p };
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression: {
        const access = p;
        if (access.expression !== e) return { kind: "escapes", node: e, parent: p };
        return { kind: "member", access, name: memberName(access) };
      }
      default:
        return { kind: "escapes", node: e, parent: p };
    }
  }
}
var IGNORES_RETURN = /* @__PURE__ */ new Set(["setTimeout", "setImmediate", "setInterval", "queueMicrotask", "nextTick", "forEach", "on", "once", "addListener"]);
function returnIgnored(fn) {
  const p = fn.parent;
  if (ts.isNewExpression(p)) return p.arguments?.[0] === fn && ts.isIdentifier(p.expression) && p.expression.text === "Promise";
  if (!ts.isCallExpression(p) || !p.arguments.includes(fn)) return false;
  const callee = p.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  return IGNORES_RETURN.has(name);
}
function isExported(d) {
  const statement = d.parent.parent;
  return ts.isVariableStatement(statement) && !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
function calledMember(access) {
  let n = access;
  while (isWrapper(n.parent)) n = n.parent;
  const call = n.parent;
  return ts.isCallExpression(call) && call.expression === n ? call : null;
}
var LISTEN2 = /* @__PURE__ */ new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
var CHAIN2 = /* @__PURE__ */ new Set(["off", "removeListener", "removeAllListeners", "setMaxListeners", "unref", "ref"]);
var STREAM_CHAIN2 = /* @__PURE__ */ new Set([...CHAIN2, "setEncoding", "pause"]);
var INERT2 = /* @__PURE__ */ new Set(["pid", "kill", "killed", "exitCode", "signalCode", "connected", "disconnect", "send", "spawnfile", "spawnargs", "channel", "emit", "listenerCount", "listeners"]);
var DRAIN_EVENTS2 = /* @__PURE__ */ new Set(["data", "readable"]);
var OUTCOME_MEMBERS = /* @__PURE__ */ new Set(["exitCode", "signalCode", "killed"]);
function learnsOutcome(called) {
  const event = stringValue(called.arguments[0]);
  if (event !== null && !EXIT_EVENTS.has(event)) return false;
  const handler = called.arguments[1];
  if (!handler) return false;
  let h = handler;
  while (isWrapper(h)) h = h.expression;
  if (ts.isArrowFunction(h) || ts.isFunctionExpression(h)) return h.parameters.length > 0 || h.body.getText().includes("arguments");
  return true;
}
function childUses(model, call) {
  const u = { escapes: false, listens: false, stdoutConsumed: false, stdoutTouched: false, otherStreams: false, outcome: false };
  const seen = /* @__PURE__ */ new Set();
  const follow = (expr, fromReference) => {
    if (seen.has(expr)) return;
    seen.add(expr);
    const use = valueUse(model, expr, true);
    switch (use.kind) {
      case "bound":
        if (fromReference) u.escapes = true;
        else for (const ref of model.references(use.binding)) if (!isWriteTarget(ref)) follow(ref, true);
        return;
      case "member":
        member2(use.access, use.name);
        return;
      case "escapes":
        u.escapes = true;
        return;
      default:
        return;
    }
  };
  const member2 = (access, name) => {
    const called = calledMember(access);
    if (name === "stdout") {
      u.stdoutTouched = true;
      if (streamConsumed(model, access)) u.stdoutConsumed = true;
    } else if (name === "stderr" || name === "stdin") {
      u.otherStreams = true;
    } else if (name === "stdio") {
      u.stdoutTouched = u.stdoutConsumed = u.otherStreams = true;
    } else if (name !== null && called && LISTEN2.has(name)) {
      u.listens = true;
      if (learnsOutcome(called)) u.outcome = true;
      follow(called, false);
    } else if (name !== null && called && CHAIN2.has(name)) {
      follow(called, false);
    } else if (name === null || !INERT2.has(name)) {
      u.escapes = true;
    } else if (OUTCOME_MEMBERS.has(name)) {
      u.outcome = true;
    }
  };
  follow(call, false);
  return u;
}
function streamConsumed(model, stream, depth = 0) {
  if (depth > 8) return true;
  const use = valueUse(model, stream, false);
  switch (use.kind) {
    case "dropped":
    case "void":
    case "tested":
      return false;
    case "bound":
      return model.references(use.binding).some((r) => !isWriteTarget(r) && streamConsumed(model, r, depth + 1));
    case "member": {
      const called = calledMember(use.access);
      if (!called) return false;
      const name = use.name;
      if (name !== null && LISTEN2.has(name)) {
        const event = stringValue(called.arguments[0]);
        if (event === null || DRAIN_EVENTS2.has(event)) return true;
        return streamConsumed(model, called, depth + 1);
      }
      if (name !== null && STREAM_CHAIN2.has(name)) return streamConsumed(model, called, depth + 1);
      return true;
    }
    default:
      return true;
  }
}
function readsParameter(fn) {
  const names = new Set(fn.parameters.flatMap((p) => ts.isIdentifier(p.name) ? [p.name.text] : []));
  if (fn.parameters.some((p) => !ts.isIdentifier(p.name))) return true;
  const reads = (n) => ts.isIdentifier(n) && names.has(n.text) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) || !!ts.forEachChild(n, (c) => reads(c) || void 0);
  return names.size > 0 && reads(fn.body);
}
function exitListener(model, call) {
  const seen = /* @__PURE__ */ new Set();
  const find = (expr, fromReference) => {
    if (seen.has(expr)) return null;
    seen.add(expr);
    const use = valueUse(model, expr, true);
    if (use.kind === "bound") {
      if (fromReference) return null;
      for (const ref of model.references(use.binding)) {
        const found = !isWriteTarget(ref) ? find(ref, true) : null;
        if (found) return found;
      }
      return null;
    }
    if (use.kind !== "member" || use.name === null) return null;
    const called = calledMember(use.access);
    if (!called || !(LISTEN2.has(use.name) || CHAIN2.has(use.name))) return null;
    if (LISTEN2.has(use.name) && EXIT_EVENTS.has(stringValue(called.arguments[0]) ?? "")) {
      let h = called.arguments[1];
      while (h && isWrapper(h)) h = h.expression;
      if (h && (!(ts.isArrowFunction(h) || ts.isFunctionExpression(h)) || readsParameter(h))) return called;
    }
    return find(called, false);
  };
  return find(call, false);
}

// src/typescript/child-fate.ts
function emptyObs(anchor) {
  return {
    escapes: false,
    listens: false,
    waits: false,
    unref: false,
    stored: false,
    stdinUsed: false,
    touched: { stdout: false, stderr: false },
    sites: { stdout: [], stderr: [] },
    returnedFrom: [],
    anchor,
    exitListeners: [],
    handedOut: null
  };
}
function bothBranches(guards) {
  return guards.some((g) => guards.some((h) => h.node === g.node && h.branch !== g.branch));
}
function cloneObs(o, anchor) {
  return {
    ...o,
    anchor,
    touched: { ...o.touched },
    sites: { stdout: [...o.sites.stdout], stderr: [...o.sites.stderr] },
    returnedFrom: [...o.returnedFrom],
    exitListeners: [...o.exitListeners]
  };
}
function severity(f) {
  const rank = (s) => s.state === "unread" ? 3 : s.state === "afterExit" ? 2 : s.state === "conditional" ? 1 : 0;
  return Math.max(rank(f.stdout), rank(f.stderr));
}
function dropVerb(f) {
  return f.listens ? "only waited for" : "dropped";
}

// src/typescript/child.ts
var ChildAnalysis = class {
  constructor(model) {
    this.model = model;
  }
  model;
  moduleDrainCache = {};
  /** Where the route being followed starts: only awaits after it can mean this child's exit. */
  anchor = null;
  /** The fate of the ChildProcess that `call` returns: the worst route it can take. */
  fate(call) {
    const obs = emptyObs(call);
    this.anchor = call;
    this.collect(call, obs, 0, /* @__PURE__ */ new Set());
    const fate = this.resolveRoutes(obs, 0);
    fate.site ??= call;
    return fate;
  }
  resolveRoutes(obs, depth) {
    const local = this.judge(obs);
    if (obs.escapes || !obs.returnedFrom.length) return local;
    let worst = null;
    for (const fn of obs.returnedFrom) {
      const sites = depth < 3 ? callSitesOf(this.model, fn) : null;
      if (!sites) {
        const handedOut = depth === 0 && obs.returnedFrom.length === 1 && !obs.handedOut ? `returned by ${ownerName(fn)}()` : void 0;
        return { ...local, escapes: true, ...handedOut ? { handedOut } : {}, ...obs.returnedFrom.length === 1 && depth === 0 ? { exportedFrom: fn } : {} };
      }
      for (const site of sites) {
        const route = cloneObs(obs, site);
        route.returnedFrom = [];
        this.anchor = site;
        this.collect(site, route, 0, /* @__PURE__ */ new Set());
        const fate = this.resolveRoutes(route, depth + 1);
        if (fate.escapes) continue;
        fate.site ??= site;
        const line = site.getSourceFile().getLineAndCharacterOfPosition(site.getStart()).line + 1;
        fate.route = fate.route ? `returned by ${functionName(fn)}() through ${fate.route.slice("returned by ".length)}` : `returned by ${functionName(fn)}() and ${dropVerb(fate)} at line ${line}`;
        if (!worst || severity(fate) > severity(worst)) worst = fate;
      }
    }
    return worst ?? { ...local, escapes: true };
  }
  judge(obs) {
    const stream = (s) => {
      const sites = obs.sites[s];
      const fate = { state: "unread", touched: obs.touched[s] };
      const exposed = sites.filter((x) => x.kind === "exposed");
      if (exposed.length && exposed.length === sites.length) return { state: "drained", touched: obs.touched[s], exposedAs: exposed[0].key };
      const drains = sites.filter((x) => x.kind !== "afterExit");
      const guards = drains.map((x) => this.guardOf(x.node, obs.anchor));
      if (drains.length && guards.some((g) => g === null)) fate.state = "drained";
      else if (drains.length && bothBranches(guards)) fate.state = "drained";
      else if (drains.length) {
        fate.state = "conditional";
        fate.guard = guards[0].text;
      } else if (sites.length) fate.state = "afterExit";
      return fate;
    };
    return {
      escapes: obs.escapes || obs.handedOut !== null,
      ...obs.handedOut !== null && !obs.escapes ? { handedOut: obs.handedOut } : {},
      listens: obs.listens,
      waits: obs.waits,
      unref: obs.unref,
      stored: obs.stored,
      stdinUsed: obs.stdinUsed,
      stdout: stream("stdout"),
      stderr: stream("stderr"),
      route: null,
      exitListeners: obs.exitListeners,
      drains: obs.sites
    };
  }
  /** The `if` (or `&&`, `?:`, case) that alone decides whether a drain runs, seen from the child's anchor. */
  guardOf(site, anchor) {
    const root = rootIdentifier(site);
    for (let c = site, p = site.parent; p; c = p, p = p.parent) {
      if (contains(p, anchor)) return null;
      if (isFunctionLike(p)) return null;
      let cond = null;
      let branch = "then";
      if (ts.isIfStatement(p) && p.expression !== c) {
        cond = p.expression;
        branch = p.thenStatement === c ? "then" : "else";
      } else if (ts.isConditionalExpression(p) && p.condition !== c) {
        cond = p.condition;
        branch = p.whenTrue === c ? "then" : "else";
      } else if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind)) {
        cond = p.left;
        branch = p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? "then" : "else";
      } else if (ts.isCaseClause(p) || ts.isDefaultClause(p)) {
        cond = p.parent.parent.expression;
      }
      if (!cond) continue;
      const text = cond.getText();
      if (/\bstd(out|err|io)\b/.test(text) || root && new RegExp(`(^|[^\\w$])${root.replace(/\$/g, "\\$")}($|[^\\w$])`).test(text)) continue;
      if (sameTest(cond, branch, anchor)) return null;
      return { node: p, branch, text };
    }
    return null;
  }
  /** Follows one value of the child. */
  collect(expr, obs, depth, seen) {
    if (seen.has(expr) || depth > 12) {
      return;
    }
    seen.add(expr);
    const model = this.model;
    const use = valueUse(model, expr, true);
    switch (use.kind) {
      case "bound": {
        for (const ref of model.references(use.binding)) {
          if (isWriteTarget(ref) || !reaches(model, use.binding, expr, ref)) continue;
          this.collect(ref, obs, depth + 1, seen);
        }
        return;
      }
      case "member":
        this.member(use.access, use.name, obs, depth, seen);
        return;
      case "escapes":
        this.escape(use.node ?? expr, use.parent ?? expr.parent, obs, depth, seen);
        return;
      default:
        return;
    }
  }
  member(access, name, obs, depth, seen) {
    const called = calledMember(access);
    const { stream, node } = streamOfMember(access, name);
    if (stream === "all") {
      obs.touched.stdout = obs.touched.stderr = obs.stdinUsed = true;
      obs.sites.stdout.push({ node, kind: "drain" });
      obs.sites.stderr.push({ node, kind: "drain" });
      return;
    }
    if (stream) {
      obs.touched[stream] = true;
      for (const site of this.streamSites(node, 0)) obs.sites[stream].push(site);
      return;
    }
    if (name === "stdin") obs.stdinUsed = true;
    else if (name !== null && called && LISTEN.has(name)) {
      obs.listens = true;
      const event = stringValue(called.arguments[0]);
      if (event === null || EXIT_EVENTS.has(event)) obs.waits = true;
      if (event === "exit") obs.exitListeners.push(called);
      this.collect(called, obs, depth + 1, seen);
    } else if (name !== null && called && CHAIN.has(name)) {
      if (name === "unref") obs.unref = true;
      this.collect(called, obs, depth + 1, seen);
    } else if (name === null || !INERT.has(name)) obs.escapes = true;
  }
  escape(node, parent, obs, depth, seen) {
    const model = this.model;
    if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent) && parent.body === node) {
      const fn = ts.isArrowFunction(parent) ? parent : fnOf(parent);
      if (isFunctionLike(fn)) {
        obs.returnedFrom.push(fn);
        return;
      }
    }
    if (ts.isCallExpression(parent)) {
      if (isOnceCall(model, parent, node)) {
        obs.listens = true;
        const event = stringValue(parent.arguments[1]);
        if (event === null || EXIT_EVENTS.has(event)) obs.waits = true;
        return;
      }
      const callee = skipOuter(parent.expression);
      if (ts.isPropertyAccessExpression(callee) && STORE.has(callee.name.text) && parent.arguments.includes(node)) {
        this.stored(callee.expression, null, obs, depth, seen);
        return;
      }
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isObjectBindingPattern(parent.name)) {
      this.destructured(parent.name, obs);
      return;
    }
    if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = skipOuter(parent.left);
      if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
        const key = memberName(target);
        if (key !== null && !/^\d+$/.test(key)) this.stored(target.expression, key, obs, depth, seen);
        else this.stored(target.expression, null, obs, depth, seen);
        this.collect(parent, obs, depth + 1, seen);
        return;
      }
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const key = propertyKey(parent.name);
      if (key !== null && this.objectStays(parent.parent)) {
        this.stored(null, key, obs, depth, seen);
        return;
      }
      const fn = key !== null ? this.returnedObjectOf(parent.parent) : null;
      if (fn && !obs.handedOut && !callSitesOf(this.model, fn)) {
        obs.handedOut = `returned by ${ownerName(fn)}() as \`${key}\``;
        return;
      }
    }
    if (ts.isShorthandPropertyAssignment(parent) && this.objectStays(parent.parent)) {
      this.stored(null, parent.name.text, obs, depth, seen);
      return;
    }
    obs.escapes = true;
  }
  /** The function that returns this object literal as it is (`return { proc: child }`, `() => ({ proc })`), or null. */
  returnedObjectOf(obj) {
    let e = obj;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if (ts.isArrowFunction(p) && p.body === e) return p;
    if (!ts.isReturnStatement(p)) return null;
    const fn = fnOf(p);
    return fn && isFunctionLike(fn) ? fn : null;
  }
  /** An object literal kept in the module (bound to a name or stored), not returned or passed on. */
  objectStays(obj) {
    const use = valueUse(this.model, obj, true);
    if (use.kind === "bound" || use.kind === "dropped") return true;
    if (use.kind !== "escapes" || !use.parent || !ts.isBinaryExpression(use.parent) || use.parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
    const root = rootIdentifier(use.parent.left);
    return root !== "module" && root !== "exports";
  }
  /**
   * The child is kept under a property `key` (of `this`, an object) or in a container: every read
   * of that property in the module is the child again. Containers give their elements back in
   * ways we do not follow, so a drain of any stdout in the module counts for them.
   */
  stored(container, key, obs, depth, seen) {
    const sf = this.model.sourceFile;
    obs.stored = true;
    if (key !== null) {
      for (const access of this.propertyReads(key)) this.collect(access, obs, depth + 1, seen);
      return;
    }
    if (container && this.containerEscapes(container)) {
      obs.escapes = true;
      return;
    }
    for (const s of ["stdout", "stderr"]) {
      obs.touched[s] ||= this.moduleDrains(s);
      if (this.moduleDrains(s)) obs.sites[s].push({ node: sf, kind: "drain" });
    }
  }
  containerEscapes(container) {
    const c = skipOuter(container);
    if (ts.isIdentifier(c)) {
      const b = this.model.lookup(c);
      if (!b) return true;
      if (b.scope === this.model.sourceFile && isExportedBinding(b)) return true;
      return this.model.references(b).some((r) => this.handedOver(r));
    }
    const key = memberName(c);
    if (key === null) return true;
    return this.propertyReads(key).some((r) => this.handedOver(r));
  }
  /** A container given to code we cannot see; iterating it (`for (const c of kids)`) is not. */
  handedOver(ref) {
    const use = valueUse(this.model, ref, true);
    if (use.kind !== "escapes") return false;
    return !(use.parent && (ts.isForOfStatement(use.parent) || ts.isForInStatement(use.parent)) && use.parent.expression === use.node);
  }
  readsCache = /* @__PURE__ */ new Map();
  /** `x.key` / `x['key']` read anywhere in the file (never the targets of writes). */
  propertyReads(key) {
    const hit = this.readsCache.get(key);
    if (hit) return hit;
    const out = [];
    const visit = (n) => {
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === key && !isWriteTarget(n)) out.push(n);
      if (ts.isBindingElement(n) && (n.propertyName ? propertyKey(n.propertyName) : ts.isIdentifier(n.name) ? n.name.text : null) === key && ts.isIdentifier(n.name)) {
        out.push(n.name);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.model.sourceFile);
    this.readsCache.set(key, out);
    return out;
  }
  /** Does anything in the module drain some child's `stream`? */
  moduleDrains(stream) {
    const hit = this.moduleDrainCache[stream];
    if (hit !== void 0) return hit;
    let found = false;
    for (const access of this.propertyReads(stream)) {
      if ((ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === "process") continue;
      if (this.streamSites(access, 0).some((s) => s.kind === "drain")) {
        found = true;
        break;
      }
    }
    this.moduleDrainCache[stream] = found;
    return found;
  }
  destructured(pattern, obs) {
    for (const el of pattern.elements) {
      const key = el.dotDotDotToken ? null : el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
      if (key === null || !ts.isIdentifier(el.name)) {
        obs.escapes = true;
        continue;
      }
      if (key === "stdout" || key === "stderr") {
        obs.touched[key] = true;
        const b = this.model.lookup(el.name);
        if (!b) continue;
        for (const ref of this.model.references(b)) if (!isWriteTarget(ref)) obs.sites[key].push(...this.streamSites(ref, 0));
      } else if (key === "stdio") {
        obs.escapes = true;
      } else if (key === "stdin") {
        obs.stdinUsed = true;
      } else if (LISTEN.has(key)) {
        obs.listens = obs.waits = true;
      } else if (!INERT.has(key)) {
        obs.escapes = true;
      }
    }
  }
  /** Where a stream is consumed (read, piped, iterated, handed over), and whether only after exit. */
  streamSites(stream, depth) {
    if (depth > 8) return [{ node: stream, kind: "drain" }];
    const model = this.model;
    const use = valueUse(model, stream, false);
    const site = (node) => [{ node, kind: this.afterExit(node) ? "afterExit" : "drain" }];
    switch (use.kind) {
      case "dropped":
      case "void":
      case "tested":
        return [];
      case "bound":
        return model.references(use.binding).filter((r) => !isWriteTarget(r)).flatMap((r) => this.streamSites(r, depth + 1));
      case "member": {
        const called = calledMember(use.access);
        if (!called) return [];
        const name = use.name;
        if (name !== null && LISTEN.has(name)) {
          const event = stringValue(called.arguments[0]);
          if (event === null || DRAIN_EVENTS.has(event)) return site(called);
          return this.streamSites(called, depth + 1);
        }
        if (name !== null && STREAM_CHAIN.has(name)) return this.streamSites(called, depth + 1);
        return site(called);
      }
      default: {
        const parent = use.kind === "escapes" ? use.parent : void 0;
        const key = use.kind === "escapes" && parent ? this.exposedKey(use.node ?? stream, parent) : null;
        if (key !== null && parent) {
          const reads = this.propertyReads(key).filter((r) => !this.parentsStream(r) && !this.reexposed(r, key));
          if (!reads.length) return [{ node: parent, kind: "exposed", key }];
          return reads.flatMap((r) => this.streamSites(r, depth + 1));
        }
        return site(use.kind === "escapes" && use.parent ? use.parent : stream);
      }
    }
  }
  /** `this.<key> = stream` as a statement: the property's name, else null. */
  exposedKey(node, parent) {
    if (!ts.isBinaryExpression(parent) || parent.right !== node || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(parent.parent)) return null;
    const target = skipOuter(parent.left);
    if (!ts.isPropertyAccessExpression(target) || skipOuter(target.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
    return memberName(target);
  }
  /** `this.<key> = <r>`: r is itself what gets re-exposed. */
  reexposed(r, key) {
    const use = valueUse(this.model, r, false);
    return use.kind === "escapes" && !!use.parent && this.exposedKey(use.node ?? r, use.parent) === key;
  }
  /** `process.stdout`: the parent's own stream, not a child's. */
  parentsStream(access) {
    return (ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === "process" && !this.model.lookup(access.expression);
  }
  /** Runs only once the child has exited: in an 'exit'/'close' listener, or after awaiting one. */
  afterExit(node) {
    for (let c = node, p = node.parent; p; c = p, p = p.parent) {
      if (isFunctionLike(p)) {
        let e = p;
        while (isWrapper(e.parent)) e = e.parent;
        const call = e.parent;
        if (ts.isCallExpression(call) && call.arguments.includes(e)) {
          const callee = skipOuter(call.expression);
          const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
          const event = stringValue(call.arguments[0]);
          if (method && LISTEN.has(method) && event !== null && EXIT_EVENTS.has(event)) return !(this.anchor && contains(p, this.anchor));
        }
        return false;
      }
      if ((ts.isBlock(p) || ts.isSourceFile(p)) && ts.isStatement(c)) {
        const statements = p.statements;
        for (const s of statements) {
          if (s === c) break;
          if (this.anchor && s.pos < this.anchor.pos) continue;
          if (awaitsExit(s)) return true;
        }
      }
    }
    return false;
  }
};
function ownerName(fn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isPropertyAssignment(e.parent) && e.parent.initializer === e) {
    const key = propertyKey(e.parent.name);
    if (key !== null) return key;
  }
  if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isBinaryExpression(e.parent) && e.parent.right === e && e.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const key = memberName(skipOuter(e.parent.left));
    if (key !== null) return key;
  }
  return functionName(fn);
}
function isExportedBinding(b) {
  const d = b.decl;
  const stmt = ts.isVariableDeclaration(d) ? d.parent.parent : d;
  return !!stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

// src/typescript/wrapper-index.ts
import path from "node:path";
var EXTENSION = /\.([cm]?[jt]sx?)$/i;
function moduleKey(abs) {
  return abs.replace(EXTENSION, "").replace(/[\\/]index$/, "");
}
function wrapperNeedles(index) {
  const names = /* @__PURE__ */ new Set();
  for (const [key, mod] of Object.entries(index)) for (const name of Object.keys(mod)) names.add(name === "default" ? path.basename(key) : name);
  return [...names];
}

// src/typescript/command.ts
import fs3 from "node:fs";
import { isBuiltin } from "node:module";
import nodePath from "node:path";

// src/shell.ts
var PLACEHOLDER = "\uE000";
var RESERVED = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "select", "function", "[[", "!"]);
var OPERATORS = ["&&", "||", ";;", "|&", ";", "&", "|", "(", ")"];
var REDIR_OPS = ["&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<", "<&", "<>", ">", "<"];
var ShellSyntaxError = class extends Error {
};
var isBreak = (c) => " 	\n;&|()<>".includes(c);
var WordScanner = class {
  constructor(text) {
    this.text = text;
    this.n = text.length;
  }
  text;
  n;
  /** Reads one word starting at `from`; returns its end. */
  word(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && !isBreak(text[j])) {
      const c = text[j];
      if (c === "\\") j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === "`") j = this.backtick(j + 1);
      else if (c === "$" && (text[j + 1] === "(" || text[j + 1] === "{")) j = this.balanced(j + 1);
      else j++;
    }
    return Math.min(j, n);
  }
  single(from) {
    const close = this.text.indexOf("'", from);
    if (close < 0) throw new ShellSyntaxError("unterminated quote");
    return close + 1;
  }
  double(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== '"') {
      if (text[j] === "\\") j += 2;
      else if (text[j] === "`") j = this.backtick(j + 1);
      else if (text[j] === "$" && (text[j + 1] === "(" || text[j + 1] === "{")) j = this.balanced(j + 1);
      else j++;
    }
    if (j >= n) throw new ShellSyntaxError("unterminated quote");
    return j + 1;
  }
  backtick(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== "`") j += text[j] === "\\" ? 2 : 1;
    if (j >= n) throw new ShellSyntaxError("unterminated backquote");
    return j + 1;
  }
  balanced(from) {
    const { text, n } = this;
    const open = text[from];
    const close = open === "(" ? ")" : "}";
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text[j];
      if (c === "\\") j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === open) {
        depth++;
        j++;
      } else if (c === close) {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    throw new ShellSyntaxError("unbalanced substitution");
  }
};
function redirection(text, i, words, script) {
  const c = text[i];
  const fdMatch = /^\d+(?=[<>])/.exec(text.slice(i, i + 12));
  const opStart = fdMatch ? i + fdMatch[0].length : i;
  const redir = REDIR_OPS.find((op) => text.startsWith(op, opStart));
  if (!redir || !(fdMatch || c === "<" || c === ">" || c === "&" && redir.startsWith("&"))) return null;
  if (redir.startsWith("<<") && redir !== "<<<") script.hasHeredoc = true;
  let j = opStart + redir.length;
  while (j < text.length && (text[j] === " " || text[j] === "	")) j++;
  const targetEnd = words.word(j);
  if (targetEnd === j) throw new ShellSyntaxError("redirection without a target");
  return { kind: "redir", text: redir, start: i, end: targetEnd, fd: fdMatch ? Number(fdMatch[0]) : null, target: text.slice(j, targetEnd) };
}
function tokenize(text, script) {
  const tokens = [];
  const words = new WordScanner(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "op", text: "\n", start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === "#") {
      script.hasComment = true;
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl;
      continue;
    }
    const redir = redirection(text, i, words, script);
    const op = redir ? void 0 : OPERATORS.find((o) => text.startsWith(o, i));
    const token = redir ?? (op ? { kind: "op", text: op, start: i, end: i + op.length } : { kind: "word", text: "", start: i, end: words.word(i) });
    if (token.kind === "word") token.text = text.slice(i, token.end);
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}
var Parser = class {
  constructor(tokens, script) {
    this.tokens = tokens;
    this.script = script;
  }
  tokens;
  script;
  pos = 0;
  peek() {
    return this.tokens[this.pos];
  }
  isOp(t, ...ops) {
    return !!t && t.kind === "op" && ops.includes(t.text);
  }
  parseProgram() {
    const list = this.parseList(null);
    if (this.pos < this.tokens.length) throw new ShellSyntaxError("unexpected token");
    return list;
  }
  /** A list ends at end of input, at `)` for a subshell, or at a `}` word for a group. */
  parseList(closer) {
    const list = { items: [] };
    for (; ; ) {
      while (this.isOp(this.peek(), "\n")) this.pos++;
      const t = this.peek();
      if (!t) break;
      if (closer === ")" && this.isOp(t, ")")) break;
      if (closer === "}" && t.kind === "word" && t.text === "}") break;
      const pipelines = [this.parsePipeline()];
      while (this.isOp(this.peek(), "&&", "||")) {
        this.pos++;
        while (this.isOp(this.peek(), "\n")) this.pos++;
        pipelines.push(this.parsePipeline());
      }
      const sep = this.peek();
      if (this.isOp(sep, ";", ";;", "&", "\n")) {
        this.pos++;
        list.items.push({ pipelines, separator: sep.text });
      } else {
        list.items.push({ pipelines, separator: null });
        break;
      }
    }
    return list;
  }
  parsePipeline() {
    const pipeline = { commands: [this.parseCommand()], stderrPiped: [] };
    while (this.isOp(this.peek(), "|", "|&")) {
      pipeline.stderrPiped.push(this.peek().text === "|&");
      this.pos++;
      while (this.isOp(this.peek(), "\n")) this.pos++;
      pipeline.commands.push(this.parseCommand());
    }
    return pipeline;
  }
  parseCommand() {
    const first = this.peek();
    if (!first) throw new ShellSyntaxError("missing command");
    if (this.isOp(first, "(") || first.kind === "word" && first.text === "{") {
      this.pos++;
      const closer = first.text === "(" ? ")" : "}";
      const body = this.parseList(closer);
      const close = this.peek();
      if (!close || close.text !== closer) throw new ShellSyntaxError(`missing ${closer}`);
      this.pos++;
      const redirs2 = [];
      while (this.peek()?.kind === "redir") redirs2.push(this.tokens[this.pos++]);
      const last = redirs2.at(-1) ?? close;
      return { kind: "group", body, redirs: redirs2, start: first.start, end: last.end };
    }
    const words = [];
    const redirs = [];
    for (; ; ) {
      const t = this.peek();
      if (!t || t.kind === "op") break;
      if (t.kind === "word" && t.text === "}" && words.length === 0 && redirs.length === 0) break;
      if (t.kind === "word") {
        if (words.length === 0 && RESERVED.has(t.text)) this.script.hasCompound = true;
        if (words.length === 0 && t.text.includes(PLACEHOLDER) && !/^\w+=/.test(t.text)) this.script.placeholderCommand = true;
        words.push(t);
      } else redirs.push(t);
      this.pos++;
    }
    if (words.length === 0 && redirs.length === 0) throw new ShellSyntaxError("empty command");
    const all = [...words, ...redirs];
    return { kind: "simple", words, redirs, start: Math.min(...all.map((t) => t.start)), end: Math.max(...all.map((t) => t.end)) };
  }
};
function parseShell(text) {
  const script = {
    ok: true,
    list: { items: [] },
    hasComment: false,
    hasHeredoc: false,
    hasCompound: false,
    placeholderCommand: false,
    firstStart: 0,
    lastEnd: 0
  };
  try {
    const tokens = tokenize(text, script);
    script.list = new Parser(tokens, script).parseProgram();
    const firstToken = tokens.find((t) => t.kind !== "op" || t.text !== "\n");
    script.firstStart = firstToken?.start ?? 0;
    const lastItem = script.list.items.at(-1);
    script.lastEnd = lastItem ? lastItem.pipelines.at(-1).commands.at(-1).end : 0;
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    script.ok = false;
  }
  return script;
}
function shellWordValue(raw) {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const c = raw[i];
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const body = raw.slice(i + 1, close < 0 ? raw.length : close);
      out += body;
      i = close < 0 ? raw.length : close + 1;
    } else if (c === "\\") {
      out += raw[i + 1] ?? "";
      i += 2;
    } else if (c === "$" || c === "`") {
      let j = i + 1;
      if (c === "`") j = raw.indexOf("`", j) + 1 || raw.length;
      else if (raw[j] === "(" || raw[j] === "{") {
        const close = raw[j] === "(" ? ")" : "}";
        let depth = 0;
        for (; j < raw.length; j++) {
          if (raw[j] === raw[i + 1]) depth++;
          else if (raw[j] === close && --depth === 0) {
            j++;
            break;
          }
        }
      } else while (j < raw.length && /[\w@*#?$!-]/.test(raw[j])) j++;
      out += PLACEHOLDER;
      i = j;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === "\\" && '"\\$`'.includes(raw[i + 1] ?? "")) {
          out += raw[i + 1];
          i += 2;
        } else if (raw[i] === "$" || raw[i] === "`") {
          const sub = /^\$\{[^}]*\}|^\$\([^)]*\)|^\$[\w@*#?$!-]+|^`[^`]*`/.exec(raw.slice(i));
          out += PLACEHOLDER;
          i += sub ? sub[0].length : 1;
        } else {
          out += raw[i];
          i++;
        }
      }
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (out.length > 0 && [...out].every((ch) => ch === PLACEHOLDER)) return null;
  return out;
}

// src/shell-fds.ts
function applyRedirs(fds, redirs) {
  const out = new Map(fds);
  for (const r of redirs) {
    const op = r.text;
    const target = r.target ?? "";
    if (op === "&>" || op === "&>>" || op === ">&" && r.fd === null && !/^\d+$|^-$/.test(target)) {
      out.set(1, "file");
      out.set(2, "file");
    } else if (op === ">&" || op === "<&") {
      const fd = r.fd ?? (op === ">&" ? 1 : 0);
      out.set(fd, target === "-" ? "closed" : out.get(Number(target)) ?? "closed");
    } else if (op.startsWith(">")) out.set(r.fd ?? 1, "file");
    else if (op.startsWith("<")) out.set(r.fd ?? 0, "file");
    else if (r.fd !== null && r.fd !== void 0) out.set(r.fd, "file");
  }
  return out;
}
function listLeaks(list, fds, hazards) {
  return list.items.some(
    (item) => item.pipelines.some(
      (pipeline) => pipeline.commands.some((command, i) => {
        const local = new Map(fds);
        if (i < pipeline.commands.length - 1) {
          local.set(1, "inner");
          if (pipeline.stderrPiped[i]) local.set(2, "inner");
        }
        return commandLeaks(command, local, hazards);
      })
    )
  );
}
function commandLeaks(command, fds, hazards) {
  const after = applyRedirs(fds, command.redirs);
  if (command.kind === "group") return listLeaks(command.body, after, hazards);
  return hazards.has(after.get(1) ?? "") || hazards.has(after.get(2) ?? "");
}
function shellLeaks(script, pipes) {
  if (!script.ok) return true;
  const fds = /* @__PURE__ */ new Map([[0, "stdin"], [1, "inherit-1"], [2, "inherit-2"]]);
  const hazards = /* @__PURE__ */ new Set();
  for (const fd of pipes) {
    fds.set(fd, `pipe-${fd}`);
    hazards.add(`pipe-${fd}`);
  }
  return listLeaks(script.list, fds, hazards);
}
function redirectionFor(pipes) {
  return pipes.includes(2) ? ">/dev/null 2>&1" : ">/dev/null";
}
function applyShellEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.content + out.slice(e.end);
  return out;
}
function devnullShellEdits(text, script, pipes) {
  if (!script.ok || script.hasHeredoc || script.list.items.length === 0) return null;
  const redirect = redirectionFor(pipes);
  const candidates = [];
  const single = script.list.items.length === 1 && script.list.items[0].pipelines.length === 1;
  if (single && !script.hasComment && !script.hasCompound && !script.placeholderCommand) {
    candidates.push([{ start: script.lastEnd, end: script.lastEnd, content: ` ${redirect}` }]);
  }
  const lastSeparator = script.list.items.at(-1).separator;
  if (script.hasComment || script.placeholderCommand) {
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: "{ " },
      { start: text.length, end: text.length, content: `
} ${redirect}` }
    ]);
  } else {
    let tailEnd = text.length;
    while (tailEnd > script.lastEnd && /\s/.test(text[tailEnd - 1])) tailEnd--;
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: "{ " },
      { start: script.lastEnd, end: tailEnd, content: `; } ${redirect}${lastSeparator === "&" ? " &" : ""}` }
    ]);
  }
  for (const edits of candidates) {
    const fixed = parseShell(applyShellEdits(text, edits));
    if (fixed.ok && !shellLeaks(fixed, pipes)) return edits;
  }
  return null;
}
function commandSites(script) {
  if (!script.ok) return null;
  const out = [];
  const walk2 = (list, fds, background) => {
    for (const item of list.items) {
      const bg = background || item.separator === "&";
      for (const pipeline of item.pipelines) {
        let feeder;
        pipeline.commands.forEach((command, i) => {
          const local = new Map(fds);
          if (i < pipeline.commands.length - 1) {
            local.set(1, "inner");
            if (pipeline.stderrPiped[i]) local.set(2, "inner");
          }
          const after = applyRedirs(local, command.redirs);
          const fedBy = i > 0 && after.get(0) === fds.get(0) ? feeder : void 0;
          feeder = void 0;
          if (command.kind === "group") walk2(command.body, after, bg);
          else {
            feeder = after.get(1) === "inner" ? out.length : void 0;
            out.push({ words: command.words.map((w) => w.text), stdout: after.get(1) ?? "closed", stderr: after.get(2) ?? "closed", background: bg, ...fedBy !== void 0 ? { fedBy } : {} });
          }
        });
      }
    }
  };
  walk2(script.list, /* @__PURE__ */ new Map([[0, "in"], [1, "out"], [2, "err"]]), false);
  return out;
}
function allInBackground(script) {
  const sites = commandSites(script);
  return !!sites && sites.length > 0 && sites.every((s) => s.background);
}

// src/knowledge/commands.data.ts
var UNLISTED = { stdout: "unbounded", stderr: "bounded" };
var VERBOSE = ["-v", "--verbose"];
var DISPATCHERS = "docker|podman|kubectl|helm|git|go|npm|pnpm|cargo|rustup|pip|pip3|apt|apt-get|apt-cache|yum|dnf|brew|dotnet|vagrant|ansible-galaxy|snap|flatpak";
var COMMANDS = [
  // Probes: a version banner or a help text is a few lines.
  { command: "*", exact: ["--version"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["-V"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["-VV"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  { command: "*", exact: ["-version"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["--help"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["-h"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["-help"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["--usage"], stdout: "bounded", stderr: "bounded", says: "prints its usage" },
  // ffmpeg(1) and avconv given an input and no output file describe the input (its streams and
  // metadata) on stderr, print nothing on stdout, and exit: the probe GUIs run on an encoder they
  // keep in a variable (`[self.encoder, '-i', path]`; audit 15: Curlew). Its listings (`-encoders`,
  // `-codecs`, ...) print a fixed table of a few hundred lines on stdout and the banner on stderr.
  // `…` is a program not known statically: these forms say nothing of a program the table names
  // (`tcpdump -i eth0` captures, `dpkg -i x.deb` installs).
  { command: "\u2026", exact: ["-i", "*"], stdout: "none", stderr: "bounded", says: "names an input and no output: it describes the input on stderr and exits, as ffmpeg does" },
  { command: "\u2026", exact: ["-hide_banner", "-i", "*"], stdout: "none", stderr: "bounded", says: "names an input and no output: it describes the input on stderr and exits, as ffmpeg does" },
  // A program run with the flags of a Chromium-family browser (`--app=URL`, `--new-window`,
  // `--remote-debugging-port=N`, `--user-data-dir=DIR`, `--kiosk`): a browser, kept open for a
  // session, logging its warnings and errors on stderr for as long as it runs; stdout stays all
  // but empty (audit 9: Eel's `[path, '--app=%s' % url]`, where the path is the user's browser).
  { command: "\u2026", when: ["/^--app=/", "--new-window", "/^--remote-debugging-port(=|$)/", "/^--user-data-dir=/", "--kiosk", "--no-first-run"], stdout: "bounded", stderr: "unbounded", says: "takes the flags of a Chromium-family browser: a browser, logging on stderr for as long as it runs" },
  ...["-encoders", "-decoders", "-codecs", "-formats", "-filters", "-muxers", "-demuxers", "-pix_fmts"].map((o) => ({ command: "\u2026", exact: [o], stdout: "bounded", stderr: "bounded", says: "prints the fixed table it names, as ffmpeg does" })),
  // Programs that dispatch to subcommands print their usage when given none, or `help`
  // (`git help log` is a whole manual page), and a version line for `version`.
  { command: DISPATCHERS, exact: [], stdout: "bounded", stderr: "bounded", says: "without a subcommand prints its usage" },
  { command: DISPATCHERS, exact: ["help"], stdout: "bounded", stderr: "bounded", says: "prints its usage" },
  { command: `${DISPATCHERS} version`, stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // Forms of otherwise loud or unlisted programs that write little (issue 11, audits 9 and 10).
  // docker-volume-create(1), docker-network-create(1): the name or id of what was made; rm the
  // names it removed (one per argument); connect and disconnect print nothing.
  { command: "docker|podman volume|network create|rm|remove|connect|disconnect", stdout: "bounded", stderr: "bounded", says: "prints the name or id of each volume or network it makes or removes, or nothing" },
  // qemu(1): `-machine help` (`-M ?`), `-cpu help`, `-accel help`, `-display help` print a fixed list and exit.
  { command: "qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm", when: ["-machine help", "-M help", "-cpu help", "-accel help", "-display help", "-machine ?", "-M ?", "-cpu ?"], stdout: "bounded", stderr: "bounded", says: "prints the list of machines or CPUs it supports and exits" },
  // wineserver(1): -d logs every request on stderr; -k kills the running server and -w waits for it, printing nothing.
  { command: "wineserver", when: ["/^-d\\d*$/", "/^--debug(=\\d+)?$/"], stdout: "none", stderr: "unbounded", says: "logs every request on stderr" },
  { command: "wineserver", when: ["-w", "--wait", "/^-k\\d*$/", "/^--kill(=\\d+)?$/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  // pyminifier prints the minified source unless -o/--outfile or -d/--destdir names where it goes;
  // then it prints a size line per file it was given.
  { command: "pyminifier", when: ["-o", "--outfile", "/^--outfile=/", "-d", "--destdir", "/^--destdir=/"], stdout: "bounded", stderr: "bounded", says: "writes the result to a file and prints a size line per file" },
  { command: "pyminifier", stdout: "unbounded", stderr: "bounded", says: "prints the minified source" },
  // terminal-notifier posts (or lists, removes) macOS notifications: a few lines at most.
  { command: "terminal-notifier", stdout: "bounded", stderr: "bounded", says: "shows a notification and prints a few lines at most" },
  // git-clean(1): one line per path it removes (or would, -n), growing with the untracked files; -q prints errors only.
  { command: "git clean", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git clean", stdout: "unbounded", stderr: "bounded", says: "names every path it removes" },
  // tcpreplay(1): a statistics block when it ends; -v decodes every packet on stdout, --stats repeats the block.
  { command: "tcpreplay|tcpreplay-edit", when: ["-v", "--verbose", "--stats", "/^--stats=/"], stdout: "unbounded", stderr: "bounded", says: "prints every packet or a statistics block per interval" },
  { command: "tcpreplay|tcpreplay-edit", stdout: "bounded", stderr: "bounded", says: "prints a statistics block when it ends" },
  // PyInstaller logs through Python's logging, on stderr; stdout stays nearly empty.
  { command: "pyinstaller", stdout: "bounded", stderr: "unbounded", says: "logs its build on stderr and prints little on stdout" },
  // tasklist /FI "IMAGENAME eq x" or "PID eq n" keeps the processes of one image or one id.
  { command: "tasklist|tasklist.exe", when: ["/^(IMAGENAME|imagename|ImageName|PID|pid) +(eq|EQ) /"], stdout: "bounded", stderr: "bounded", says: "prints the processes of one image or id" },
  // svn --version (--quiet: the number alone).
  { command: "svn", when: ["--version"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // git-upload-pack(1) sends a pack on stdout (protocol data); its stderr carries errors only.
  { command: "git upload-pack|upload-archive", stdout: "unbounded", stderr: "bounded", says: "sends a pack on stdout and only errors on stderr" },
  { command: "git-upload-pack|git-upload-archive", stdout: "unbounded", stderr: "bounded", says: "sends a pack on stdout and only errors on stderr" },
  // Shell builtins and small status commands.
  { command: "exit|true|false|:|sleep|cd|export|unset|umask|test|[|[[|wait|shift|trap|ulimit|set|source|.|alias|usleep", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // du names every directory unless it sums up; a zone transfer lists a whole zone.
  { command: "du", when: ["-s", "--summarize", "/^--max-depth=[01]$/", "-d 0", "-d 1"], stdout: "bounded", stderr: "bounded", says: "prints a total" },
  { command: "du", stdout: "unbounded", stderr: "bounded", says: "prints a line per directory" },
  { command: "dig", when: ["axfr", "AXFR", "ixfr", "IXFR"], stdout: "unbounded", stderr: "bounded", says: "lists a whole zone" },
  { command: "host", when: ["-l", "axfr", "AXFR"], stdout: "unbounded", stderr: "bounded", says: "lists a whole zone" },
  { command: "echo|printf|hostname|whoami|id|uname|date|pwd|basename|dirname|readlink|realpath|nproc|arch|tty|logname|getconf|lsb_release|uptime|expr|mktemp|which|type|pidof|pgrep|tput|clear|stty|locale|groups|who|users|where|md5sum|sha1sum|sha256sum|sha512sum|cksum|wc|stat|file|df|free|nslookup|host|dig", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // `head -n -5` prints all but the last lines, `tail -n +2` all but the first: the whole file.
  // grep -q answers with its exit status, -c with a count; otherwise it prints every match.
  { command: "grep|egrep|fgrep", when: ["-q", "--quiet", "--silent"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "grep|egrep|fgrep", when: ["-r", "-R", "--recursive", "--dereference-recursive"], stdout: "unbounded", stderr: "bounded", says: "searches a whole tree" },
  { command: "grep|egrep|fgrep", when: ["-c", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a count per file it is given" },
  { command: "grep|egrep|fgrep", when: ["-v", "--invert-match", "/^-\\w*v/"], stdout: "unbounded", stderr: "bounded", says: "prints every line that does not match", fromInput: true },
  { command: "grep|egrep|fgrep", stdout: "unbounded", stderr: "bounded", says: "prints every line that matches", fromInput: true, selects: true },
  { command: "head", when: ["-n /^-\\d+$/", "-c /^-\\d+$/", "/^-[nc]-\\d+$/", "/^--(lines|bytes)=-/"], stdout: "unbounded", stderr: "bounded", says: "prints all but the last lines of its input" },
  { command: "head", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "tail", when: ["-f", "-F", "--follow", "/^--follow=/"], stdout: "unbounded", stderr: "bounded", says: "follows the file without end" },
  { command: "tail", when: ["/^\\+\\d+$/", "/^-[nc]\\+\\d+$/", "/^--(lines|bytes)=\\+/"], stdout: "unbounded", stderr: "bounded", says: "prints the file from a line on" },
  { command: "tail", stdout: "bounded", stderr: "bounded", says: "prints the last lines" },
  // File utilities: quiet unless asked to be verbose.
  { command: "chmod|chown|chgrp", when: ["-c", "--changes"], stdout: "unbounded", stderr: "bounded", says: "names every file it changes" },
  { command: "mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "names every file it touches" },
  { command: "mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename|sync", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "dd", when: ["status=progress"], also: ["/^of=/"], stdout: "none", stderr: "unbounded", says: "writes to its output file and reports its progress on stderr every second" },
  { command: "dd", when: ["/^of=/"], stdout: "none", stderr: "bounded", says: "writes to its output file and a summary to stderr" },
  { command: "dd", stdout: "unbounded", stderr: "bounded", says: "copies its input to stdout" },
  { command: "cat|tac", stdout: "unbounded", stderr: "bounded", says: "copies its files (or its input) to stdout" },
  // Compressors: `-c` writes the data to stdout, `-v` names each file on stderr, `-t` and `-l` are checks.
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-c", "--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  { command: "zcat|bzcat|xzcat|zstdcat", stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-v", "--verbose"], also: ["/^-[a-zA-Z]*r[a-zA-Z]*$|^--recursive$/"], stdout: "none", stderr: "unbounded", says: "names every file of the tree on stderr" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-v", "--verbose"], stdout: "none", stderr: "bounded", says: "names each file it is given on stderr" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-l", "--list"], stdout: "bounded", stderr: "bounded", says: "prints a line per file" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // `tar czf - dir` writes the archive to stdout (and a verbose listing to stderr).
  { command: "tar", when: ["/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/", "--create"], also: ["-", "/^-?[ctxrudAzjJpfvhPW]*v[ctxrudAzjJpfvhPW]*$|^--verbose$/"], stdout: "unbounded", stderr: "unbounded", says: "writes the archive to stdout and lists every file on stderr" },
  { command: "tar", when: ["/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/", "--create"], also: ["-"], stdout: "unbounded", stderr: "bounded", says: "writes the archive to stdout" },
  { command: "tar", when: ["-v", "--verbose", "-t", "--list", "/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/"], stdout: "unbounded", stderr: "bounded", says: "lists every file" },
  { command: "tar", when: ["-f", "/^--file=/", "/^[ctxrudAzjJp]*f[ctxrudAzjJp]*$/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "unzip", when: ["-l", "-v", "-Z", "-p", "-c"], stdout: "unbounded", stderr: "bounded", says: "lists or prints the files of the archive" },
  { command: "zip|unzip", when: ["-q", "-qq", "--quiet"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "rsync", when: ["-v", "--verbose", "--progress", "-P", "--stats", "-i", "--itemize-changes", "/^--info=/", "--list-only"], stdout: "unbounded", stderr: "bounded", says: "lists every file" },
  { command: "rsync|scp", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "mount|umount|swapon|swapoff|losetup|mkswap", when: ["-a", "--all", "--show", "-l", "-s", "--summary"], stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "mount|umount|swapon|swapoff", when: ["/^[^-]/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  // Processes.
  { command: "kill|killall|pkill|killall5|renice|disown", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // Quiet forms of desktop and client commands listed further down: their actions print nothing,
  // their queries a few lines (issue 11).
  // notify-send(1) prints nothing, only the notification's id with -p/--print-id.
  { command: "notify-send", when: ["-p", "--print-id"], stdout: "bounded", stderr: "bounded", says: "prints the id of the notification" },
  { command: "notify-send", stdout: "none", stderr: "bounded", says: "shows a notification and prints nothing" },
  // xset(1): `q` prints the settings; the other forms change one and print nothing.
  { command: "xset", when: ["q", "-q"], stdout: "bounded", stderr: "bounded", says: "prints the current settings" },
  { command: "xset", stdout: "none", stderr: "bounded", says: "changes an X setting and prints nothing" },
  // setxkbmap(1): -query and -print describe the layout, -v[level] reports what it sets.
  { command: "setxkbmap", when: ["-query", "-print", "/^-v\\d*$/", "-verbose"], stdout: "bounded", stderr: "bounded", says: "prints the keyboard layout" },
  { command: "setxkbmap", stdout: "none", stderr: "bounded", says: "sets the keyboard layout and prints nothing" },
  // amixer(1): `set` prints the control's new state unless -q.
  { command: "amixer", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "changes a mixer control and prints nothing" },
  // xrandr(1): without an action, or with a query, it prints the outputs; an action prints nothing.
  { command: "xrandr", when: ["-q", "--query", "--verbose", "--listmonitors", "--listactivemonitors", "--listproviders", "--prop", "--props", "--current"], stdout: "bounded", stderr: "bounded", says: "prints the screens and outputs" },
  { command: "xrandr", when: ["--output", "-s", "--size", "--orientation", "--fb", "--setmonitor", "--delmonitor", "--newmode", "--rmmode", "--addmode", "--delmode", "--dpi", "--auto"], stdout: "none", stderr: "bounded", says: "changes the screen setup and prints nothing" },
  // pactl(1): the set-, move-, suspend- and kill- commands change the sound server and print nothing.
  { command: "pactl set-sink-volume|set-sink-mute|set-source-volume|set-source-mute|set-default-sink|set-default-source|set-card-profile|set-sink-port|set-source-port|set-sink-input-volume|set-sink-input-mute|set-source-output-volume|set-source-output-mute|set-sink-formats|set-port-latency-offset|suspend-sink|suspend-source|move-sink-input|move-source-output|unload-module|kill-client|kill-sink-input|kill-source-output|play-sample|remove-sample|upload-sample|exit", stdout: "none", stderr: "bounded", says: "changes the sound server and prints nothing" },
  // svn(1): -q keeps only conflicts and errors; info and the property, lock and cleanup commands print a few lines.
  { command: "svn checkout|co|update|up|export|switch|sw|commit|ci|add|delete|del|remove|rm|import|revert|copy|cp|move|mv", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints conflicts and errors only" },
  { command: "svn info|cleanup|propset|pset|ps|propget|pget|pg|propdel|pdel|pd|lock|unlock|mkdir|resolve|resolved|upgrade|relocate", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Launchers (editor extensions, Electron apps): they hand the file or URL over and print
  // nothing. On Linux the program that opens it is started from the launcher, by GLib or by
  // xdg-open's own exec of the desktop entry, with the launcher's stdout and stderr (a GUI
  // program opened from a terminal prints its warnings there); the launcher exits at once and
  // the program lives on with the pipes (reproduced: test/e2e/hazard-launchers.test.ts). macOS `open`
  // asks LaunchServices, and Windows' explorer ShellExecute: the program is not their child.
  { command: "xdg-open|gnome-open|gvfs-open|kde-open|kde-open5|exo-open|gtk-launch|gtk4-launch", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "gio open|launch", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "kioclient|kioclient5 exec", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "open|gio|wslview|explorer|explorer.exe", stdout: "none", stderr: "bounded", says: "hands the file or URL over and prints nothing" },
  // Windows: `start` opens the file or program in a window of its own and returns, unless /B keeps it in this console.
  { command: "cmd|cmd.exe", also: ["/^[/-][cCkK]$/", "start", "/^\\/[bB]$/"], stdout: "unbounded", stderr: "unbounded", says: "runs `start /B`: the program writes to this console" },
  { command: "cmd|cmd.exe", also: ["/^[/-][cCkK]$/", "start"], stdout: "none", stderr: "bounded", says: "runs `start`, which opens the file in a window of its own and returns" },
  // attrib with +x/-x flags sets attributes and prints nothing (an error line at most); without them it lists.
  { command: "attrib|attrib.exe", when: ["/^[+-][rahsiRAHSI]$/"], stdout: "bounded", stderr: "bounded", says: "sets file attributes and prints an error line at most" },
  // A terminal emulator runs its command in its own window: nothing reaches our pipes but its warnings.
  { command: "xterm|x-terminal-emulator|gnome-terminal|konsole|xfce4-terminal|terminator|urxvt|rxvt|lxterminal|mate-terminal|tilix", stdout: "none", stderr: "bounded", says: "runs its command in its own window" },
  // Clipboards. xclip(1): "-o, -out: prints the selection to standard out"; "-f, -filter: ... print the text piped
  // to standard in back to standard out"; in mode (the default) it reads stdin into the selection and prints nothing.
  // xsel(1): -o/--output prints the selection; -i/--input (the default when stdin is not a terminal), -a, -c, -d
  // change it and print nothing. The readers print what a user copied: text, a few lines.
  { command: "xclip", when: ["/^-f(ilter)?$/"], stdout: "unbounded", stderr: "bounded", says: "prints its input back as it stores it", fromInput: true },
  { command: "xclip", when: ["/^-o(ut)?$/"], stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "xsel", when: ["-o", "--output"], stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "pbpaste|wl-paste|termux-clipboard-get", stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "xclip|xsel|termux-clipboard-set", stdout: "none", stderr: "bounded", says: "stores its input in the clipboard and prints nothing" },
  { command: "pbcopy|wl-copy|clip|clip.exe|say|afplay|paplay|aplay|espeak", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "zenity|kdialog|yad|notify-send|launchctl|sw_vers|code|reg|reg.exe|sc|sc.exe|schtasks|netsh|rfkill|nmcli|hostapd_cli|wpa_cli", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Browsers log on stderr for as long as they run.
  { command: "chrome|google-chrome|google-chrome-stable|chromium|chromium-browser|firefox|msedge|microsoft-edge", stdout: "unbounded", stderr: "unbounded", says: "logs on both streams while it runs" },
  // Android's adb: logcat follows the log and shell runs a command (`adb shell ps` is judged as
  // `ps`: commands.ts, adbRemoteLine; an interactive shell stays here); the rest answer briefly.
  { command: "adb logcat|shell|exec-out", stdout: "unbounded", stderr: "unbounded", says: "follows the log or runs a command" },
  { command: "adb", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // What `adb shell` runs on the device: the log follows; the device's settings and managers answer briefly.
  { command: "logcat", stdout: "unbounded", stderr: "bounded", says: "prints the device log" },
  { command: "getprop|setprop|am|input|settings|wm|svc", stdout: "bounded", stderr: "bounded", says: "prints a few lines (an Android device tool)" },
  // Daemons that fork into the background by default; `nginx -T` dumps its configuration.
  { command: "nginx", when: ["-T"], stdout: "unbounded", stderr: "bounded", says: "prints its whole configuration" },
  { command: "nginx|apachectl|apache2ctl|httpd", stdout: "bounded", stderr: "bounded", says: "starts or signals the daemon and prints a line at most" },
  { command: "dhclient|dhcpcd", when: ["-d", "-v"], stdout: "unbounded", stderr: "unbounded", says: "logs in the foreground" },
  { command: "dhclient|dhcpcd", stdout: "bounded", stderr: "bounded", says: "prints a few lines and forks into the background" },
  // Media: ffmpeg writes its media to a file unless told `-`/`pipe:`, and logs progress on stderr.
  // `-i -` / `-i pipe:0` is its input (read from stdin), not an output: the word before must not be `-i`.
  { command: "ffmpeg", when: ["?/^(?!-i$)/ -", "?/^(?!-i$)/ /^pipe:/"], stdout: "unbounded", stderr: "unbounded", says: "writes its media to stdout and logs its progress on stderr" },
  { command: "ffmpeg", when: ["-nostats"], stdout: "none", stderr: "bounded", says: "logs its settings and errors, not its progress" },
  { command: "ffmpeg", stdout: "none", stderr: "unbounded", says: "logs its progress on stderr" },
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", stdout: "unbounded", stderr: "unbounded", says: "prints its progress on stdout and its log on stderr while it encodes" },
  // FLV metadata tools: -U updates the file in place and prints nothing.
  { command: "flvtool2|flvmeta", when: ["-U", "--update"], stdout: "none", stderr: "bounded", says: "updates the file in place and prints nothing" },
  { command: "ps", when: ["-p", "--pid", "-q", "--quick-pid"], stdout: "bounded", stderr: "bounded", says: "prints the processes it is asked about" },
  { command: "ps", stdout: "unbounded", stderr: "bounded", says: "lists processes, and only warnings on stderr", listsProcesses: true },
  { command: "lsof|tasklist", stdout: "unbounded", stderr: "bounded", says: "lists processes or files, and only warnings on stderr" },
  { command: "taskkill", stdout: "bounded", stderr: "bounded", says: "prints a line per process" },
  { command: "screen", when: ["-dmS", "-dm", "/^-d+m/"], stdout: "none", stderr: "bounded", says: "starts a detached session and prints nothing" },
  { command: "tmux", when: ["-d"], stdout: "none", stderr: "bounded", says: "starts a detached session and prints nothing" },
  // Network and firewall configuration: the changing forms print nothing, the listing forms can grow.
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", when: ["-L", "--list", "-S", "--list-rules", "/^-[a-zA-Z]*[LS][a-zA-Z]*$/"], stdout: "unbounded", stderr: "bounded", says: "lists the rules" },
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", when: ["-A", "-I", "-D", "-R", "-N", "-X", "-F", "-P", "-Z", "-E", "-C", "--append", "--insert", "--delete", "--replace", "--new-chain", "--delete-chain", "--flush", "--policy", "--zero", "--rename-chain", "--check"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", stdout: "unbounded", stderr: "bounded", says: "may list the rules (no action flag in the literal text)" },
  { command: "nft list|monitor", stdout: "unbounded", stderr: "bounded", says: "lists the ruleset or its events" },
  { command: "iptables-restore|ip6tables-restore|ebtables-restore|nft", when: ["-f", "/^[^-]/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables-restore|ip6tables-restore", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables-save|ip6tables-save", stdout: "unbounded", stderr: "bounded", says: "prints every rule" },
  // ipfw (FreeBSD, macOS): `list N` prints one rule, a range or no number all of them; `add`
  // echoes the rule it adds unless -q.
  { command: "ipfw list|l|show|sh", when: ["/^\\d+-\\d+$/"], stdout: "unbounded", stderr: "bounded", says: "lists the rules of a range" },
  { command: "ipfw list|l|show|sh *", stdout: "bounded", stderr: "bounded", says: "prints the rule it is given" },
  { command: "ipfw", when: ["-q"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ipfw add|delete|flush|zero|resetlog|disable|enable|pipe|queue|sched|nat", stdout: "bounded", stderr: "bounded", says: "prints the rule it changes" },
  { command: "ipfw", stdout: "unbounded", stderr: "bounded", says: "lists the rules" },
  { command: "ufw|firewall-cmd", stdout: "bounded", stderr: "bounded", says: "prints a status line or the rules it is asked about" },
  { command: "ifconfig", when: ["up", "down", "netmask", "hw", "mtu", "promisc", "-promisc", "broadcast", "add", "del", "inet", "inet6", "arp", "-arp", "txqueuelen", "pointopoint"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ifconfig", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  { command: "ifup|ifdown", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "ip monitor|mon", stdout: "unbounded", stderr: "bounded", says: "prints every network event until it is stopped" },
  { command: "ip link|l|li|addr|a|address|route|r|ro|rule|ru|neigh|n|tunnel|tun|netns|maddr|tuntap|xfrm add|del|delete|set|flush|change|replace|append|flush", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ip netns exec", stdout: "unbounded", stderr: "unbounded", says: "runs a command" },
  { command: "ip link|l|li|addr|a|address|neigh|n|route|r|ro|rule|ru", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  { command: "route", when: ["add", "del"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "route|arp", stdout: "bounded", stderr: "bounded", says: "prints a table" },
  { command: "iwconfig|iwpriv|hciconfig|macchanger|brctl|vconfig|ethtool|tc|iw", when: ["up", "down", "mode", "channel", "essid", "key", "set", "add", "del", "addbr", "delbr", "addif", "delif", "txpower", "rate", "-s", "-r", "-m", "-a", "piscan", "noscan", "reset", "qdisc"], stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  { command: "iwconfig|hciconfig|brctl", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  // airmon-ng start/stop switches an interface into or out of monitor mode; check lists the processes in the way.
  { command: "airmon-ng start|stop|check", stdout: "bounded", stderr: "bounded", says: "prints the interfaces and the monitor interface it starts or stops" },
  { command: "airmon-ng", stdout: "bounded", stderr: "bounded", says: "prints a table of interfaces" },
  { command: "sysctl", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "sysctl", when: ["-a", "-A", "-X", "--all"], stdout: "unbounded", stderr: "bounded", says: "prints every setting" },
  { command: "sysctl", stdout: "bounded", stderr: "bounded", says: "prints the settings it reads or writes" },
  { command: "modprobe|rmmod|insmod|depmod", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "logs what it does" },
  { command: "modprobe", when: ["-c", "--showconfig"], stdout: "unbounded", stderr: "bounded", says: "prints its whole configuration" },
  { command: "depmod", when: ["-n", "--dry-run"], stdout: "unbounded", stderr: "bounded", says: "writes the module index to stdout" },
  { command: "modprobe|rmmod|insmod|depmod", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "lsmod", stdout: "bounded", stderr: "bounded", says: "prints the loaded modules" },
  // Services.
  { command: "service", when: ["start", "stop", "restart", "reload", "force-reload", "status", "condrestart", "try-restart", "--status-all"], stdout: "bounded", stderr: "bounded", says: "prints a status line" },
  { command: "systemctl", when: ["start", "stop", "restart", "reload", "try-restart", "reload-or-restart", "enable", "disable", "mask", "unmask", "kill", "daemon-reload", "reset-failed", "is-active", "is-enabled", "is-failed", "status", "set-default", "get-default", "isolate", "poweroff", "reboot", "halt", "suspend"], stdout: "bounded", stderr: "bounded", says: "prints a status line at most" },
  { command: "initctl|start|stop|restart|reload|update-rc.d|chkconfig|rc-service|rc-update|invoke-rc.d", stdout: "bounded", stderr: "bounded", says: "prints a status line" },
  // An init script run by its path takes the actions `service NAME ACTION` passes it.
  { command: "/etc/init.d/*", when: ["start", "stop", "restart", "reload", "force-reload", "status", "condrestart", "try-restart", "graceful", "force-stop"], stdout: "bounded", stderr: "bounded", says: "prints a status line, as `service NAME ACTION` does" },
  { command: "supervisorctl|sv|pm2", when: ["-f", "--follow", "logs", "monit", "fg", "maintail", "--no-daemon"], stdout: "unbounded", stderr: "bounded", says: "follows the log without end" },
  { command: "supervisorctl|sv|pm2 start|stop|restart|reload|status|reread|update|delete|kill|save|up|down|once|term|hup", stdout: "bounded", stderr: "bounded", says: "prints a status line per process" },
  { command: "docker|podman start", when: ["-a", "--attach", "-i", "--interactive"], stdout: "unbounded", stderr: "unbounded", says: "attaches to the container's output" },
  { command: "brew|docker|podman services|start|stop|restart|rm|rmi|kill|pause|unpause|tag|rename|wait|port", stdout: "bounded", stderr: "bounded", says: "prints a line per service or container" },
  { command: "docker|podman run|create|exec", when: ["-d", "--detach"], stdout: "bounded", stderr: "bounded", says: "starts a container in the background and prints its id" },
  // systemd-resolved's clients: flushing or resetting prints nothing; `monitor` follows every lookup.
  { command: "resolvectl monitor", stdout: "unbounded", stderr: "bounded", says: "prints every lookup until it is stopped" },
  { command: "resolvectl flush-caches|reset-statistics|reset-server-features|revert", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "systemd-resolve", when: ["--flush-caches", "--reset-statistics", "--reset-server-features", "--revert"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "resolvectl|systemd-resolve", stdout: "bounded", stderr: "bounded", says: "prints a few lines per link or name" },
  { command: "journalctl|dmesg", when: ["-f", "--follow", "-w", "--follow"], stdout: "unbounded", stderr: "bounded", says: "follows the log without end" },
  { command: "shutdown|reboot|halt|poweroff|init|telinit", stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  // Users and system settings.
  { command: "pactl subscribe", stdout: "unbounded", stderr: "bounded", says: "prints every sound event until it is stopped" },
  { command: "gsettings|dconf", when: ["list-recursively", "monitor", "watch", "dump"], stdout: "unbounded", stderr: "bounded", says: "prints every key or change" },
  { command: "gsettings|dconf", stdout: "bounded", stderr: "bounded", says: "prints a value at most" },
  { command: "feh", when: ["/^--bg-/"], stdout: "none", stderr: "bounded", says: "sets the wallpaper and prints nothing" },
  { command: "xrdb|xsetroot", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "useradd|userdel|usermod|groupadd|groupdel|groupmod|gpasswd|chpasswd|chsh|chfn|passwd|adduser|deluser|addgroup|delgroup|ldconfig|hwclock|timedatectl|hostnamectl|loadkeys|setxkbmap|xset|xrandr|amixer|pactl|notify-send|crontab|at", stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  // git: the plumbing answers in a line, the rest can grow. Progress meters go to stderr only
  // on a terminal (or with --progress), but fetch and pull name every updated ref there.
  { command: "git clone|fetch|pull|push|submodule", when: ["--progress"], stdout: "bounded", stderr: "unbounded", says: "reports its progress on stderr" },
  { command: "git fetch|pull", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git pull", stdout: "unbounded", stderr: "unbounded", says: "prints a diffstat of the merge on stdout and names every fetched ref on stderr" },
  { command: "git fetch", stdout: "bounded", stderr: "unbounded", says: "names every fetched ref on stderr" },
  { command: "git remote update", stdout: "bounded", stderr: "unbounded", says: "names every fetched ref on stderr" },
  { command: "git push", when: ["--all", "--mirror", "--tags"], stdout: "bounded", stderr: "unbounded", says: "names every pushed ref on stderr" },
  { command: "git submodule foreach", stdout: "unbounded", stderr: "unbounded", says: "runs a command in every submodule" },
  { command: "git stash list|show", stdout: "unbounded", stderr: "bounded", says: "lists the stashes or shows a diff" },
  { command: "git add|rm|mv", when: ["-v", "--verbose", "-n", "--dry-run"], stdout: "unbounded", stderr: "bounded", says: "names every file" },
  { command: "git rm", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git rm", when: ["-r"], stdout: "unbounded", stderr: "bounded", says: "names every file it removes" },
  { command: "git log", when: ["-p", "--patch", "--stat", "--numstat", "--name-only", "--name-status", "-u"], stdout: "unbounded", stderr: "bounded", says: "prints a diff per commit" },
  { command: "git log", when: ["/^-[1-9]$/", "-n /^[1-9]$/", "/^--max-count=[1-9]$/"], stdout: "bounded", stderr: "bounded", says: "prints a few commits" },
  { command: "git tag|branch", when: ["-l", "--list", "-a", "--all", "-r", "--remotes", "--contains", "--merged", "--no-merged"], stdout: "unbounded", stderr: "bounded", says: "lists every tag or branch" },
  { command: "git tag|branch", when: ["/^(?!(tag|branch)$)[^-]/", "-d", "-D", "--delete", "-m", "-M", "--show-current"], stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  { command: "git rev-parse|symbolic-ref|describe|merge-base|hash-object|write-tree|commit-tree|mktree|var|init|checkout|switch|reset|add|rm|mv|restore|update-index|update-ref|am|apply|cherry-pick|revert|gc|prune|push|clone|worktree|stash|commit|config|remote|submodule|notes|version", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "git", stdout: "unbounded", stderr: "bounded", says: "can print a lot" },
  // Go tooling (editor extensions): `go list` reports module downloads and package errors on
  // stderr, for the packages it is given: a pattern with `...` (`./...`, `all`) names every
  // package of the tree, one import path names one. Builds, tests and runs can grow on both streams.
  { command: "go version|env", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "go list", when: ["/\\.\\.\\.$/", "all", "-deps", "-test"], stdout: "unbounded", stderr: "unbounded", says: "lists every package of the tree, and reports downloads and errors for each on stderr" },
  { command: "go list", stdout: "bounded", stderr: "bounded", says: "describes the packages it is given, and the module downloads for them on stderr (tens of KB at most)" },
  { command: "go", stdout: "unbounded", stderr: "unbounded", says: "builds, tests or runs code: both streams can grow" },
  { command: "gocode|gocode-gomod", when: ["close", "exit", "status"], stdout: "bounded", stderr: "bounded", says: "answers with a line" },
  { command: "gopkgs", stdout: "unbounded", stderr: "bounded", says: "lists packages, and only errors on stderr" },
  // Capture, attack and monitoring tools: they write until stopped.
  // dnsmasq forks into the background and logs to syslog unless kept in the foreground.
  { command: "dnsmasq", when: ["-d", "--no-daemon", "-k", "--keep-in-foreground", "/^--log-facility=-$/"], stdout: "unbounded", stderr: "unbounded", says: "logs in the foreground until it is stopped" },
  { command: "dnsmasq", stdout: "none", stderr: "bounded", says: "forks into the background and logs to syslog" },
  // Packet capture: `-w FILE` writes the packets to the file, not to stdout; `-r FILE` reads a
  // saved capture and prints a line per frame it selects, so it grows with the capture - except
  // a display filter on the WPA handshake (EAPOL) frames, which a capture holds a few of (four
  // per handshake). tcpdump -v and tshark (without -q) report a packet count on stderr while capturing.
  { command: "tcpdump|tshark|dumpcap", when: ["-w -"], stdout: "unbounded", stderr: "bounded", says: "writes the packets to stdout" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], also: ["-w"], stdout: "none", stderr: "bounded", says: "reads a saved capture and writes the frames it selects to a file" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], also: ["/^\\(*(eapol|ether proto 0x888e)\\)*(\\s*(&&|and)\\s.*)?$|\\s(&&|and)\\s*\\(*eapol\\)*$/"], stdout: "bounded", stderr: "bounded", says: "reads a saved capture and prints only its handshake (EAPOL) frames, a few lines" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], stdout: "unbounded", stderr: "bounded", says: "prints a line per frame of the saved capture" },
  { command: "tcpdump", when: ["-w"], also: ["/^-[a-zA-Z]*v[a-zA-Z]*$/"], stdout: "none", stderr: "unbounded", says: "writes the packets to a file and a packet count on stderr every second" },
  { command: "tcpdump", when: ["-w"], stdout: "none", stderr: "bounded", says: "writes the packets to a file and a line or two on stderr" },
  { command: "tshark|dumpcap", when: ["-w"], also: ["-q"], stdout: "none", stderr: "bounded", says: "writes the packets to a file and a count at the end" },
  { command: "tshark|dumpcap", when: ["-w"], stdout: "none", stderr: "unbounded", says: "writes the packets to a file and a running packet count on stderr" },
  { command: "tcpdump|tshark|dumpcap", stdout: "unbounded", stderr: "bounded", says: "prints a line per captured packet until it is stopped" },
  // aircrack-ng suite. aireplay-ng prints a status line about ten times a second while it
  // replays or injects (-2, -3, -4, -5, -6, -7, -0 0); fake authentication with a reassociation
  // delay of 0 (`-1 0`), a deauthentication of a few bursts (`-0 5`) and the injection test (-9)
  // end after a few lines. aircrack-ng redraws its status screen for every batch of keys it
  // tries: with `-q`, or a word list read from a command that prints a few lines, it stays small.
  { command: "aireplay-ng", when: ["-1 0", "--fakeauth 0", "--fakeauth=0", "-0 /^[1-9]\\d?$/", "--deauth /^[1-9]\\d?$/", "/^--deauth=[1-9]\\d?$/", "-9", "--test"], stdout: "bounded", stderr: "bounded", says: "sends a few packets and prints a few lines" },
  { command: "aireplay-ng", stdout: "unbounded", stderr: "bounded", says: "prints a status line about ten times a second until it is stopped" },
  { command: "aircrack-ng", when: ["-q", "--quiet", "-J", "-j"], stdout: "bounded", stderr: "bounded", says: "prints its result only" },
  { command: "aircrack-ng", when: ["-w -"], stdout: "unbounded", stderr: "bounded", says: "tries every word of its standard input and redraws its status screen", fromInput: true },
  { command: "aircrack-ng", stdout: "unbounded", stderr: "bounded", says: "redraws its status screen for every batch of keys it tries" },
  // cowpatty -c only checks a capture for a handshake; otherwise it prints a line every thousand words.
  { command: "cowpatty", when: ["-c"], stdout: "bounded", stderr: "bounded", says: "checks the capture for a handshake and prints a few lines" },
  { command: "cowpatty", stdout: "unbounded", stderr: "bounded", says: "prints a line for every thousand words it tries" },
  { command: "pyrit analyze|list_cores|list_essids|selftest", stdout: "bounded", stderr: "bounded", says: "prints a few lines per access point or core" },
  // wash reads a saved capture (-f) and prints a line per access point, or scans until it is stopped.
  { command: "wash|walsh", when: ["-f", "--file", "/^--file=/"], stdout: "bounded", stderr: "bounded", says: "prints a line per WPS access point of the saved capture" },
  // Daemons: in the background (-B) they log to syslog; in the foreground they log every event.
  { command: "hostapd|wpa_supplicant", when: ["-B"], stdout: "none", stderr: "bounded", says: "forks into the background" },
  { command: "hostapd|wpa_supplicant", stdout: "unbounded", stderr: "unbounded", says: "logs every event in the foreground until it is stopped" },
  // ettercap in text mode (-T) with -q prints its banner, the hosts it scanned and what its
  // plugins report: the spoofing plugins a line per spoofed reply, the others a line or two.
  // Without -q it prints every packet; -D daemonizes.
  { command: "ettercap", when: ["-D", "--daemon"], stdout: "none", stderr: "bounded", says: "forks into the background" },
  { command: "ettercap", when: ["-P /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/", "--plugin /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/", "/^--plugin=(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/"], stdout: "unbounded", stderr: "bounded", says: "reports every spoofed reply or event" },
  { command: "ettercap", when: ["-q", "--quiet"], also: ["/^-[a-zA-Z]*T[a-zA-Z]*$|^--text$/"], stdout: "bounded", stderr: "bounded", says: "runs quiet in text mode: its banner, the hosts it scanned and its plugin's messages" },
  // sslstrip logs what it strips to a file (-w, sslstrip.log by default) and prints its banner.
  { command: "sslstrip", stdout: "bounded", stderr: "bounded", says: "logs to a file (-w, sslstrip.log by default) and prints its banner" },
  { command: "hping3|l2ping", when: ["-c", "/^-c\\d+$/", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a line per probe" },
  { command: "l2ping", stdout: "unbounded", stderr: "bounded", says: "prints a line per echo until it is stopped", writeErrors: "ignored" },
  { command: "hcitool lescan|lecc|cmd", stdout: "unbounded", stderr: "bounded", says: "prints a line per advertisement until it is stopped" },
  { command: "hcitool|wpa_passphrase|ssh-keygen", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // password-store: `pass show -c` puts the first line on the clipboard and says so in one line.
  { command: "pass show", when: ["-c", "--clip", "/^--clip=/"], stdout: "bounded", stderr: "bounded", says: "copies a password to the clipboard and prints one line" },
  // reaver and wash log through one file, stdout unless -o names another (set_log_file(stdout) in
  // their sources); stderr gets the banner, the usage and a fatal error.
  { command: "reaver|wash|walsh", stdout: "unbounded", stderr: "bounded", says: "logs every pin attempt or access point on stdout until it is stopped" },
  { command: "airodump-ng|ettercap|arpspoof|dnsspoof|dsniff|urlsnarf|tcpkill|driftnet|mdk3|mdk4|bully|masscan|hping3|nc|netcat|ncat|socat|airbase-ng|besside-ng|hcxdumptool", stdout: "unbounded", stderr: "unbounded", says: "writes until it is stopped" },
  // nmap prints a few lines per host: a scan of one host or a small network stays small; a
  // target list, verbose or tracing output can grow.
  { command: "nmap", when: ["-iL", "-v", "-vv", "-d", "-dd", "--packet-trace", "--reason", "-iR", "/\\/(8|1[0-9])$/"], stdout: "unbounded", stderr: "bounded", says: "prints a line per host and port of a large scan" },
  { command: "nmap", stdout: "bounded", stderr: "bounded", says: "prints a few lines per host" },
  { command: "packetforge-ng|airdecap-ng|ivstools|wesside-ng", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "ping|ping6|arping", when: ["-c", "/^-c\\d+$/", "-w", "-q"], stdout: "bounded", stderr: "bounded", says: "prints a line per probe" },
  { command: "ping|ping6|arping", stdout: "unbounded", stderr: "bounded", says: "pings until it is stopped" },
  // `wget -O -` writes the download to stdout.
  { command: "wget", when: ["-O -", "/^-[a-zA-Z]*O-$/", "/^--output-document=-$/"], also: ["/^-[a-zA-Z]*q[a-zA-Z]*(O-)?$|^--quiet$/"], stdout: "unbounded", stderr: "bounded", says: "writes the download to stdout" },
  { command: "wget", when: ["-O -", "/^-[a-zA-Z]*O-$/", "/^--output-document=-$/"], stdout: "unbounded", stderr: "unbounded", says: "writes the download to stdout and its progress on stderr" },
  { command: "wget", when: ["-q", "--quiet", "-nv", "--no-verbose", "-o", "/^--output-file=/", "-b", "--background"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "wget", stdout: "none", stderr: "unbounded", says: "logs its progress on stderr" },
  { command: "curl", when: ["-s", "--silent"], also: ["/^-[a-zA-Z]*[oO]$|^--output$|^--remote-name|^--output=/"], stdout: "none", stderr: "bounded", says: "saves to a file and prints errors only" },
  { command: "curl", when: ["-s", "--silent"], stdout: "unbounded", stderr: "bounded", says: "writes the response to stdout and errors only on stderr" },
  { command: "curl", when: ["-o", "-O", "--output", "--remote-name", "/^--output=/"], stdout: "none", stderr: "unbounded", says: "saves to a file and logs its progress on stderr" },
  { command: "curl", stdout: "unbounded", stderr: "unbounded", says: "writes the response to stdout and its progress meter on stderr" },
  { command: "dpkg", when: ["--add-architecture", "--remove-architecture", "--print-architecture", "--print-foreign-architectures", "-s", "--status", "--compare-versions"], stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Clients that print their results on stdout and only errors on stderr.
  { command: "svn|rpcclient|smbclient|ldapsearch|whois", stdout: "unbounded", stderr: "bounded", says: "prints its results on stdout, errors on stderr" },
  // openssl writes keys and certificates to -out, or a PEM block to stdout; enc and the clients stream.
  { command: "openssl enc|s_client|s_server|s_time|speed|base64", stdout: "unbounded", stderr: "bounded", says: "streams its data or a session" },
  { command: "openssl", stdout: "bounded", stderr: "bounded", says: "prints a key, a certificate or a digest at most" },
  { command: "msfvenom", stdout: "unbounded", stderr: "bounded", says: "writes the payload on stdout and a few lines on stderr" },
  // Documents: pandoc writes the document to stdout unless told -o, and only warnings on stderr.
  { command: "pandoc", when: ["-o", "/^--output=/", "--output"], stdout: "none", stderr: "bounded", says: "writes the document to a file and only warnings on stderr" },
  { command: "pandoc", stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout and only warnings on stderr" },
  // Squirrel's installer (Electron apps on Windows): shortcut and start-up commands log to a file.
  { command: "Update.exe|update.exe|Squirrel.exe", when: ["--createShortcut", "--removeShortcut", "--processStart", "--processStartAndWait"], stdout: "none", stderr: "bounded", says: "logs to its own file and prints nothing" },
  // Its other commands (--install, --update, --download, --checkForUpdate, --uninstall) log to
  // SquirrelSetup.log too; on the console at most a percentage per progress step, and one JSON
  // line of release info for --download and --checkForUpdate.
  { command: "Update.exe|update.exe|Squirrel.exe", stdout: "bounded", stderr: "bounded", says: "logs to its own file and prints at most its progress and a line of release info" },
  // Package managers' one-line queries; pip -q prints warnings and errors only.
  { command: "pip|pip3", when: ["-q", "--quiet", "-qq"], stdout: "bounded", stderr: "bounded", says: "prints warnings and errors only" },
  { command: "npm|pnpm|yarn root|bin|prefix|whoami|config|get", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // ---- Programs real code runs (issue 11), by kind. A long-lived program (a server, an X
  // server, a GUI program, a tunnel, a watcher) writes for as long as it runs: output that grows
  // with its life, 'unbounded', though each line is small.
  // X servers log on stderr for as long as they run: a line or more per client connection and at
  // each server reset (xkbcomp warnings, resource notices). xvfb-run and startx run a session.
  { command: "Xvfb|Xephyr|Xvnc|Xtigervnc|Xorg|X|Xnest|Xwayland|Xdummy", stdout: "none", stderr: "unbounded", says: "runs an X server, which logs on stderr for as long as it runs", serves: true },
  { command: "startx|xinit", stdout: "unbounded", stderr: "unbounded", says: "runs an X server and a session, which log for as long as they run", serves: true },
  // x11vnc(1) logs every client and screen event on stderr; -q logs less, -o/-logfile sends it to a file, -bg forks.
  { command: "x11vnc", when: ["/^-o$/", "-logfile", "-bg"], stdout: "bounded", stderr: "bounded", says: "logs to a file or forks into the background" },
  { command: "x11vnc", stdout: "bounded", stderr: "unbounded", says: "logs every client and screen event on stderr for as long as it runs", serves: true },
  // vncserver(1) (TigerVNC, TightVNC) starts Xvnc in the background and prints where it logs.
  { command: "vncserver|tigervncserver|tightvncserver", stdout: "bounded", stderr: "bounded", says: "starts the VNC server in the background and prints a few lines" },
  { command: "websockify|novnc_proxy|vncviewer|xtigervncviewer|xfreerdp|rdesktop|remmina", stdout: "unbounded", stderr: "unbounded", says: "logs every connection for as long as it runs", serves: true },
  // Compositors, window managers, panels and desktop daemons: warnings on stderr for as long as they run.
  { command: "weston|sway|cage|gamescope|mutter|kwin_x11|kwin_wayland|openbox|fluxbox|i3|xfwm4|metacity|twm|matchbox-window-manager|awesome|icewm|herbstluftwm|bspwm|picom|compton|polybar|tint2|dunst|swaybg|swayidle|xscreensaver|redshift|gammastep|sxhkd|xbindkeys|nm-applet|blueman-applet|plank|conky", stdout: "bounded", stderr: "unbounded", says: "runs for the whole session and writes its warnings on stderr for as long as it runs" },
  // GUI programs run directly: GTK/Qt warnings on stderr for as long as they run (hours). Media
  // players also print a status line: mpv on stderr unless --really-quiet or --no-terminal,
  // mplayer on stdout unless -really-quiet, VLC logs on stderr unless -q.
  { command: "mpv|mplayer", when: ["--really-quiet", "-really-quiet", "--no-terminal", "--quiet", "-quiet", "/^--msg-level=all=no$/"], stdout: "bounded", stderr: "bounded", says: "plays without its status line" },
  { command: "vlc|cvlc", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "plays without its messages" },
  { command: "ffplay", when: ["-nostats", "-loglevel /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-v /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/"], stdout: "none", stderr: "bounded", says: "plays without its stats line" },
  { command: "mplayer|mpv|vlc|cvlc|ffplay", stdout: "unbounded", stderr: "unbounded", says: "plays while it prints a status line or its log, for as long as it runs", serves: true },
  // LibreOffice(1): --cat prints the text of the documents; --convert-to, --print-to-file and
  // --headless run without a window and print a line per file they convert.
  { command: "libreoffice|soffice|lowriter|localc|loimpress|lodraw", when: ["--cat"], stdout: "unbounded", stderr: "bounded", says: "prints the text of the documents on stdout" },
  { command: "libreoffice|soffice|lowriter|localc|loimpress|lodraw", when: ["--convert-to", "/^--convert-to=/", "--print-to-file", "--headless", "--invisible"], stdout: "bounded", stderr: "bounded", says: "runs without a window and prints a line per file it converts" },
  { command: "totem|smplayer|celluloid|audacious|rhythmbox|clementine|parole|xine|nautilus|dolphin|caja|thunar|nemo|pcmanfm|pcmanfm-qt|dde-file-manager|konqueror|spacefm|gedit|kate|kwrite|mousepad|pluma|xed|geany|leafpad|gvim|eog|evince|okular|gwenview|ristretto|shotwell|gimp|atril|xreader|qpdfview|zathura|mupdf|xpdf|libreoffice|soffice|lowriter|localc|loimpress|lodraw|thunderbird|brave|brave-browser|vivaldi|opera|epiphany|midori|qutebrowser|telegram-desktop|signal-desktop|discord|slack|steam|transmission-gtk|qbittorrent|deluge", stdout: "bounded", stderr: "unbounded", says: "runs a GUI program, which writes its warnings on stderr for as long as it runs" },
  // Servers and daemons started as children: they log every request or event until they are stopped.
  { command: "gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled|emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame", when: ["--daemonize", "--fork", "--detach", "--background", "-daemonize"], stdout: "bounded", stderr: "bounded", says: "forks into the background" },
  { command: "gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request or event", serves: true },
  { command: "emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame", stdout: "unbounded", stderr: "unbounded", says: "runs a machine or a program under emulation and logs for as long as it runs", serves: true },
  { command: "jupyter notebook|lab|server|console|qtconsole|kernel", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "mlflow server|ui", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "airflow webserver|scheduler|worker|triggerer|standalone|celery", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every task", serves: true },
  { command: "celery", stdout: "unbounded", stderr: "unbounded", says: "runs a worker or a beat that logs every task" },
  { command: "flask|hugo|jekyll|mkdocs|zola|hexo|docusaurus run|serve|server|s|start|watch|dev", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "hugo|jekyll|mkdocs|zola", stdout: "bounded", stderr: "bounded", says: "builds the site and prints a summary" },
  { command: "jupyter|mlflow", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "airflow|flask|hexo|docusaurus", stdout: "unbounded", stderr: "unbounded", says: "runs a command of the project, which can print anything" },
  // openvpn(8) logs on stdout unless --daemon or --log; memcached(1) logs only with -v.
  { command: "openvpn", when: ["--daemon", "--log", "/^--log=/", "--log-append"], stdout: "bounded", stderr: "bounded", says: "logs to syslog or a file" },
  { command: "openvpn", stdout: "unbounded", stderr: "unbounded", says: "logs every event on stdout until it is stopped", serves: true },
  { command: "memcached", when: ["-v", "-vv", "-vvv"], stdout: "unbounded", stderr: "unbounded", says: "logs every connection or command" },
  { command: "memcached", stdout: "none", stderr: "bounded", says: "serves and prints errors only" },
  // dhcpd(8) logs on stderr in the foreground (-f, -d) and forks otherwise.
  { command: "dhcpd|udhcpd", when: ["/^-f$/", "/^-d$/"], stdout: "unbounded", stderr: "unbounded", says: "logs every lease in the foreground", serves: true },
  { command: "dhcpd|udhcpd", stdout: "bounded", stderr: "bounded", says: "prints its banner and forks into the background" },
  // pg_ctl(1): `start` without -l leaves the server's log on pg_ctl's stdout, which the server keeps.
  { command: "pg_ctl", when: ["-l", "/^--log=/", "--log"], stdout: "bounded", stderr: "bounded", says: "starts or stops the server, which logs to a file" },
  { command: "pg_ctl start|restart", stdout: "unbounded", stderr: "bounded", says: "starts the server, which logs on this stdout for as long as it runs", serves: true },
  { command: "pg_ctl|pg_ctlcluster|initdb|createdb|dropdb|createuser|dropuser|pg_isready|mysqladmin", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Database clients print the rows a query returns; dumps write the database to stdout unless to a file.
  { command: "redis-cli", when: ["monitor", "MONITOR", "subscribe", "SUBSCRIBE", "psubscribe", "PSUBSCRIBE", "--scan", "--bigkeys", "--stat", "-r", "--pipe"], stdout: "unbounded", stderr: "bounded", says: "follows the server or walks every key" },
  { command: "redis-cli", stdout: "bounded", stderr: "bounded", says: "prints the reply" },
  { command: "mysql|psql|sqlite3|mongo|mongosh|sqlcmd|clickhouse-client|cqlsh", stdout: "unbounded", stderr: "bounded", says: "prints the rows its queries return" },
  { command: "mysqldump|mariadb-dump", when: ["-r", "/^--result-file=/"], stdout: "none", stderr: "bounded", says: "writes the dump to a file" },
  { command: "pg_dump|pg_dumpall", when: ["-f", "/^--file=/", "--file"], stdout: "none", stderr: "bounded", says: "writes the dump to a file" },
  { command: "pg_restore", when: ["-d", "/^--dbname=/", "--dbname"], stdout: "none", stderr: "bounded", says: "restores into the database and prints errors only" },
  { command: "mysqldump|mariadb-dump|pg_dump|pg_dumpall|pg_restore|mongoexport", stdout: "unbounded", stderr: "bounded", says: "writes the dump to stdout" },
  { command: "mongodump|mongorestore|mongoimport", stdout: "bounded", stderr: "unbounded", says: "logs its progress on stderr" },
  // Followers: they print until they are stopped.
  { command: "journalctl", when: ["-n", "/^--lines=/", "--lines", "--disk-usage", "--list-boots", "--vacuum-size", "/^--vacuum-/", "--rotate", "--flush", "--verify", "--field", "-F"], stdout: "bounded", stderr: "bounded", says: "prints the last lines or a summary" },
  { command: "journalctl", stdout: "unbounded", stderr: "bounded", says: "prints the whole journal it selects" },
  { command: "dmesg", when: ["-C", "--clear", "-n", "--console-level", "-D", "--console-off", "-E", "--console-on"], stdout: "none", stderr: "bounded", says: "changes the kernel log and prints nothing" },
  { command: "dmesg", stdout: "unbounded", stderr: "bounded", says: "prints the whole kernel ring buffer" },
  { command: "inotifywait", when: ["-m", "--monitor"], stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "fswatch", when: ["-1", "--one-event"], stdout: "bounded", stderr: "bounded", says: "prints one change" },
  { command: "fswatch", stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "inotifywait", stdout: "bounded", stderr: "bounded", says: "waits for one change and prints it" },
  { command: "watchman|watchexec|entr|chokidar|onchange|reflex|cargo-watch|watchmedo", stdout: "unbounded", stderr: "unbounded", says: "runs its command on every change until it is stopped" },
  { command: "watch", stdout: "unbounded", stderr: "bounded", says: "reruns its command and prints its output every few seconds" },
  { command: "udevadm|dbus-monitor|gdbus|busctl|evtest|xev|acpi_listen|btmon", when: ["monitor", "--monitor", "/^--monitor=/"], stdout: "unbounded", stderr: "bounded", says: "prints every event until it is stopped" },
  { command: "dbus-monitor|evtest|xev|acpi_listen|btmon|iftop|nethogs|bmon", stdout: "unbounded", stderr: "bounded", says: "prints every event until it is stopped" },
  { command: "udevadm settle|trigger|control", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "udevadm info", when: ["-e", "--export-db"], stdout: "unbounded", stderr: "bounded", says: "prints the whole device database" },
  { command: "udevadm|busctl|gdbus|loginctl|xprop|xwininfo|xdpyinfo|xhost|xauth|fc-match|qdbus|dbus-send|xdg-mime|xdg-settings|xdg-user-dir|xfconf-query|lsblk|blkid|findmnt|lscpu|lspci|lsusb|dmidecode|hdparm|smartctl|sensors|acpi|upower|inxi|neofetch|screenfetch|ldd|pkg-config|mountpoint|traceroute|traceroute6|tracepath|ntpdate|chronyc|localectl", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // kubectl: port-forward and proxy print their address, then a line on stderr for every
  // connection that fails, for as long as they run; logs -f and get -w follow.
  { command: "kubectl port-forward|proxy", stdout: "bounded", stderr: "unbounded", says: "forwards until it is stopped and logs every failed connection on stderr" },
  { command: "kubectl exec|attach|run|debug|cp", stdout: "unbounded", stderr: "unbounded", says: "runs a command in a container, or copies: both streams can grow" },
  { command: "kubectl logs|get|describe|top|events|explain|api-resources|api-versions|diff", stdout: "unbounded", stderr: "bounded", says: "prints the log or every resource it lists (with -f or -w, until it is stopped)" },
  { command: "kubectl apply|create|delete|patch|label|annotate|scale|config|rollout|set|expose|cordon|uncordon|drain|taint|wait|auth|replace|autoscale|cluster-info", stdout: "bounded", stderr: "bounded", says: "prints a line per resource it changes" },
  // Media and conversion. ffprobe(1) prints the description of its input on stdout (its banner and
  // stream list on stderr); -show_frames and -show_packets print a block per frame or packet.
  { command: "ffprobe", when: ["-show_frames", "-show_packets", "-show_data", "-show_log"], stdout: "unbounded", stderr: "bounded", says: "prints a block per frame or packet" },
  { command: "ffprobe", stdout: "bounded", stderr: "bounded", says: "describes its input in a few lines" },
  // sox(1): quiet unless -S shows its progress (the default for play and rec, off with -q); `-p`
  // writes the audio to stdout (a file named `-` may be the input or the output: not told apart).
  { command: "sox|play|rec", when: ["-S", "--show-progress"], stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it works" },
  { command: "sox|rec", when: ["-p", "--sox-pipe"], stdout: "unbounded", stderr: "bounded", says: "writes the audio to stdout" },
  { command: "sox|play|rec", when: ["-q", "--no-show-progress"], stdout: "none", stderr: "bounded", says: "works quietly" },
  { command: "play|rec", stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it plays or records" },
  { command: "sox|soxi", stdout: "none", stderr: "bounded", says: "writes its output file or device, and only warnings on stderr" },
  // ImageMagick: convert, magick and montage write the image to the file named last; `-` or `fmt:-`
  // writes it to stdout. identify prints a line per image, -verbose a long description.
  { command: "convert|magick|montage|composite|mogrify|identify|compare", when: ["-", "/^[A-Za-z0-9]+:-$/"], stdout: "unbounded", stderr: "bounded", says: "writes the image to stdout" },
  { command: "convert|magick|montage|composite|mogrify|identify|compare", when: ["-verbose", "-list", "-monitor"], stdout: "unbounded", stderr: "unbounded", says: "describes every image or reports its progress" },
  { command: "identify|compare", stdout: "bounded", stderr: "bounded", says: "prints a line per image or a metric" },
  { command: "convert|magick|montage|composite|mogrify", stdout: "none", stderr: "bounded", says: "writes the image to a file and only warnings on stderr" },
  // Ghostscript prints a banner and a line per page unless -q; -sOutputFile=- (-o -) writes the output to stdout.
  { command: "gs|gsc|gswin32c|gswin64c", when: ["/^-sOutputFile=(-|%stdout%?)$/", "-o -", "/^-sstdout=/"], stdout: "unbounded", stderr: "bounded", says: "writes the rendered document to stdout" },
  { command: "gs|gsc|gswin32c|gswin64c", when: ["-q", "-dQUIET", "-dNOINFO"], stdout: "none", stderr: "bounded", says: "renders to its output file and prints errors only" },
  { command: "gs|gsc|gswin32c|gswin64c", stdout: "bounded", stderr: "bounded", says: "prints a banner and a line per page" },
  { command: "pdftk", when: ["output -"], stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout" },
  { command: "mutool show", stdout: "unbounded", stderr: "bounded", says: "prints the objects of the document" },
  { command: "ps2pdf|pdf2ps|pdftoppm|pdftocairo", when: ["-"], stdout: "unbounded", stderr: "bounded", says: "may write the document to stdout (a file named `-`)" },
  { command: "ps2pdf|pdf2ps|ps2pdfwr|epstopdf|pdfcrop|pdfjam|pdftk|qpdf|pdfseparate|pdfunite|pdftoppm|pdftocairo|pdfimages|mutool|cpdf|pdfinfo|pdffonts", stdout: "bounded", stderr: "bounded", says: "writes its output file and prints a few lines" },
  // Document converters print the converted document on stdout (SCALING has their quiet forms).
  { command: "pdftotext|pdftohtml", when: ["-", "-stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the text of the document to stdout" },
  { command: "pdftotext|pdftohtml", stdout: "none", stderr: "bounded", says: "writes the text to a file" },
  { command: "lynx|w3m|elinks", when: ["-dump", "-source"], stdout: "unbounded", stderr: "bounded", says: "prints the whole page on stdout" },
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|odt2txt|docx2txt|html2text", stdout: "unbounded", stderr: "bounded", says: "prints the converted document on stdout" },
  // unoconv(1) writes a file unless --stdout; its --listener serves until it is stopped.
  { command: "unoconv", when: ["--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the converted document to stdout" },
  { command: "unoconv", when: ["--listener", "-l"], stdout: "unbounded", stderr: "unbounded", says: "serves conversions until it is stopped" },
  { command: "unoconv", stdout: "bounded", stderr: "bounded", says: "writes the converted document to a file" },
  // wkhtmltopdf(1): an output named `-` is the PDF on stdout; without -q it reports its stages on stderr.
  { command: "wkhtmltopdf|wkhtmltoimage", when: ["-"], stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout" },
  { command: "wkhtmltopdf|wkhtmltoimage", stdout: "none", stderr: "bounded", says: "writes the document to a file and reports its stages on stderr" },
  // tesseract(1): an output base `stdout` or `-` prints the text it recognises (SCALING).
  { command: "tesseract", when: ["stdout", "-"], stdout: "unbounded", stderr: "bounded", says: "prints the text it recognises on stdout" },
  { command: "tesseract", when: ["--list-langs", "--print-parameters"], stdout: "unbounded", stderr: "bounded", says: "prints a list" },
  { command: "tesseract", stdout: "none", stderr: "bounded", says: "writes the text to a file and its banner on stderr" },
  // Downloaders print a progress line about once a second while they download.
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-o -", "/^--output=-$/", "-j", "--dump-json", "-J", "--dump-single-json"], stdout: "unbounded", stderr: "bounded", says: "writes the video, or its whole description in JSON, to stdout" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-q", "--quiet", "-s", "--simulate", "--skip-download", "-g", "--get-url", "-e", "--get-title", "--get-id", "--get-filename", "--get-duration", "-U", "--update", "--print", "-O", "-F", "--list-formats"], stdout: "bounded", stderr: "bounded", says: "prints what it is asked and no progress" },
  { command: "aria2c|axel|streamlink|spotdl|gallery-dl|you-get", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "downloads and prints errors only" },
  { command: "streamlink", when: ["-O", "--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the stream to stdout" },
  { command: "youtube-dl|yt-dlp|youtube-dlc|aria2c|axel|streamlink|spotdl|gallery-dl|you-get", stdout: "unbounded", stderr: "bounded", says: "prints its progress while it downloads" },
  // Audio encoders report their progress on stderr unless quiet (lame --quiet/-S, flac -s, oggenc -Q, opusenc --quiet).
  { command: "flac", when: ["-c", "--stdout"], stdout: "unbounded", stderr: "unbounded", says: "writes the audio to stdout and its progress on stderr" },
  { command: "lame", when: ["--quiet", "-S", "--silent"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "flac", when: ["-s", "--silent"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "oggenc", when: ["-Q", "--quiet"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "opusenc", when: ["--quiet"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "lame|flac|oggenc|opusenc", stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it encodes" },
  { command: "exiftool", when: ["-r", "-recurse"], stdout: "unbounded", stderr: "bounded", says: "reports on every file of a tree" },
  { command: "mediainfo|exiftool|mkvmerge|mkvextract|mkvinfo|mkvpropedit|gifsicle|optipng|pngquant|jpegoptim|cwebp|dwebp|gif2webp|img2webp|avifenc|heif-convert|gifski|svgo|sips", stdout: "bounded", stderr: "bounded", says: "prints a few lines per file" },
  // rsvg-convert and Graphviz write to stdout unless -o names a file.
  { command: "rsvg-convert|dot|neato|fdp|circo|twopi|sfdp", when: ["/^-o/", "/^--output/", "/^-O$/"], stdout: "none", stderr: "bounded", says: "writes the image to a file" },
  { command: "rsvg-convert|dot|neato|fdp|circo|twopi|sfdp", stdout: "unbounded", stderr: "bounded", says: "writes the image to stdout" },
  // Builds, test runners and installers: both streams grow with the work.
  { command: "terraform|packer|pulumi version|output|fmt|validate|workspace|providers", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "gem|bundle|bundler|rake|rails|composer|sbt|lein|stack|cabal|dune|opam|swift|swiftc|xcodebuild|xcrun|flutter|dart|pod|carthage|conan|vcpkg|bazelisk|buck|pants|waf|autoreconf|autoconf|automake|libtoolize|pyinstaller|nuitka|cython|pipx|pipenv|poetry|pdm|hatch|uv|conda|mamba|micromamba|virtualenv|tox|nox|pytest|py.test|nosetests|coverage|twine|flit|maturin|jest|vitest|mocha|karma|ava|jasmine|cypress|playwright|rollup|esbuild|parcel|vite|babel|sass|node-sass|lessc|postcss|tailwindcss|ng|next|nuxt|gatsby|expo|react-scripts|vue-cli-service|lerna|nx|turbo|grunt|gulp|ember|electron-builder|electron-packager|electron-forge|electron-rebuild|node-gyp|node-pre-gyp|prebuild|prebuild-install|cmake-js|vsce|ts-node|tsx|babel-node|terraform|packer|pulumi|zypper|emerge|apk|xbps-install|nix|nix-env|nix-build|nix-shell|guix|port|pkg|add-apt-repository|apt-add-repository|debootstrap|mock|rpmbuild|dpkg-buildpackage|debuild|makepkg|yay|paru|snapcraft|winget|choco|scoop|sfc|dism|DISM", stdout: "unbounded", stderr: "unbounded", says: "builds, tests or installs: both streams can grow" },
  // dpkg(1): installing runs the packages' scripts; the listing options print every package or file.
  { command: "dpkg", when: ["-i", "--install", "-r", "--remove", "-P", "--purge", "--configure", "--unpack", "-x", "--extract", "-X", "--vextract"], stdout: "unbounded", stderr: "unbounded", says: "installs or removes packages and runs their scripts" },
  { command: "dpkg|dpkg-query", when: ["-l", "--list", "-L", "--listfiles", "--get-selections", "-S", "--search", "-c", "--contents"], stdout: "unbounded", stderr: "bounded", says: "lists packages or files" },
  { command: "dpkg", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "apt-cache search|dump|dumpavail|pkgnames|showsrc|xvcg|dotty", stdout: "unbounded", stderr: "bounded", says: "lists every package it finds" },
  { command: "apt-cache", stdout: "bounded", stderr: "bounded", says: "describes the packages it is given" },
  // grub-mkconfig(8) writes the configuration to stdout unless -o names the file.
  { command: "grub-mkconfig|grub2-mkconfig", when: ["-o", "/^--output=/"], stdout: "bounded", stderr: "bounded", says: "writes the configuration to a file and names every kernel it finds" },
  { command: "grub-mkconfig|grub2-mkconfig", stdout: "unbounded", stderr: "bounded", says: "writes the configuration to stdout" },
  { command: "dpkg-query|apt-key|apt-mark|dpkg-reconfigure|debconf-set-selections|update-alternatives|alternatives|update-initramfs|mkinitcpio|dracut|update-grub|msgfmt|msgmerge|xgettext|getfattr|getcap", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Linters and formatters: a line per problem or per file on stdout; black reports on stderr.
  { command: "black|isort|autopep8|yapf", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "formats quietly" },
  { command: "black", when: ["--diff", "-"], stdout: "unbounded", stderr: "unbounded", says: "prints a diff or the formatted code on stdout and a line per file on stderr" },
  { command: "black", stdout: "none", stderr: "unbounded", says: "names every file it reformats on stderr" },
  { command: "eslint|tslint|prettier|stylelint|jshint|jscs|standard|xo|flake8|pylint|mypy|pyright|ruff|isort|autopep8|yapf|pycodestyle|pyflakes|pydocstyle|bandit|rubocop|shellcheck|hadolint|clang-tidy|clang-format|cppcheck|cpplint|swiftlint|ktlint|markdownlint|yamllint|vale|codespell", stdout: "unbounded", stderr: "bounded", says: "prints a line per problem or file" },
  // Cloud clients print the resources they list; gsutil reports every copy on stderr unless -q.
  { command: "gsutil", when: ["-q"], stdout: "unbounded", stderr: "bounded", says: "prints what it lists, and errors only on stderr" },
  { command: "gsutil", stdout: "unbounded", stderr: "unbounded", says: "prints what it lists, and every copy on stderr" },
  { command: "aws|az|gcloud|doctl|heroku|flyctl|vercel|netlify|firebase|eb|oc|minikube|kind|k3d|eksctl", stdout: "unbounded", stderr: "bounded", says: "prints the resources it lists or creates" },
  { command: "helm install|upgrade|uninstall|delete|repo|rollback|dependency|package|push|lint|env", stdout: "bounded", stderr: "bounded", says: "prints a status and the chart notes" },
  { command: "helm", stdout: "unbounded", stderr: "bounded", says: "prints the charts, releases or manifests it lists" },
  // gh(1): --jq and --template pick values out; api, list, view, diff and the watchers print what they fetch.
  { command: "gh", when: ["-q", "--jq", "-t", "--template"], stdout: "bounded", stderr: "bounded", says: "prints the values it picks out" },
  { command: "gh", when: ["api", "list", "view", "diff", "watch", "--watch", "checks", "--log", "--log-failed", "search", "download"], stdout: "unbounded", stderr: "bounded", says: "prints what it fetches" },
  { command: "gh", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Mercurial: the commands that act or answer print a line or a few (every file with -v); log,
  // diff, status, add, annotate and the like can grow.
  { command: "hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge", when: ["-v", "--verbose", "--debug", "-p", "--patch", "--stat", "--print"], stdout: "unbounded", stderr: "bounded", says: "names every file or change" },
  { command: "hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "hg", stdout: "unbounded", stderr: "bounded", says: "can print a lot (log, diff, status, annotate, manifest)" },
  { command: "fossil version|info|branch|tag|user|remote|settings|open|close|commit|ci|clone|pull|push|sync|init|new|undo|redo", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "fossil|bzr|darcs|cvs", stdout: "unbounded", stderr: "bounded", says: "can print a lot (timeline, diff, changes, annotate)" },
  // Archivers. zip(1) and unzip(1) name every file they add or extract, unless -q (above).
  { command: "zip|unzip", stdout: "unbounded", stderr: "bounded", says: "names every file it adds or extracts" },
  { command: "unar", when: ["-q", "-quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "zipinfo|lsar|unar", stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  // 7-Zip lists with `l`, hashes with `h`, names files with -bb1 and up, writes to stdout with -so; otherwise a summary.
  { command: "7z|7za|7zr|7zz", when: ["-so", "/^-bb[1-3]$/", "-bsp1"], stdout: "unbounded", stderr: "bounded", says: "writes the data, every file name or its progress to stdout" },
  { command: "7z|7za|7zr|7zz l|h", stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  { command: "7z|7za|7zr|7zz", stdout: "bounded", stderr: "bounded", says: "prints a summary" },
  { command: "rar|unrar", when: ["-inul", "-idq", "/^-id[cdpq]+$/"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "rar|unrar", stdout: "unbounded", stderr: "bounded", says: "names every file it adds, extracts or lists" },
  // cpio(1): -o writes the archive to stdout, -t lists it, -v names every file.
  { command: "cpio", when: ["-o", "--create", "-v", "--verbose", "-t", "--list"], stdout: "unbounded", stderr: "unbounded", says: "writes the archive to stdout or names every file" },
  { command: "cpio", stdout: "none", stderr: "bounded", says: "extracts or copies its files and prints a block count on stderr" },
  { command: "pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop", when: ["-c", "--stdout", "--to-stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  { command: "pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop", stdout: "none", stderr: "bounded", says: "compresses or expands its files and prints nothing" },
  // Backups: a list, an extract to stdout and a verbose run grow; the others print a summary.
  { command: "borg", when: ["--stdout", "--list", "--progress", "--stats", "-v", "--verbose", "--info", "--debug"], stdout: "unbounded", stderr: "unbounded", says: "writes the data to stdout or names every file on stderr" },
  { command: "borg list|diff|export-tar", stdout: "unbounded", stderr: "bounded", says: "prints every archive or file it lists" },
  { command: "borg", stdout: "bounded", stderr: "bounded", says: "prints warnings and errors only" },
  { command: "borgmatic", stdout: "unbounded", stderr: "unbounded", says: "runs borg and logs what it does" },
  { command: "restic", when: ["-v", "--verbose", "/^--verbose=/"], stdout: "unbounded", stderr: "unbounded", says: "names every file it handles" },
  { command: "restic snapshots|ls|find|dump|cat|diff|list|stats", stdout: "unbounded", stderr: "bounded", says: "prints every snapshot or file it lists, or the data" },
  { command: "restic", stdout: "bounded", stderr: "bounded", says: "prints a summary" },
  { command: "rclone", when: ["-v", "-vv", "--verbose", "-P", "--progress", "--stats-one-line"], stdout: "unbounded", stderr: "unbounded", says: "reports every file and its progress" },
  { command: "rclone ls|lsl|lsd|lsf|lsjson|cat|tree|ncdu|md5sum|sha1sum|hashsum|check|cryptcheck|listremotes|size", stdout: "unbounded", stderr: "bounded", says: "prints every file it lists, or the data" },
  { command: "rclone", stdout: "bounded", stderr: "bounded", says: "prints notices and errors only" },
  // ZFS: `send` writes a stream to stdout; list, get, history and diff print a line per dataset or change.
  { command: "zfs send", stdout: "unbounded", stderr: "bounded", says: "writes the snapshot stream to stdout" },
  { command: "zfs receive|recv|destroy|snapshot|rollback", when: ["-v"], stdout: "unbounded", stderr: "bounded", says: "names every dataset or snapshot it handles" },
  { command: "zfs|zpool list|get|history|diff|status|iostat|events|holds|userspace|groupspace", stdout: "unbounded", stderr: "bounded", says: "prints a line per dataset, pool, change or event" },
  { command: "zfs|zpool create|destroy|snapshot|rollback|rename|set|inherit|hold|release|promote|clone|unmount|umount|receive|recv|scrub|clear|online|offline|attach|detach|add|remove|labelclear|export|upgrade|replace|split|trim|initialize|reguid|allow|unallow|bookmark|load-key|unload-key|change-key|share|unshare", stdout: "none", stderr: "bounded", says: "changes the pool or dataset and prints nothing" },
  { command: "zfs|zpool", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Network and Wi-Fi. iwlist and iw scans print some thirty lines per access point in range.
  { command: "iwlist", when: ["scan", "scanning"], stdout: "unbounded", stderr: "bounded", says: "prints some thirty lines per access point in range" },
  { command: "iwlist", stdout: "bounded", stderr: "bounded", says: "prints the interface's frequencies, rates or keys" },
  { command: "iw", when: ["scan", "event"], stdout: "unbounded", stderr: "bounded", says: "prints every access point in range or every event" },
  { command: "iw", stdout: "bounded", stderr: "bounded", says: "prints the interface or the change it makes" },
  { command: "netstat|ss", when: ["-c", "--continuous"], stdout: "unbounded", stderr: "bounded", says: "prints the table again every second" },
  { command: "netstat|ss", stdout: "unbounded", stderr: "bounded", says: "prints a line per socket or route (thousands on a busy host)" },
  { command: "conntrack", when: ["-L", "--dump", "-E", "--event"], stdout: "unbounded", stderr: "bounded", says: "prints every tracked connection or event" },
  { command: "conntrack", stdout: "bounded", stderr: "bounded", says: "prints a summary line" },
  { command: "ipset", when: ["list", "save", "-L", "-S", "--list", "--save"], stdout: "unbounded", stderr: "bounded", says: "prints every set and entry" },
  { command: "ipset", stdout: "none", stderr: "bounded", says: "changes a set and prints nothing" },
  { command: "sshfs", when: ["-d", "--debug"], stdout: "unbounded", stderr: "unbounded", says: "logs every request" },
  { command: "tc|wondershaper|wg-quick|wg|tailscale|ssh-keyscan|ssh-copy-id|ssh-add|sshfs|fusermount|fusermount3", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "snmpwalk|snmpbulkwalk|snmptable", stdout: "unbounded", stderr: "bounded", says: "prints every value of the subtree it walks" },
  { command: "snmpget|snmpset|snmpgetnext|snmptrap", stdout: "bounded", stderr: "bounded", says: "prints the values it gets or sets" },
  { command: "telnet|ftp|lftp|sftp|tftp|minicom|picocom|cu", stdout: "unbounded", stderr: "unbounded", says: "runs a session that prints what the other end sends" },
  { command: "bluetoothctl", when: ["scan", "monitor"], stdout: "unbounded", stderr: "bounded", says: "prints every device it finds until it is stopped" },
  { command: "bluetoothctl", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Security and attack tools: they print every result and their progress until they finish.
  // hashcat prints its session summary and the hashes it cracks (a status screen with --status); john
  // the passwords it cracks (its status on a key press), and every candidate word with --stdout.
  { command: "hashcat", when: ["--status", "/^--status-timer=/", "--status-timer"], stdout: "unbounded", stderr: "bounded", says: "prints a status screen every few seconds" },
  { command: "john", when: ["--stdout", "/^--stdout=/"], stdout: "unbounded", stderr: "bounded", says: "prints every candidate word" },
  { command: "crunch", when: ["-o"], stdout: "bounded", stderr: "bounded", says: "writes the word list to a file" },
  { command: "hashcat|john", stdout: "bounded", stderr: "bounded", says: "prints a summary and the passwords it cracks" },
  { command: "gobuster|ffuf|feroxbuster|nuclei|subfinder|amass", stdout: "unbounded", stderr: "unbounded", says: "prints every result, and its progress on stderr" },
  { command: "nikto|sqlmap|hydra|medusa|wfuzz|dirb|wpscan|enum4linux|bettercap|xettercap|sslsplit|responder|msfconsole|msfcli|setoolkit|crunch|searchsploit|netdiscover|zmap|theHarvester|kismet|horst|hcidump|rtl_433|rtl_fm|dump1090", stdout: "unbounded", stderr: "bounded", says: "prints every result until it ends or is stopped" },
  // Walkers and searches grow with the tree (ls, one directory's entries, stays unlisted; SCALING has ls -R).
  { command: "rg|ag|ack", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "locate|plocate|mlocate", when: ["-c", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a count" },
  { command: "tree|locate|plocate|mlocate|fd|fdfind|rg|ag|ack", stdout: "unbounded", stderr: "bounded", says: "prints a line per file it lists or finds" },
  { command: "top", when: ["/^-[a-zA-Z]*b/", "--batch"], stdout: "unbounded", stderr: "bounded", says: "prints a screen of processes, again and again unless -n bounds it", listsProcesses: true },
  { command: "top", stdout: "bounded", stderr: "bounded", says: "needs a terminal without -b, and prints an error line" },
  // Statistics every interval: an interval and a count end; an interval alone runs until stopped.
  { command: "vmstat|iostat|mpstat|pidstat|sar", when: ["?/^\\d+$/ ?/^\\d+$/"], stdout: "bounded", stderr: "bounded", says: "prints a report for each of a few intervals" },
  { command: "vmstat|iostat|mpstat|pidstat|sar", when: ["/^\\d+$/"], stdout: "unbounded", stderr: "bounded", says: "prints a report every interval until it is stopped" },
  { command: "nvidia-smi", when: ["-l", "--loop", "/^--loop=/", "-lms", "dmon", "pmon"], stdout: "unbounded", stderr: "bounded", says: "prints a report every interval until it is stopped" },
  { command: "vmstat|iostat|mpstat|pidstat|sar|nvidia-smi|lsns|lslocks|lsipc", stdout: "bounded", stderr: "bounded", says: "prints a report" },
  { command: "dumpe2fs", when: ["-h"], stdout: "bounded", stderr: "bounded", says: "prints the superblock" },
  { command: "dumpe2fs|btrfs", stdout: "unbounded", stderr: "bounded", says: "prints every group, subvolume or device it lists" },
  { command: "mkfs|mke2fs|mkfs.ext2|mkfs.ext3|mkfs.ext4|mkfs.vfat|mkfs.fat|mkfs.msdos|mkdosfs|mkfs.xfs|mkfs.btrfs|mkfs.ntfs|mkntfs|mkfs.exfat|mkfs.f2fs|fsck|e2fsck|fsck.ext4|resize2fs|tune2fs|parted|sfdisk|sgdisk|gdisk|fdisk|partprobe|wipefs|cryptsetup|pvcreate|vgcreate|lvcreate|pvremove|vgremove|lvremove|lvextend|lvresize|pvs|vgs|lvs|dmsetup|kpartx|eject|udisksctl|hdiutil|diskutil|blockdev|fstrim|quotacheck|quotaon|setquota", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Text filters print their input or their files, transformed (`sed -i` edits in place).
  { command: "sed", when: ["-i", "--in-place", "/^--in-place=/", "/^-i./"], stdout: "none", stderr: "bounded", says: "edits the file in place and prints nothing" },
  { command: "sort", when: ["-o", "/^--output=/", "-c", "--check", "-C"], stdout: "none", stderr: "bounded", says: "writes to its output file or only checks" },
  { command: "cmp", when: ["-s", "--silent", "--quiet"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "diff", when: ["-q", "--brief"], stdout: "bounded", stderr: "bounded", says: "says whether the files differ" },
  { command: "sed|awk|gawk|mawk|nawk|sort|uniq|cut|tr|paste|column|fold|fmt|nl|rev|expand|unexpand|iconv|base64|base32|xxd|od|hexdump|strings|jq|yq|xq|xmllint|xmlstarlet|mlr|tee|shuf|numfmt|envsubst|pr", stdout: "unbounded", stderr: "bounded", says: "prints its input or its files, transformed", fromInput: true },
  { command: "diff|diff3|sdiff|colordiff|wdiff|comm|join|seq|yes", stdout: "unbounded", stderr: "bounded", says: "prints every line that differs, or a sequence" },
  { command: "cmp|patch|split|csplit|look", stdout: "bounded", stderr: "bounded", says: "prints a line per file or difference at most" },
  { command: "dos2unix|unix2dos|mac2unix|unix2mac", stdout: "none", stderr: "bounded", says: "converts the files in place and names each on stderr" },
  // macOS tools.
  { command: "security dump-keychain|dump-trust-settings", stdout: "unbounded", stderr: "bounded", says: "prints every item of the keychain" },
  { command: "pkgutil", when: ["--files", "--pkgs", "--payload-files", "--lsbom"], stdout: "unbounded", stderr: "bounded", says: "lists every package or file" },
  { command: "otool", when: ["-L", "-D", "-h", "-f", "-l"], stdout: "bounded", stderr: "bounded", says: "prints the libraries or headers of the binary" },
  { command: "otool", stdout: "unbounded", stderr: "bounded", says: "prints the sections or the disassembly of the binary" },
  { command: "system_profiler", when: ["/^SP\\w+DataType$/"], stdout: "bounded", stderr: "bounded", says: "describes one part of the machine" },
  { command: "mdfind|system_profiler|ioreg", stdout: "unbounded", stderr: "bounded", says: "prints every item it finds" },
  { command: "log stream|show", stdout: "unbounded", stderr: "bounded", says: "prints the system log (stream follows it until it is stopped)" },
  { command: "log", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "screencapture", stdout: "none", stderr: "bounded", says: "saves the screenshot and prints nothing" },
  { command: "codesign|install_name_tool|lipo|xattr|SetFile|spctl|ditto|pkgbuild|productbuild|productsign|notarytool|stapler|pmset|tmutil|networksetup|scutil|systemsetup|dscacheutil|PlistBuddy|plutil|defaults|mdls|mdutil|csrutil|nvram|bless|softwareupdate|xcode-select|security|pkgutil|dscl", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Windows tools.
  { command: "wmic|wmic.exe", when: ["where", "WHERE"], stdout: "bounded", stderr: "bounded", says: "prints the properties of the items it selects" },
  { command: "wmic|wmic.exe|robocopy|robocopy.exe|xcopy|xcopy.exe|icacls|icacls.exe|takeown|takeown.exe|driverquery|wevtutil", stdout: "unbounded", stderr: "bounded", says: "prints a line per item or file it handles" },
  { command: "msiexec|msiexec.exe|rundll32|rundll32.exe", stdout: "none", stderr: "bounded", says: "prints nothing to the console" },
  { command: "setx|setx.exe|mklink|net|net.exe|ipconfig|ipconfig.exe|getmac|bcdedit|powercfg|certutil|systeminfo|systeminfo.exe|cygpath|cygpath.exe|wslpath|mountvol|fsutil|vssadmin", stdout: "bounded", stderr: "bounded", says: "prints a few lines at most" },
  { command: "wsl|wsl.exe|cscript|cscript.exe|wscript|wscript.exe", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" },
  // X and desktop actions: they act and print nothing; their queries print a few lines.
  { command: "xdotool key|keydown|keyup|type|mousemove|mousemove_relative|click|mousedown|mouseup|windowactivate|windowfocus|windowraise|windowminimize|windowmap|windowunmap|windowmove|windowsize|windowclose|windowkill|windowstate|set_desktop|set_window|set_desktop_for_window|set_num_desktops|sleep", stdout: "none", stderr: "bounded", says: "acts on the display and prints nothing" },
  { command: "xdotool", stdout: "bounded", stderr: "bounded", says: "prints the windows or the position it is asked about" },
  { command: "ydotool|wtype|dotool|dotoolc|xte|xvkbd|wlrctl", stdout: "none", stderr: "bounded", says: "acts on the display and prints nothing" },
  { command: "wmctrl", when: ["-l", "-d", "-m"], stdout: "bounded", stderr: "bounded", says: "prints a line per window or desktop" },
  { command: "wmctrl", stdout: "none", stderr: "bounded", says: "acts on a window and prints nothing" },
  { command: "pamixer", when: ["--get-volume", "--get-volume-human", "--get-mute", "--list-sinks", "--list-sources", "--get-default-sink"], stdout: "bounded", stderr: "bounded", says: "prints the volume or the devices" },
  { command: "pamixer", stdout: "none", stderr: "bounded", says: "changes the volume and prints nothing" },
  { command: "playerctl", when: ["-F", "--follow"], stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "playerctl play|pause|play-pause|next|previous|stop|position|volume|open|shuffle|loop", stdout: "none", stderr: "bounded", says: "controls the player and prints nothing" },
  { command: "mpc idleloop", stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "playerctl|mpc", stdout: "bounded", stderr: "bounded", says: "prints the player's status" },
  { command: "xbacklight|light", when: ["-get", "-G"], stdout: "bounded", stderr: "bounded", says: "prints the brightness" },
  { command: "brightnessctl", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "changes the brightness and prints nothing" },
  { command: "xbacklight|light", stdout: "none", stderr: "bounded", says: "changes the brightness and prints nothing" },
  { command: "xmodmap", when: ["/^-p/"], stdout: "bounded", stderr: "bounded", says: "prints the keymap" },
  { command: "xmodmap", stdout: "none", stderr: "bounded", says: "changes the keymap and prints nothing" },
  { command: "xinput test|test-xi2", stdout: "unbounded", stderr: "bounded", says: "prints every input event until it is stopped" },
  { command: "xinput set-prop|set-int-prop|set-float-prop|set-atom-prop|enable|disable|map-to-output|set-button-map|float|reattach|create-master|remove-master|set-cp|set-mode|set-ptr-feedback|set-integer-feedback|delete-prop", stdout: "none", stderr: "bounded", says: "changes an input device and prints nothing" },
  { command: "xdg-desktop-menu|xdg-icon-resource|xdg-desktop-icon|xdg-screensaver|xdg-user-dirs-update|update-desktop-database|glib-compile-schemas|numlockx|hsetroot|xwallpaper|kwriteconfig5|kwriteconfig6|cpufreq-set|xkbset|xcalib", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "xinput|synclient|xsetwacom|brightnessctl|gtk-update-icon-cache|update-mime-database|cpupower|tlp|iwctl|pacmd|powerprofilesctl|nitrogen", stdout: "bounded", stderr: "bounded", says: "prints a few lines at most" },
  { command: "fc-list|fc-cat", stdout: "unbounded", stderr: "bounded", says: "prints a line per installed font" },
  { command: "fc-cache|strip|objcopy|restorecon|chcon", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "names every file it handles" },
  { command: "fc-cache|ranlib|strip|objcopy|patchelf|chcon|restorecon|setfattr|setcap", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "nm|objdump|readelf|size|addr2line|c++filt", stdout: "unbounded", stderr: "bounded", says: "prints the symbols, sections or disassembly of the binary" },
  // Interpreters and REPLs run code whose output nobody can bound.
  { command: "julia|octave|octave-cli|matlab|scala|kotlin|groovy|elixir|iex|mix|erl|escript|clojure|clj|racket|guile|tclsh|wish|expect|swipl|runghc|runhaskell|ghci|jshell|jruby|jython|ipython|ipython3|irb|sage|gnuplot|maxima|tcsh|csh|fish|busybox|xonsh|mksh|ash|coffee|luajit|php-cgi|raku", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" },
  // Pagers, manual pages and terminal editors write their screen or their files to stdout (a
  // pager whose stdout is not a terminal copies its files, as cat does); terminal emulators run
  // their command in their own window, as xterm above.
  { command: "man|less|more|most|lynx|w3m|elinks|vim|vi|nvim|nano|micro|emacs|mc|ranger|htop|btop", stdout: "unbounded", stderr: "bounded", says: "prints a whole page or redraws its screen on stdout" },
  { command: "kitty|alacritty|wezterm|foot|st|sakura|termite|guake|tilda|qterminal|deepin-terminal|kgx|gnome-console|terminology|cool-retro-term", stdout: "none", stderr: "bounded", says: "runs its command in its own window" },
  // Java's jar(1) names every file with v and lists with t; keytool and jarsigner print a few lines (-verbose: a line per entry).
  { command: "jar", when: ["/^-?[ctxuf0meMiv]*[tv][ctxuf0meMiv]*$/"], stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  { command: "jar", stdout: "none", stderr: "bounded", says: "writes the archive and prints nothing" },
  { command: "keytool|jarsigner", when: ["-verbose", "-v"], stdout: "unbounded", stderr: "bounded", says: "prints every entry it handles" },
  { command: "keytool|jarsigner", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // iproute2's bridge(8), as ip above; virtual machine and snap controls answer in a few lines.
  { command: "bridge monitor", stdout: "unbounded", stderr: "bounded", says: "prints every bridge event until it is stopped" },
  { command: "bridge fdb|link|vlan|mdb add|del|append|replace|set|flush", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "bridge", stdout: "bounded", stderr: "bounded", says: "prints the bridge table" },
  // docker-machine -D: its debug log names every VBoxManage and ssh call it makes with their whole
  // output (kitematic's `docker-machine -D create`: past exec's maxBuffer, audit 10).
  { command: "docker-machine|docker-machine.exe", when: ["-D", "--debug"], stdout: "bounded", stderr: "unbounded", says: "logs every VBoxManage and ssh call it makes, with their output, on stderr" },
  // AtomicParsley writing tags into a file prints a Started/Progress/Finished summary (audit 10, freyr-js).
  { command: "AtomicParsley|atomicparsley|AtomicParsley.exe", stdout: "bounded", stderr: "bounded", says: "prints a short summary of the tags it writes" },
  { command: "VBoxManage|vboxmanage guestcontrol", stdout: "unbounded", stderr: "unbounded", says: "runs a command in the virtual machine" },
  { command: "VBoxManage|vboxmanage|prlctl|virsh|snapctl|swww|airgraph-ng", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // ---- end of the programs added for issue 11.
  // Programs that log, trace or report progress on stderr as well as stdout (see UNLISTED).
  { command: "find", stdout: "unbounded", stderr: "unbounded", says: "names every file it finds, and every directory it cannot read on stderr" },
  { command: "strace|ltrace|valgrind", stdout: "unbounded", stderr: "unbounded", says: "traces the program it runs on stderr" },
  // pacman's dependency test prints the dependencies that are missing, one per line, at most.
  { command: "pacman", when: ["-T", "--deptest"], stdout: "bounded", stderr: "bounded", says: "prints the missing dependencies, if any" },
  { command: "make|gmake|cmake|ninja|meson|scons|bazel|gcc|g++|cc|c++|clang|clang++|rustc|cargo|javac|mvn|gradle|gradlew|ant|msbuild|dotnet|npm|npx|yarn|pnpm|bun|deno|tsc|webpack|pip|pip3|apt|apt-get|yum|dnf|pacman|brew|docker|podman|kubectl|ssh|su|runuser|xargs|parallel|electron|vagrant|ansible|ansible-playbook", stdout: "unbounded", stderr: "unbounded", says: "builds, installs or runs other programs: both streams can grow" },
  // osascript prints on stdout only the value its AppleScript ends with (`tell application
  // "Terminal" to do script ...` answers with a tab, `activate` with nothing), and `log` lines on
  // stderr; `do shell script` returns a shell command's whole output as that value, so a script
  // that shows one in its readable text (-e) can print without bound. A script file is not read.
  { command: "osascript", when: ["/\\bdo shell script\\b/"], stdout: "unbounded", stderr: "bounded", says: "returns the output of a shell command and prints it" },
  { command: "osascript", when: ["-e"], stdout: "bounded", stderr: "bounded", says: "prints the value its inline AppleScript ends with" },
  { command: "osascript", stdout: "bounded", stderr: "unbounded", says: "prints the value its script ends with on stdout, and its `log` lines on stderr" },
  // A script run by its path (`./collect-logs.sh`, `tools/build.py`) is an interpreter running it.
  { command: "*.sh|*.bash|*.zsh|*.ksh|*.py|*.pl|*.rb|*.js|*.mjs|*.cjs|*.php|*.ps1", stdout: "unbounded", stderr: "unbounded", says: "runs a script whose output can grow" },
  // `python -m PyInstaller` is pyinstaller run as a module: its build log on stderr, little on
  // stdout (audit 9: byob's generators.py reads stderr line by line and leaves stdout).
  { command: "python|python2|python3|pypy|pypy3", also: ["-m /^(PyInstaller|pyinstaller)$/"], stdout: "bounded", stderr: "unbounded", says: "runs PyInstaller, which logs its build on stderr and prints little on stdout" },
  // DynamoDB Local (`java -Djava.library.path=.../DynamoDBLocal_lib -jar DynamoDBLocal.jar`)
  // serves until it is stopped and logs on stdout (serverless-dynamodb-local#219, fixed in
  // rynop/dynamodb-local #46 "fixes hangs" by not piping it; audit 10: dynamodb-localhost).
  { command: "java", when: ["?/DynamoDBLocal/"], stdout: "unbounded", stderr: "unbounded", serves: true, says: "runs DynamoDB Local, which serves until it is stopped and logs on stdout" },
  // `java -version` prints three lines (on stderr; `--version` on stdout) and exits, whatever
  // `-D` properties come before it (audit 12: firebase-tools checkJavaMajorVersion). A `-version`
  // after `-jar app.jar` is the program's own option: rare enough to read as the probe.
  { command: "java", when: ["-version", "--version", "-fullversion"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // Interpreters and shells run code whose output nobody can bound.
  { command: "python|python2|python3|pypy|pypy3|perl|ruby|node|nodejs|php|bash|sh|dash|zsh|ksh|java|lua|Rscript|powershell|pwsh|powershell.exe|cmd|cmd.exe", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" }
];
var VIDEO_CODEC = "/^(?!(copy|libwebp|libwebp_anim|webp|png|apng|mjpeg|jpeg|gif|bmp|tiff)$)[\\w-]+$/";
var VIDEO_ENCODER = ["-c:v", "-vcodec", "-codec:v"].map((o) => `${o} ${VIDEO_CODEC}`);
var COUNT = (n) => [`-n /^${n}$/`, `/^-n?${n}$/`, `/^--max-count=${n}$/`, `--max-count /^${n}$/`];
var NAME_TESTS = ["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename"];
var SCALING = [
  { command: "find", when: ["-delete"], scales: false, says: "prints nothing" },
  { command: "find", when: ["-quit"], scales: false, says: "stops at the first file it finds" },
  { command: "find", when: ["-maxdepth /^[01]$/"], scales: false, says: "lists one directory at most" },
  // A name test prints only the files it selects: a pattern with a wildcard selects a share of
  // the tree (`-name '*.js'`), a name without one only the few files of that name, wherever they
  // are (also when the name is only known at run time: it is what the code looks for).
  { command: "find", when: [...NAME_TESTS.map((t) => `${t} ?/[*?[]/`), ...["-regex", "-iregex"].map((t) => `${t} ?/[*+?[|]/`)], scales: true, says: "prints every file in the tree that the pattern matches" },
  { command: "find", when: [...NAME_TESTS, "-regex", "-iregex"].map((t) => `${t} ?/./`), scales: false, says: "prints the files of that name that it finds" },
  { command: "find|rg|ag|ack|locate|tree", scales: true, says: "prints a line per file it walks" },
  { command: "grep|egrep|fgrep", when: ["-r", "-R", "--recursive", "--dereference-recursive"], scales: true, says: "prints every match in the tree" },
  { command: "ls", when: ["-R", "--recursive"], scales: true, says: "lists the whole tree" },
  // git log: a count written in the source bounds it (ten commits even with their files or
  // diffs, a thousand as one line each); a count only known at run time does not. A diff or a
  // file list per commit grows with the size of each commit too.
  { command: "git log|rev-list|reflog|shortlog|whatchanged", when: COUNT("([1-9]|10)"), scales: false, says: "prints the last few entries" },
  { command: "git log|whatchanged", when: ["-p", "--patch", "-u", "--stat", "--numstat", "--name-only", "--name-status", "--raw", "--summary"], scales: true, says: "prints the files or the diff of every commit it lists, growing with the history" },
  { command: "git log|rev-list|reflog|shortlog|whatchanged", when: [...COUNT("([1-9]\\d{0,2}|1000)"), "--count"], scales: false, says: "prints a line per entry, a thousand at most" },
  { command: "git diff", when: ["--quiet", "-s", "--no-patch", "--shortstat"], scales: false, says: "prints a summary line at most" },
  // A revision range lists the commits since a release or a bump (release notes, a changelog),
  // not the whole history: a line or a message per commit (audit 18: x-minecraft-launcher).
  { command: "git log|rev-list|shortlog|whatchanged", when: ["/^[^\\s/.][^\\s/]*?[^\\s/.]\\.\\.\\.?[^\\s/.][^\\s/]*$/"], scales: false, says: "lists the commits of a range" },
  // git's transfer commands name each ref they update (a line of about 60 bytes) and, when not
  // on a terminal, report progress only with --progress (a few hundred lines at most): past a
  // pipe's 64 KiB for a fetch of a thousand new tags (audit 6: ptf), never near 1 MiB (audit 16:
  // napi-rs `git fetch origin`). `git pull` also prints the merge's diffstat on stdout.
  { command: "git fetch|clone|push|remote", scales: false, fitsBuffer: true, says: "names the refs it updates" },
  { command: "git submodule update|init|sync", scales: false, fitsBuffer: true, says: "names the refs it updates" },
  { command: "git ls-files", when: ["--error-unmatch"], scales: false, says: "names the files it is given" },
  { command: "git log|rev-list|reflog|shortlog|whatchanged|diff|ls-files|ls-tree|grep", scales: true, says: "prints output that grows with the repository" },
  // git-show(1) of `<rev>:<path>` prints that file as it was at the revision: as large as the
  // file (a lockfile, a generated bundle passes a megabyte). Only a path known at run time (the
  // file the caller names, \uE000 = PLACEHOLDER): `HEAD:package.json` is the size the project sees.
  { command: "git show", when: ["?/^[^-][^:]*:.*\uE000/"], scales: true, document: true, says: "prints a file of the repository as it was at that revision, whole: as large as the file" },
  // Listings of a tree or an archive.
  { command: "du", when: ["-s", "--summarize", "/^--max-depth=[01]$/", "-d 0", "-d 1"], scales: false, says: "prints a total" },
  { command: "docker-machine|docker-machine.exe", when: ["-D", "--debug"], scales: true, says: "logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)" },
  { command: "du", scales: true, says: "prints a line per directory it walks (per file with -a)" },
  { command: "tar", when: ["-v", "--verbose", "-t", "--list", "/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/"], scales: true, says: "names every file of the archive" },
  { command: "unzip", when: ["-l", "-v", "-Z"], scales: true, says: "names every file of the archive" },
  { command: "zipinfo", scales: true, says: "names every file of the archive" },
  { command: "rsync", when: ["-v", "--verbose", "--progress", "-P", "-i", "--itemize-changes", "--list-only"], scales: true, says: "names every file it copies" },
  // Wireless scans grow with the air around: `iw dev IF scan` prints every BSS in range with its
  // capabilities (HT, VHT, HE, RSN, WPS), 2 to 5 KB each. 50 to 100 networks in an office or a
  // block of flats pass the 200 KiB Node gave exec before version 12; 1 MiB takes some 250
  // (audit 10: wireless-tools).
  { command: "iw", when: ["scan"], scales: true, says: "prints 2 to 5 KB for every access point in range: 50 to 100 networks in an office pass 200 KiB, some 250 pass 1 MiB" },
  // Progress that grows with time. HandBrakeCLI's main loop (test/test.c) waits up to 100 ms
  // on stdin and 200 ms more, then prints `\rEncoding: task 1 of 1, 12.34 % (45.67 fps, avg
  // 50.12 fps, ETA 00h12m34s)` (~75 bytes) on stdout: 3 to 5 lines a second. ffmpeg prints its
  // stats line (`frame= ... speed=1.2x`, 75 to 115 bytes) on stderr every 0.5 s (-stats_period)
  // unless -nostats, or a log level below info without -stats. curl's progress meter: a line of
  // ~80 bytes about once a second on stderr (110 bytes a second measured, curl 7.88). youtube-dl
  // and yt-dlp print a progress line per block, and size their blocks to about a second of download.
  // wget's dots (a line per 50 KiB, 1.5 KiB of log per MiB downloaded) grow with the data: 1 MiB
  // of log is some 670 MiB of download, so it is left out.
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", when: ["-z", "--preset-list", "--preset-export", "--scan", "-u", "--update", "--version", "-h", "--help"], scales: false, says: "prints a list or its version and ends" },
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", scales: true, says: "prints a progress line 3 to 5 times a second while it encodes", perSecond: [245, 375], doing: "encoding" },
  { command: "ffmpeg", when: ["-nostats", "-loglevel /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-v /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-frames:v", "-vframes", "-version", "-formats", "-codecs", "-encoders", "-decoders", "-filters", "-devices", "-protocols", "-pix_fmts", "-hwaccels", "-buildconf"], scales: false, says: "prints no stats line" },
  { command: "ffmpeg", lastAfter: "-i", scales: false, says: "only describes its input" },
  // An hour of ffmpeg is an encode of a long video: a video encoder named (not `copy`, which
  // remuxes at many times real time, nor an image codec). Audio, stickers, thumbnails and remuxes
  // end within minutes.
  { command: "ffmpeg", when: VIDEO_ENCODER, scales: true, says: "prints its stats line every half second while it encodes", perSecond: [150, 230], doing: "encoding" },
  { command: "curl", when: ["-s", "--silent"], scales: false, says: "prints no progress meter" },
  { command: "curl", scales: true, says: "prints its progress meter on stderr about once a second", perSecond: [80, 110], doing: "downloading" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-q", "--quiet", "--no-progress", "-s", "--simulate", "--skip-download", "-j", "--dump-json", "-J", "--dump-single-json", "-g", "--get-url", "-e", "--get-title", "--get-id", "--get-filename", "--get-duration", "--get-format", "--get-thumbnail", "--get-description", "-F", "--list-formats", "--list-extractors", "-U", "--update", "--print", "-O"], scales: false, says: "prints no progress" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", scales: true, says: "prints a progress line about once a second while it downloads", perSecond: [60, 120], doing: "downloading" },
  // Document converters print the whole converted document on stdout: it grows with the document
  // a user hands in (antiword(1), catdoc(1), unrtf(1): "writes to standard output"; pdftotext(1)
  // and odt2txt(1) only when the output named is `-` or none; pandoc(1) unless -o/--output). pdftotext and its kin take long options after one dash
  // (`-layout`, `-nopgbrk`), so their single letters are matched whole, never as a cluster.
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|pandoc|pdftotext|pdftohtml|odt2txt|docx2txt|html2text|lynx|w3m|elinks", when: ["/^-(v|h|o|help|version)$/", "--version", "--help", "--output", "--list"], scales: false, says: "prints a version or its help, or writes to the file it names" },
  { command: "pdftotext", when: ["-"], document: true, scales: true, says: "prints the text of the whole document on stdout" },
  { command: "pdftohtml", when: ["-stdout"], document: true, scales: true, says: "prints the whole document as HTML on stdout" },
  { command: "lynx|w3m|elinks", when: ["-dump"], document: true, scales: true, says: "prints the whole page as text on stdout" },
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|pandoc|odt2txt|html2text", document: true, scales: true, says: "prints the whole converted document on stdout" },
  // tesseract(1): `tesseract imagename|imagelist|stdin outputbase|stdout [configfile...]`: an output base `stdout`
  // or `-` prints the recognised text (or the hOCR, TSV, ALTO of the `hocr`/`tsv`/`alto` configs) on stdout, one
  // page after another for a list of images: as long as the document.
  { command: "tesseract", when: ["--version", "-v", "--help", "-h", "--list-langs", "--print-parameters"], scales: false, says: "prints its version, its help or a list and ends" },
  { command: "tesseract", when: ["stdout", "-"], document: true, scales: true, says: "prints the text it recognises on stdout, a page per image" },
  // Go tools given a package pattern (`./...`, `all`) walk every package below it.
  { command: "go list|vet|build|test|install|doc|generate|mod", when: ["/\\.\\.\\.$/", "all"], scales: true, says: "reports on every package of the pattern" },
  { command: "golint|staticcheck|errcheck|revive|golangci-lint|gometalinter|ineffassign", when: ["/\\.\\.\\.$/"], scales: true, says: "reports on every package of the pattern" },
  { command: "go-symbols", scales: true, says: "prints every symbol of the workspace that matches the query" },
  { command: "guru referrers|callers|callstack|peers", scales: true, says: "prints a line per reference across the workspace" }
];
var WRAPPERS = [
  { name: "sudo", valued: ["-u", "-g", "-C", "-p", "-U", "-h", "-r", "-t", "-T", "-D", "-R"], positionals: 0, queries: ["-l", "-v", "-k", "-K", "-V"] },
  { name: "doas", valued: ["-u", "-C"], positionals: 0 },
  { name: "nohup", valued: [], positionals: 0 },
  { name: "env", valued: ["-u", "-C", "-S", "--unset", "--chdir"], positionals: 0 },
  { name: "nice", valued: ["-n", "--adjustment"], positionals: 0 },
  { name: "ionice", valued: ["-c", "-n", "-p", "-P", "-u", "--class", "--classdata"], positionals: 0 },
  { name: "timeout", valued: ["-k", "-s", "--kill-after", "--signal"], positionals: 1 },
  { name: "stdbuf", valued: ["-i", "-o", "-e", "--input", "--output", "--error"], positionals: 0 },
  { name: "exec", valued: ["-a"], positionals: 0 },
  { name: "command", valued: [], positionals: 0, queries: ["-v", "-V"] },
  { name: "builtin", valued: [], positionals: 0 },
  { name: "time", valued: ["-f", "-o", "--format", "--output"], positionals: 0 },
  { name: "setsid", valued: [], positionals: 0 },
  { name: "chrt", valued: [], positionals: 1 },
  { name: "taskset", valued: [], positionals: 1 },
  // Wrappers that run the rest of the line (issue 11): a password feeder, a throwaway X server
  // (its own output goes to /dev/null unless -e), privilege and sandbox changers, proxies.
  { name: "sshpass", valued: ["-p", "-f", "-d", "-P"], positionals: 0 },
  { name: "xvfb-run", valued: ["-n", "--server-num", "-s", "--server-args", "-f", "--auth-file", "-e", "--error-file", "-p", "--xauth-protocol", "-w", "--wait"], positionals: 0 },
  { name: "pkexec", valued: ["--user"], positionals: 0 },
  { name: "chroot", valued: ["--userspec", "--groups"], positionals: 1 },
  { name: "gosu", valued: [], positionals: 1 },
  { name: "su-exec", valued: [], positionals: 1 },
  { name: "unbuffer", valued: [], positionals: 0 },
  { name: "proxychains", valued: ["-f"], positionals: 0 },
  { name: "proxychains4", valued: ["-f"], positionals: 0 },
  { name: "torsocks", valued: ["-u", "-p", "-a", "-P"], positionals: 0 },
  { name: "firejail", valued: [], positionals: 0 },
  { name: "dbus-run-session", valued: ["--config-file", "--dbus-daemon"], positionals: 0 },
  { name: "systemd-inhibit", valued: ["--what", "--who", "--why", "--mode"], positionals: 0 },
  { name: "caffeinate", valued: ["-t", "-w"], positionals: 0 },
  { name: "prime-run", valued: [], positionals: 0 },
  { name: "optirun", valued: [], positionals: 0 }
];

// src/knowledge/command-table.ts
var unknownWord = (w) => w === null || w.includes(PLACEHOLDER);
function wordMatcher(flag) {
  const re = /^\/(.*)\/$/.exec(flag);
  if (re) {
    const r = new RegExp(re[1]);
    return (w) => r.test(w);
  }
  if (/^-[A-Za-z]$/.test(flag)) {
    const letter = flag[1];
    return (w) => w === flag || /^-[A-Za-z]+$/.test(w) && w.includes(letter);
  }
  if (flag.startsWith("--")) return (w) => w === flag || w.startsWith(`${flag}=`);
  return (w) => w === flag;
}
function flagMatcher(flag) {
  const parts = flag.startsWith("/") ? [flag] : flag.split(" ");
  const raw = parts.map((p) => p.startsWith("?/"));
  const tests = parts.map((p, j) => wordMatcher(raw[j] ? p.slice(1) : p));
  return (args, i) => {
    const slice = args.slice(i, i + tests.length);
    const words = slice.map((w, j) => raw[j] ? w ?? PLACEHOLDER : knownPart(w));
    if (words.length < tests.length || words.some((w) => w === null)) return null;
    return tests.every((t, j) => t(words[j])) ? words.map((w) => w.replace(new RegExp(`${PLACEHOLDER}+`, "g"), "\u2026")).join(" ") : null;
  };
}
function knownPart(word) {
  if (word === null || word === void 0) return null;
  if (!word.includes(PLACEHOLDER)) return word;
  const option = /^--[A-Za-z][\w-]*=/.exec(word)?.[0];
  if (option && !option.includes(PLACEHOLDER)) return option;
  const range = word.replaceAll(PLACEHOLDER, "REV");
  return REVISION_RANGE.test(range) ? range : null;
}
var REVISION_RANGE = /^[^\s/.][^\s/]*?[^\s/.]\.\.\.?[^\s/.][^\s/]*$/;
function findPhrase(args, matchers) {
  for (let i = 0; i < args.length; i++) {
    for (const m of matchers) {
      const phrase = m(args, i);
      if (phrase === null) continue;
      const before = i > 0 ? args[i - 1] : null;
      return !phrase.startsWith("-") && before && /^-[A-Za-z]$/.test(before) ? `${before} ${phrase}` : phrase;
    }
  }
  return void 0;
}
function compile(entries) {
  return entries.map((entry) => {
    const [program, ...subs] = entry.command.split(/\s+/);
    let when;
    let also;
    return {
      entry,
      programs: new Set(program.split("|")),
      subcommands: subs.map((s) => new Set(s.split("|"))),
      get when() {
        if (when === void 0) when = entry.when ? entry.when.map(flagMatcher) : null;
        return when;
      },
      get also() {
        return also ??= (entry.also ?? []).map(flagMatcher);
      }
    };
  });
}
var compiled = null;
function table() {
  compiled ??= compile(COMMANDS);
  return compiled;
}
var compiledScaling = null;
function scalingTable() {
  compiledScaling ??= compile(SCALING);
  return compiledScaling;
}
function firstMatch(lines, names, args, positional, display = names[0]) {
  for (const c of lines) {
    const { entry } = c;
    const program = entry.command === "*" || entry.command.startsWith("* ") ? "*" : names.find((n) => c.programs.has(n));
    if (!program) continue;
    if (entry.exact && (args.length !== entry.exact.length || args.some((a, i) => entry.exact[i] !== "*" && a !== entry.exact[i]))) continue;
    if (entry.lastAfter && (args.length < 2 || args.at(-2) !== entry.lastAfter)) continue;
    let matched = [];
    if (c.subcommands.length) {
      const any = c.subcommands.at(-1).has("*");
      const words = any ? c.subcommands.slice(0, -1) : c.subcommands;
      const tryAt = (k) => words.every((set, j) => {
        const p = positional[k + j];
        return !!p && !p.word.includes(PLACEHOLDER) && set.has(p.word);
      });
      const at = tryAt(0) ? 0 : positional[0]?.afterOption && tryAt(1) ? 1 : -1;
      if (at < 0) continue;
      matched = words.map((_, j) => positional[at + j].word);
      if (any) {
        const after = words.length ? positional[at + words.length - 1].at + 1 : 0;
        if (!args.slice(after).some((w) => w === null || !w.startsWith("-"))) continue;
        matched.push("N");
      }
    }
    let flag;
    if (c.when) {
      flag = findPhrase(args, c.when);
      if (flag === void 0) continue;
    }
    const also = c.also.map((m) => findPhrase(args, [m]));
    if (also.some((p) => p === void 0)) continue;
    const flags = [flag, ...also].filter((f) => f !== void 0 && !matched.includes(f));
    return { entry, phrase: [display, ...matched, ...new Set(flags), ...(entry.exact ?? []).map((w) => w === "*" ? "FILE" : w)] };
  }
  return null;
}

// src/knowledge/commands.ts
var RANK = { none: 0, bounded: 1, unbounded: 2 };
function maxClass(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
function canFill(c) {
  return c === "unbounded";
}
var INIT_SCRIPT = /^(?:\/[\w.-]+)*\/(?:init\.d|rc\.d)\/[^/]+$/;
var INIT_SCRIPT_NAME = "/etc/init.d/*";
function programNames(word) {
  if (INIT_SCRIPT.test(word)) return [INIT_SCRIPT_NAME];
  const base = word.slice(word.lastIndexOf("/") + 1);
  const stem = /^(.+)\.(?:exe|cmd|bat)$/i.exec(base)?.[1];
  if (stem) return [base, ...programNames(stem)];
  const script = /^[^.].*(\.(?:sh|bash|zsh|ksh|py|pl|rb|js|mjs|cjs|php|ps1))$/i.exec(base)?.[1];
  if (script) return [base, `*${script.toLowerCase()}`];
  const names = [base];
  const unversioned = base.replace(/[\d.]+$/, "");
  if (unversioned && unversioned !== base) {
    const major = /^(\D+\d)[\d.]*$/.exec(base)?.[1];
    if (major && major !== base) names.push(major);
    names.push(unversioned);
  }
  return names;
}
function stripWrappers(argv) {
  let i = 0;
  for (; ; ) {
    while (i < argv.length && argv[i] !== null && /^[A-Za-z_]\w*=/.test(argv[i])) i++;
    const word = argv[i];
    if (word === null || word === void 0) break;
    const wrapper = WRAPPERS.find((w) => w.name === programNames(word)[0]);
    if (!wrapper) break;
    i++;
    let positionals = wrapper.positionals;
    while (i < argv.length) {
      const w = argv[i];
      if (w === null) break;
      if (w === "--") {
        i++;
        break;
      }
      if (wrapper.queries?.includes(w)) return { argv: [], query: true };
      if (w.startsWith("-") && w.length > 1) {
        i += wrapper.valued.includes(w) ? 2 : 1;
        continue;
      }
      if (wrapper.name === "env" && /^[A-Za-z_]\w*=/.test(w)) {
        i++;
        continue;
      }
      if (positionals > 0) {
        positionals--;
        i++;
        continue;
      }
      break;
    }
  }
  return { argv: argv.slice(i), query: false };
}
function shown(words) {
  return `\`${words.join(" ")}\``;
}
function unknown(evidence, basis = "value") {
  return { stdout: "unbounded", stderr: "unbounded", program: null, evidence, basis };
}
function classifyArgv(argv) {
  const stripped = stripWrappers(argv);
  if (stripped.query) return { stdout: "bounded", stderr: "bounded", program: null, evidence: "a command lookup prints a line" };
  const words = stripped.argv;
  const first = words[0];
  if (first === void 0) return { stdout: "none", stderr: "none", program: null, evidence: "an empty command prints nothing" };
  const tail = first === null ? null : /\uE000\/?([A-Za-z][\w.+-]*)$/.exec(first)?.[1] ?? null;
  const args = words.slice(1);
  if (unknownWord(first) && !tail) {
    const probe2 = firstMatch(table().filter((c) => c.entry.command === "*" || c.entry.command === "\u2026"), ["\u2026"], args, []);
    if (probe2) return { stdout: probe2.entry.stdout, stderr: probe2.entry.stderr, program: null, evidence: `a program run with ${probe2.entry.exact ? "only " : ""}${shown(probe2.phrase.slice(1))} ${probe2.entry.says}` };
    return unknown("the command is not known statically");
  }
  const names = programNames(tail ?? first);
  const display = names[0] === INIT_SCRIPT_NAME ? first : names[0];
  const positional = [];
  for (const [i, w] of args.entries()) {
    if (w === null || w.startsWith("-")) continue;
    positional.push({ word: w, afterOption: i > 0 && (args[i - 1] ?? "").startsWith("-"), at: i });
  }
  const inline = inlineProgram(names, args) ?? idleShell(names, args);
  if (inline) return inline;
  const line = commandLineArgument(names[0], args);
  if (line !== null) return classifyShell(line);
  const scales = firstMatch(scalingTable(), names, args, positional, display);
  const pace = scales?.entry.perSecond ? { pace: { perSecond: scales.entry.perSecond, doing: scales.entry.doing ?? "working" } } : {};
  const scaling = scales?.entry.scales ? { scales: `${shown(scales.phrase)} ${scales.entry.says}`, ...pace, ...scales.entry.document ? { document: true } : {} } : scales?.entry.fitsBuffer ? { fitsBuffer: true } : {};
  const hit = firstMatch(table(), names, args, positional, display);
  if (hit) return { stdout: hit.entry.stdout, stderr: hit.entry.stderr, program: display, evidence: `${shown(hit.phrase)} ${hit.entry.says}`, ...hit.entry.fromInput ? { fromInput: true } : {}, ...hit.entry.listsProcesses ? { listsProcesses: true } : {}, ...hit.entry.selects ? { selects: true } : {}, ...hit.entry.writeErrors === "ignored" ? { ignoresWriteErrors: true } : {}, ...hit.entry.livesOn ? { livesOn: { says: `${shown(hit.phrase)} ${hit.entry.livesOn}`, stdout: false, stderr: true } } : {}, ...hit.entry.serves ? { serves: true } : {}, ...scaling };
  return { stdout: UNLISTED.stdout, stderr: UNLISTED.stderr, program: display, evidence: `${shown([display])} is not known to be quiet: its output can grow`, basis: "unlisted", ...scaling };
}
var INTERPRETERS = /^(python|pypy|perl|ruby|node|php)/;
function inlineProgram(names, args) {
  const name = names[0];
  if (!INTERPRETERS.test(name)) return null;
  const at = args.findIndex((a) => a === "-c" || a === "-e");
  const code = at >= 0 ? args[at + 1] : void 0;
  if (typeof code !== "string" || code.includes(PLACEHOLDER) || code.length > 300) return null;
  if (/\b(for|while|range|repeat|main|run|exec|eval|system|popen|subprocess|loop|forever|alloc|fill)\b|\*|<<|\d{4,}/.test(code)) return null;
  const imports = [...code.matchAll(/\bimport\s+([\w., ]+)/g)].flatMap((m) => m[1].split(/[\s,]+/)).filter(Boolean);
  if (imports.some((m) => !["sys", "os", "time", "signal", "errno"].includes(m.split(".")[0]))) return null;
  return { stdout: "bounded", stderr: "bounded", program: name, evidence: `\`${name} ${args[at]}\` runs a short inline program` };
}
function idleShell(names, args) {
  if (!names.some((n) => /^cmd(\.exe)?$/i.test(n)) || !args.length) return null;
  if (args.some((a) => a === null || a.replaceAll(PLACEHOLDER, "") === "" || /^[/-][a-zA-Z]*[cCkK]$/.test(a) || /^\/[cCkK]\b/.test(a))) return null;
  return { stdout: "bounded", stderr: "bounded", program: "cmd.exe", evidence: "`cmd.exe` without /c or /k runs no command: it prints its banner and a prompt, and reads its commands from stdin" };
}
var SHELLS = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox-sh)$/;
var SWITCH_USER = /^(?:su|runuser)$/;
function commandLineArgument(name, args) {
  let at = -1;
  if (SHELLS.test(name)) {
    for (const [i, a] of args.entries()) {
      if (a === null || !a.startsWith("-")) break;
      if (/^-[a-z]*c$/.test(a)) {
        at = i + 1;
        break;
      }
    }
  } else if (SWITCH_USER.test(name)) {
    for (const [i, a] of args.entries()) {
      if (a === "-c" || a === "--command") {
        at = i + 1;
        break;
      }
      if (a?.startsWith("--command=")) return literalLine(a.slice("--command=".length));
    }
  } else if (name === "adb") {
    return adbRemoteLine(args);
  }
  return at >= 0 ? literalLine(args[at]) : null;
}
var ADB_VALUED = /* @__PURE__ */ new Set(["-s", "-t", "-H", "-P", "-L"]);
var ADB_SHELL_VALUED = /* @__PURE__ */ new Set(["-e"]);
function adbRemoteLine(args) {
  let i = 0;
  while (i < args.length && args[i]?.startsWith("-")) i += ADB_VALUED.has(args[i]) ? 2 : 1;
  if (args[i] !== "shell" && args[i] !== "exec-out") return null;
  i++;
  while (i < args.length && args[i]?.startsWith("-")) i += ADB_SHELL_VALUED.has(args[i]) ? 2 : 1;
  const words = args.slice(i);
  if (words.length === 0 || words.some((w) => w === null)) return null;
  return literalLine(words.join(" "));
}
function literalLine(line) {
  return typeof line === "string" && line.replaceAll(PLACEHOLDER, "").trim() !== "" ? line : null;
}
var RESERVED_LEAD = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "while", "until", "do", "!", "{", "time"]);
var RESERVED_QUIET = /* @__PURE__ */ new Set(["fi", "done", "esac", "}", "for", "select"]);
function classifyShell(command) {
  if (command === null) return unknown("the command is not known statically");
  const sites = commandSites(parseShell(command));
  if (!sites) return unknown("the command line could not be read", "unlisted");
  let stdout = "none";
  let stderr = "none";
  const seen = [];
  const bySite = /* @__PURE__ */ new Map();
  let scales;
  let pace;
  let document = false;
  let livesOn;
  for (const [index, site] of sites.entries()) {
    let words = site.words.map(shellWordValue);
    while (words.length && words[0] !== null && RESERVED_LEAD.has(words[0])) words = words.slice(1);
    let out;
    if (words.length === 0 || words[0] !== null && RESERVED_QUIET.has(words[0])) continue;
    if (words[0] === "case" || words[0] === "function") out = unknown("the command line holds a compound command", "unlisted");
    else out = classifyArgv(words);
    const feeder = site.fedBy !== void 0 ? bySite.get(site.fedBy) : void 0;
    if (out.fromInput && feeder && !canFill(feeder.stdout) && feeder.program) {
      out = { ...out, stdout: "bounded", evidence: `${out.evidence.slice(0, out.evidence.indexOf("`", 1) + 1)} reads its input from \`${feeder.program}\`, which prints ${feeder.stdout === "none" ? "nothing" : "a few lines"}` };
    } else if (out.selects && feeder?.listsProcesses && words.length > 1) {
      out = { ...out, stdout: "bounded", evidence: `${out.evidence.slice(0, out.evidence.indexOf("`", 1) + 1)} picks the processes that match out of the list of \`${feeder.program}\`` };
    }
    bySite.set(index, out);
    let reaches2 = "none";
    for (const [dest2, cls2] of [[site.stdout, out.stdout], [site.stderr, out.stderr]]) {
      if (dest2 === "out") reaches2 = maxClass(reaches2, cls2);
      if (dest2 === "err") stderr = maxClass(stderr, cls2);
    }
    const [dest, cls] = out.stdout === "unbounded" ? [site.stdout, out.stdout] : [site.stderr, out.stderr];
    if (out.scales && cls === "unbounded" && (dest === "out" || dest === "err") && scales === void 0) {
      scales = out.scales;
      pace = out.pace;
      document = !!out.document && dest === "out";
    }
    if (out.livesOn) {
      const to = [...out.livesOn.stdout ? [site.stdout] : [], ...out.livesOn.stderr ? [site.stderr] : []];
      if (to.some((d) => d === "out" || d === "err")) {
        livesOn = { says: livesOn?.says ?? out.livesOn.says, stdout: !!livesOn?.stdout || to.includes("out"), stderr: !!livesOn?.stderr || to.includes("err") };
      }
    }
    stdout = maxClass(stdout, reaches2);
    seen.push({ out, reaches: reaches2 });
  }
  const deciding = seen.filter((s) => s.reaches === stdout && (stdout !== "none" || s.out.stdout === "none"));
  const decisive = deciding.find((s) => (s.out.basis ?? "listed") === "listed") ?? deciding.find((s) => s.out.basis === "value") ?? deciding[0];
  const launched = livesOn ? { livesOn } : {};
  const fits = seen.some((s) => s.out.fitsBuffer) && seen.every((s) => s.out.fitsBuffer || s.out.stdout !== "unbounded" && s.out.stderr !== "unbounded");
  const growth = { ...scales ? { scales } : {}, ...pace ? { pace } : {}, ...document ? { document } : {}, ...fits ? { fitsBuffer: true } : {} };
  if (stdout === "none") {
    const own = seen.filter((s) => s.out.stdout === "none");
    if (own.length === seen.length && own.length > 1) {
      const programs2 = [...new Set(own.map((s) => s.out.program ?? "?"))].map((p) => `\`${p}\``);
      return { stdout, stderr, program: own[0].out.program, evidence: `${programs2.join(", ")} print nothing`, ...launched };
    }
    if (decisive && own.length === seen.length) return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...growth, ...launched };
    const redirected = seen.find((s) => s.out.stdout !== "none");
    const what = redirected?.out.program ? `the output of \`${redirected.out.program}\`` : "the command's output";
    return { stdout, stderr, program: redirected?.out.program ?? null, evidence: redirected ? `${what} is redirected` : "the command line runs nothing", ...launched };
  }
  const writers = seen.filter((s) => s.reaches !== "none");
  const runsOn = writers.length > 0 && writers.every((s) => s.out.ignoresWriteErrors);
  const basis = decisive.out.basis ? { basis: decisive.out.basis } : {};
  return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...basis, ...growth, ...runsOn ? { ignoresWriteErrors: true } : {}, ...launched };
}
function isListed(program) {
  const names = programNames(program);
  return table().some((c) => names.some((n) => c.programs.has(n)));
}

// src/typescript/setting-default.ts
import fs from "node:fs";
import path2 from "node:path";
var declared = /* @__PURE__ */ new Map();
function settingsAbove(file) {
  for (let dir = path2.dirname(path2.resolve(file)); ; dir = path2.dirname(dir)) {
    const manifest = path2.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      if (!declared.has(manifest)) declared.set(manifest, read(manifest));
      return declared.get(manifest);
    }
    if (path2.dirname(dir) === dir) return null;
  }
}
function read(manifest) {
  try {
    const pkg = JSON.parse(fs.readFileSync(manifest, "utf8"));
    const config = pkg.contributes?.configuration;
    const pages = Array.isArray(config) ? config : [config];
    const all = {};
    for (const page of pages) if (page && typeof page === "object" && page.properties) Object.assign(all, page.properties);
    return Object.keys(all).length ? all : null;
  } catch {
    return null;
  }
}
function sectionOf(model, e, depth = 0) {
  if (depth > 3) return null;
  const x = model.initializerOf(skipOuter(e));
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(skipOuter(x.expression)) && skipOuter(x.expression).name.text === "getConfiguration") {
    return stringValue(x.arguments[0]);
  }
  return null;
}
function settingDefault(model, call) {
  const key = stringValue(call.arguments[0]);
  if (key === null || !key) return null;
  const settings = settingsAbove(model.sourceFile.fileName);
  if (!settings) return null;
  const callee = skipOuter(call.expression);
  const section = ts.isPropertyAccessExpression(callee) && callee.name.text === "get" ? sectionOf(model, callee.expression) : null;
  const names = section !== null ? [`${section}.${key}`].filter((n) => n in settings) : Object.keys(settings).filter((n) => n === key || n.endsWith(`.${key}`));
  if (names.length !== 1) return null;
  const value = settings[names[0]].default;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? { name: names[0], value } : null;
}

// src/typescript/buffer-limit.ts
function staticSize(model, expr, depth = 0) {
  if (depth > 8) return null;
  const e = model.initializerOf(expr);
  if (ts.isNumericLiteral(e)) return { bytes: Number(e.text.replace(/_/g, "")), setting: false };
  if (ts.isIdentifier(e) && e.text === "Infinity" && !model.lookup(e)) return { bytes: Infinity, setting: false };
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Number" && !model.lookup(e.expression)) {
    const v = Number[e.name.text];
    return typeof v === "number" ? { bytes: v, setting: false } : null;
  }
  if (ts.isCallExpression(e)) {
    const declared2 = settingDefault(model, e);
    return declared2 && { bytes: declared2.value, setting: true, settingName: declared2.name };
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
    const fallback = filledIn(model, e, depth);
    if (fallback) return fallback;
  }
  if (ts.isConditionalExpression(e)) {
    const sides = [e.whenTrue, e.whenFalse].map((s) => staticSize(model, s, depth + 1));
    return sides.every((s) => s !== null) ? sides.reduce((a2, b2) => b2.bytes > a2.bytes ? b2 : a2) : null;
  }
  if (!ts.isBinaryExpression(e)) return null;
  const op = e.operatorToken.kind;
  if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
    const fallback = staticSize(model, e.right, depth + 1);
    const first = staticSize(model, e.left, depth + 1);
    if (first) return first.bytes || op === ts.SyntaxKind.QuestionQuestionToken ? first : fallback;
    return fallback && { bytes: fallback.bytes, setting: true };
  }
  const a = staticSize(model, e.left, depth + 1);
  const b = staticSize(model, e.right, depth + 1);
  if (a === null || b === null) return null;
  const setting = a.setting || b.setting;
  const named = a.settingName ?? b.settingName;
  const size = (bytes) => named ? { bytes, setting, settingName: named } : { bytes, setting };
  switch (op) {
    case ts.SyntaxKind.AsteriskToken:
      return size(a.bytes * b.bytes);
    case ts.SyntaxKind.PlusToken:
      return size(a.bytes + b.bytes);
    case ts.SyntaxKind.LessThanLessThanToken:
      return size(a.bytes * 2 ** b.bytes);
    case ts.SyntaxKind.AsteriskAsteriskToken:
      return size(a.bytes ** b.bytes);
    default:
      return null;
  }
}
function filledIn(model, read2, depth) {
  const text = read2.getText().replace(/\s+/g, "");
  const fn = fnOf(read2);
  let found = null;
  const visit = (n) => {
    if (found || n.pos >= read2.pos) return;
    if (ts.isIfStatement(n) && !n.elseStatement) {
      const cond = skipOuter(n.expression);
      const then = ts.isBlock(n.thenStatement) && n.thenStatement.statements.length === 1 ? n.thenStatement.statements[0] : n.thenStatement;
      const set = ts.isExpressionStatement(then) ? skipOuter(then.expression) : null;
      if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken && skipOuter(cond.operand).getText().replace(/\s+/g, "") === text && set && ts.isBinaryExpression(set) && set.operatorToken.kind === ts.SyntaxKind.EqualsToken && skipOuter(set.left).getText().replace(/\s+/g, "") === text) {
        const size = staticSize(model, set.right, depth + 1);
        if (size) found = { ...size, setting: true };
        return;
      }
    }
    if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n))) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
  return found;
}
function sizeLimits(model, value, prop, fallback) {
  const v = skipOuter(value);
  if (v.kind === ts.SyntaxKind.UndefinedKeyword || ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v)) return [{ bytes: fallback, prop, how: "default" }];
  const size = staticSize(model, v);
  return size && [{ bytes: size.bytes, prop, how: size.setting ? "setting" : "here", ...size.settingName ? { settingName: size.settingName } : {} }];
}
var Reader = class {
  constructor(model, fallback) {
    this.model = model;
    this.fallback = fallback;
  }
  model;
  fallback;
  visiting = /* @__PURE__ */ new Set();
  /** The limits an options expression may carry; null when it cannot be told. */
  limits(expr, depth = 0) {
    if (depth > 8) return null;
    const e = skipOuter(expr);
    if (e.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(e)) return [this.byDefault()];
    if (ts.isObjectLiteralExpression(e)) return this.object(e, depth);
    if (ts.isConditionalExpression(e)) return union([this.limits(e.whenTrue, depth + 1), this.limits(e.whenFalse, depth + 1)]);
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) {
      return union([this.limits(e.left, depth + 1), this.limits(e.right, depth + 1)]);
    }
    if (ts.isIdentifier(e)) {
      const b = this.model.lookup(e);
      if (!b) return e.text === "undefined" ? [this.byDefault()] : null;
      return this.binding(b, depth);
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
      const b = this.model.lookup(skipOuter(e.expression));
      if (b?.kind === "param" && this.stillCallers(b) && !this.model.references(b).some((r) => isWriteTarget(r.parent))) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    }
    if (ts.isCallExpression(e) && mergeCall(this.model, e) && e.arguments.length && !e.arguments.some((a) => ts.isSpreadElement(a))) {
      let cur = this.limits(e.arguments[0], depth + 1);
      for (const src of e.arguments.slice(1)) cur = cur && this.spread(cur, src, depth);
      return cur;
    }
    if (ts.isCallExpression(e) && !mergeCall(this.model, e) && !this.localCallee(e) && e.arguments.some((a) => this.callerParam(a))) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    return null;
  }
  /**
   * A parameter that keeps the caller's options: never reassigned, or only merged with defaults
   * (`options = extend(extend({}, defaults), options)`, `opts = opts || {}`).
   */
  stillCallers(b) {
    if (!this.model.isReassigned(b)) return true;
    return this.model.references(b).filter((r) => isWriteTarget(r)).every((r) => {
      let e = r;
      while (isWrapper(e.parent)) e = e.parent;
      const p = e.parent;
      if (!ts.isBinaryExpression(p) || p.left !== e || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
      const right = skipOuter(p.right);
      const mentions2 = (n) => ts.isIdentifier(n) && n.text === b.name || !!ts.forEachChild(n, (c) => mentions2(c) || void 0);
      return ts.isCallExpression(right) && mergeCall(this.model, right) || ts.isBinaryExpression(right) && mentions2(right.left) ? mentions2(right) : false;
    });
  }
  /** A parameter never reassigned: the caller's value. */
  callerParam(arg) {
    const a = skipOuter(arg);
    if (!ts.isIdentifier(a)) return false;
    const b = this.model.lookup(a);
    return b?.kind === "param" && !this.model.isReassigned(b);
  }
  /** A function of this module (its body could set maxBuffer) or a method of a local object. */
  localCallee(call) {
    const callee = skipOuter(call.expression);
    const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(skipOuter(callee.expression)) ? skipOuter(callee.expression) : null;
    if (!root) return true;
    const b = this.model.lookup(root);
    if (!b) return true;
    const init = b.init ? skipOuter(b.init) : null;
    const required = !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require";
    return !(b.kind === "import" || required);
  }
  byDefault() {
    return { bytes: this.fallback, prop: null, how: "default" };
  }
  /** `{ ...a, maxBuffer: n }`: the last word on maxBuffer, in order. */
  object(obj, depth) {
    let cur = [this.byDefault()];
    for (const p of obj.properties) {
      if (!cur) return null;
      if (ts.isSpreadAssignment(p)) {
        cur = this.spread(cur, p.expression, depth);
        continue;
      }
      const key = propertyKey(p.name);
      if (key === null) return null;
      if (key !== "maxBuffer") continue;
      if (ts.isPropertyAssignment(p)) cur = sizeLimits(this.model, p.initializer, p, this.fallback);
      else if (ts.isShorthandPropertyAssignment(p)) cur = sizeLimits(this.model, p.name, null, this.fallback);
      else return null;
    }
    return cur;
  }
  /** `...src` over what is set so far: src's own maxBuffer, or the earlier one where it sets none. */
  spread(cur, src, depth) {
    const from = this.limits(src, depth + 1);
    if (!from) return null;
    return from.flatMap((l) => l.how === "default" ? cur : l.how === "caller" ? [...cur.map((c) => c.how === "default" ? l : c)] : [l]);
  }
  /**
   * A named options object: its initializer (a parameter: what the caller passes), every value
   * assigned to it, and every maxBuffer it gets afterwards. null when it is handed to other code
   * that may change it, or gets a property whose name is computed.
   */
  binding(b, depth) {
    if (this.visiting.has(b)) return [];
    this.visiting.add(b);
    try {
      const sources = [];
      let replaced = false;
      const written = [];
      const home = b.kind === "param" ? b.decl.parent.body : b.decl.parent?.parent?.parent;
      if (b.kind === "param") {
        if (!ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken) return null;
        sources.push(this.caller(b.decl, depth));
        if (b.decl.initializer) sources.push(this.limits(b.decl.initializer, depth + 1));
      } else if (b.kind === "var" || b.kind === "let" || b.kind === "const") {
        if (b.init) {
          if (!b.path || b.path.length) return null;
          sources.push(this.limits(b.init, depth + 1));
        } else if (!this.model.isReassigned(b)) return null;
      } else return null;
      for (const ref of this.model.references(b)) {
        let e = ref;
        while (isWrapper(e.parent)) e = e.parent;
        const p = e.parent;
        if (isWriteTarget(ref)) {
          if (!ts.isBinaryExpression(p) || p.left !== e) return null;
          const op = p.operatorToken.kind;
          if (![ts.SyntaxKind.EqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken].includes(op)) return null;
          sources.push(this.limits(p.right, depth + 1));
          continue;
        }
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
          const key = memberName(p);
          const assign = p.parent;
          if (ts.isDeleteExpression(assign)) {
            if (key === null || key === "maxBuffer") sources.push([this.byDefault()]);
            continue;
          }
          if (!isWriteTarget(p)) continue;
          if (key === null) return null;
          if (key !== "maxBuffer") continue;
          const plain = ts.isBinaryExpression(assign) && assign.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          if (plain && ts.isExpressionStatement(assign.parent) && assign.parent.parent === home) replaced = true;
          written.push(plain ? sizeLimits(this.model, assign.right, null, this.fallback) : null);
          continue;
        }
        if (ts.isCallExpression(p) && p.arguments.includes(e)) {
          const q = this.model.qualifiedName(skipOuter(p.expression));
          if (q?.startsWith("child_process.") || q?.startsWith("promisify(child_process.")) continue;
          if (assignCall(p) && p.arguments[0] === e) {
            for (const src of p.arguments.slice(1)) {
              const set = ts.isSpreadElement(src) ? null : this.limits(src, depth + 1);
              if (!set) return null;
              sources.push(set.filter((l) => l.how !== "default"));
            }
            continue;
          }
          if (assignCall(p)) continue;
          return null;
        }
        if (ts.isVariableDeclaration(p) && p.initializer === e || ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return null;
      }
      return union(replaced ? written : [...sources, ...written]);
    } finally {
      this.visiting.delete(b);
    }
  }
  /**
   * A parameter's options: Node's default unless the caller raises it. When the function is
   * only called in this file, the options its callers pass.
   */
  caller(param, depth) {
    const fn = param.parent;
    const sites = ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn) ? callSitesOf(this.model, fn) : null;
    if (!sites) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    const index = fn.parameters.indexOf(param);
    return union(sites.map((site) => {
      const arg = site.arguments[index];
      if (!arg) return [this.byDefault()];
      return ts.isSpreadElement(arg) ? null : this.limits(arg, depth + 1);
    }));
  }
};
function assignCall(call) {
  return skipOuter(call.expression).getText().replace(/\s+/g, "") === "Object.assign";
}
var MERGE_MODULES = /* @__PURE__ */ new Set(["util-extend", "xtend", "object-assign", "lodash.assign", "lodash.merge"]);
var MERGE_METHODS = /* @__PURE__ */ new Set(["assign", "extend", "merge", "assignIn"]);
function mergeCall(model, call) {
  if (assignCall(call)) return true;
  const q = model.qualifiedName(skipOuter(call.expression));
  if (!q) return false;
  if (MERGE_MODULES.has(q)) return true;
  const dot = q.lastIndexOf(".");
  return dot > 0 && ["lodash", "underscore"].includes(q.slice(0, dot)) && MERGE_METHODS.has(q.slice(dot + 1));
}
function union(parts) {
  return parts.some((p) => p === null) ? null : parts.flatMap((p) => p);
}
function maxBufferOf(model, options, fallback) {
  const all = options ? new Reader(model, fallback).limits(options) : [{ bytes: fallback, prop: null, how: "default" }];
  if (!all || !all.length) return null;
  return all.reduce((a, b) => b.bytes > a.bytes || b.bytes === a.bytes && a.how === "default" ? b : a);
}

// src/typescript/module-values.ts
import fs2 from "node:fs";
import path3 from "node:path";
var EXTENSIONS = ["", ".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", "/index.js", "/index.ts"];
var MAX_BYTES = 2e5;
var parsed = /* @__PURE__ */ new Map();
function parse(file) {
  if (parsed.has(file)) return parsed.get(file);
  let sf = null;
  try {
    const stat = fs2.statSync(file);
    if (stat.isFile() && stat.size <= MAX_BYTES) sf = ts.createSourceFile(file, fs2.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  } catch {
  }
  parsed.set(file, sf);
  return sf;
}
function requiredFile(from, e) {
  const x = skipOuter(e);
  if (!ts.isCallExpression(x) || !ts.isIdentifier(x.expression) || x.expression.text !== "require") return null;
  const spec = stringValue(x.arguments[0]);
  if (spec === null || !spec.startsWith(".")) return null;
  const base = path3.resolve(path3.dirname(path3.resolve(from)), spec);
  for (const ext of EXTENSIONS) {
    const f = base + ext;
    if (fs2.existsSync(f) && fs2.statSync(f).isFile()) return f;
  }
  return null;
}
function chainOf(e) {
  const keys = [];
  let x = skipOuter(e);
  while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
    const key = memberName(x);
    if (key === null) return null;
    keys.unshift(key);
    x = skipOuter(x.expression);
  }
  return ts.isIdentifier(x) && keys.length ? { root: x, keys } : null;
}
function modulesOf(model, root) {
  const b = model.lookup(root);
  if (!b || !["let", "var", "const"].includes(b.kind) || b.path && b.path.length) return null;
  const values = b.init ? [b.init] : [];
  for (const ref of model.references(b)) {
    if (!isWriteTarget(ref)) continue;
    const p = ref.parent;
    if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
    values.push(p.right);
  }
  if (!values.length) return null;
  const files = values.map((v) => requiredFile(model.sourceFile.fileName, v));
  return files.every((f) => f !== null) ? [...new Set(files)] : null;
}
function exported(sf, key) {
  const found = [];
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === key && d.initializer) found.push(d.initializer);
      continue;
    }
    if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression) || s.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const left = s.expression.left.getText(sf).replace(/\s+/g, "");
    if (left === `exports.${key}` || left === `module.exports.${key}`) found.push(s.expression.right);
    else if (left === "module.exports") {
      const obj = skipOuter(s.expression.right);
      if (!ts.isObjectLiteralExpression(obj)) return null;
      const v = member(obj, key);
      if (v) found.push(v);
    }
  }
  return found.length === 1 ? found : null;
}
function member(obj, key) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key) return p.initializer;
  }
  return null;
}
function walk(e, keys, depth = 0) {
  const x = skipOuter(e);
  if (depth > 6) return null;
  if (ts.isConditionalExpression(x)) {
    const sides = [walk(x.whenTrue, keys, depth + 1), walk(x.whenFalse, keys, depth + 1)];
    return sides.every((s) => s !== null) ? sides.flatMap((s) => s) : null;
  }
  if (!keys.length) return [x];
  if (!ts.isObjectLiteralExpression(x)) return null;
  const v = member(x, keys[0]);
  return v ? walk(v, keys.slice(1), depth + 1) : null;
}
function moduleArgvs(model, program, args) {
  const p = chainOf(program);
  if (!p) return null;
  const a = args ? chainOf(args) : null;
  if (args && (!a || a.root.text !== p.root.text || a.keys.length !== p.keys.length || a.keys.slice(0, -1).join(".") !== p.keys.slice(0, -1).join("."))) return null;
  const files = modulesOf(model, p.root);
  if (!files) return null;
  const argvs = [];
  for (const file of files) {
    const sf = parse(file);
    const top = sf && exported(sf, p.keys[0]);
    if (!top) return null;
    const holders = walk(top[0], p.keys.slice(1, -1));
    if (!holders) return null;
    for (const h of holders) {
      const cmd = walk(h, [p.keys.at(-1)]);
      const words = a ? walk(h, [a.keys.at(-1)]) : [];
      if (!cmd || cmd.length !== 1 || !words || words.length > 1) return null;
      const name = stringValue(cmd[0]);
      if (name === null) return null;
      const list = words.length ? skipOuter(words[0]) : null;
      if (list && !ts.isArrayLiteralExpression(list)) return null;
      argvs.push([name, ...list ? list.elements.map((el) => stringValue(el)) : []]);
    }
  }
  return argvs.length ? argvs : null;
}
function moduleValueShape(model, e) {
  const c = chainOf(e);
  const files = c && modulesOf(model, c.root);
  if (!c || !files) return null;
  const shapes = /* @__PURE__ */ new Set();
  for (const file of files) {
    const sf = parse(file);
    const top = sf && exported(sf, c.keys[0]);
    const values = top && walk(top[0], c.keys.slice(1));
    if (!values) return null;
    for (const v of values) shapes.add(ts.isArrayLiteralExpression(v) ? "array" : ts.isObjectLiteralExpression(v) ? "object" : stringValue(v) !== null ? "string" : "unknown");
  }
  const [only] = shapes;
  return shapes.size === 1 && only !== "unknown" ? only : null;
}

// src/typescript/options.ts
var ARRAY_METHODS = /* @__PURE__ */ new Set(["split", "map", "filter", "concat", "slice", "flat", "flatMap", "from", "of"]);
function typeShape(type) {
  if (!type) return "unknown";
  if (ts.isFunctionTypeNode(type)) return "function";
  if (ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type)) return "array";
  if (ts.isTypeOperatorNode(type)) return typeShape(type.type);
  if (ts.isTypeLiteralNode(type)) return "object";
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && /^(Readonly)?Array$/.test(type.typeName.text)) return "array";
  return "unknown";
}
function returnsFunction(model, callee) {
  const e = skipOuter(callee);
  if (!ts.isIdentifier(e)) return false;
  const b = model.lookup(e);
  if (!b || b.kind !== "function" || !ts.isFunctionDeclaration(b.decl) || !b.decl.body) return false;
  const returns = [];
  const visit = (n) => {
    if (ts.isReturnStatement(n)) returns.push(n);
    else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(b.decl.body, visit);
  return returns.length > 0 && returns.every((r) => !!r.expression && (ts.isFunctionExpression(skipOuter(r.expression)) || ts.isArrowFunction(skipOuter(r.expression))));
}
var CALLBACK_NAME = /^(cb|callback|done|next)$|.(Callback|Cb)$/;
function shapeOf(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  if (ts.isIdentifier(e)) {
    const b = model.lookup(e);
    if (!b) return e.text === "undefined" ? "nullish" : "unknown";
    if (b.kind === "function") return "function";
    if (b.kind === "param" && ts.isParameter(b.decl) && b.decl.name === b.id) {
      const byType = typeShape(b.decl.type);
      if (byType === "unknown" && !b.decl.initializer && CALLBACK_NAME.test(e.text)) return "function";
      if (byType !== "unknown" || !b.decl.initializer || depth > 4) return byType;
      return shapeOf(model, b.decl.initializer, depth + 1);
    }
    return "unknown";
  }
  switch (e.kind) {
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
      return "function";
    case ts.SyntaxKind.ObjectLiteralExpression:
      return "object";
    case ts.SyntaxKind.ArrayLiteralExpression:
      return "array";
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.VoidExpression:
      return "nullish";
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression:
      return "string";
    case ts.SyntaxKind.CallExpression: {
      const callee = e.expression;
      const method = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) ? callee.name.text : null;
      if (method === "bind") return "function";
      if (mergeCall(model, e)) return "object";
      if (returnsFunction(model, callee)) return "function";
      return method && ARRAY_METHODS.has(method) ? "array" : "unknown";
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      const p = e;
      if (p.expression.kind !== ts.SyntaxKind.ThisKeyword) return moduleValueShape(model, p) ?? "unknown";
      let cls = p.parent;
      while (cls && !ts.isClassLike(cls)) cls = cls.parent;
      return cls && ts.isClassLike(cls) && cls.members.some((m) => ts.isMethodDeclaration(m) && propertyKey(m.name) === p.name.text) ? "function" : "unknown";
    }
    case ts.SyntaxKind.ConditionalExpression: {
      const c = e;
      if (depth > 4) return "unknown";
      const a = shapeOf(model, c.whenTrue, depth + 1);
      return a === shapeOf(model, c.whenFalse, depth + 1) ? a : "unknown";
    }
    default:
      return "unknown";
  }
}
function hasSpread(call) {
  return call.arguments.some((a) => ts.isSpreadElement(a));
}
function callbackOf(model, call) {
  if (hasSpread(call)) return "unknown";
  const rest = call.arguments.slice(1);
  if (rest.length === 0) return "no";
  const shapes = rest.map((a) => shapeOf(model, a));
  if (shapes.includes("function")) return "yes";
  return shapes[shapes.length - 1] === "unknown" ? "unknown" : "no";
}
function optionsOf(model, call, argsSlot) {
  if (hasSpread(call)) return null;
  const args = call.arguments;
  const found = (arg2) => {
    const object = model.initializerOf(arg2);
    if (!ts.isObjectLiteralExpression(object) || changedAfterDeclaration(model, arg2, STDIO_KEYS)) return { arg: arg2, object: null, inline: false, opaque: true };
    return { arg: arg2, object, inline: skipOuter(arg2) === object };
  };
  let i = 1;
  if (argsSlot && args.length > 1) {
    let shape = shapeOf(model, args[1]);
    if (shape === "unknown" && ts.isIdentifier(skipOuter(args[1])) && /(^|[a-z_])(args|argv)$|^(args|argv|arguments|params|flags)$/i.test(skipOuter(args[1]).text)) shape = "array";
    if (shape === "object") return found(args[1]);
    if (shape !== "array" && shape !== "nullish" && args.length < 3) return null;
    i = 2;
  }
  const arg = args[i];
  if (!arg) return { arg: null, object: null, inline: false };
  switch (shapeOf(model, arg)) {
    case "object":
      return found(arg);
    case "nullish":
      return { arg, object: null, inline: false };
    case "function":
      return { arg: null, object: null, inline: false };
    default:
      return null;
  }
}
var STDIO_KEYS = /* @__PURE__ */ new Set(["stdio", "silent"]);
var MUTATORS = /* @__PURE__ */ new Set(["push", "pop", "shift", "unshift", "splice", "fill", "reverse", "sort", "copyWithin"]);
function changedAfterDeclaration(model, expr, keys, except) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return false;
  const b = model.lookup(id);
  if (!b) return false;
  for (const ref of model.references(b)) {
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
      const key = memberName(p);
      const written = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
      if (written && (keys === null || key === null || keys.has(key))) return true;
      const call = p.parent;
      if (keys === null && key !== null && MUTATORS.has(key) && ts.isCallExpression(call) && call.expression === p) return true;
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments.includes(e)) {
      if (p === except) continue;
      const callee = skipOuter(p.expression);
      const q = model.qualifiedName(callee);
      if (q?.startsWith("child_process.")) continue;
      if (ts.isPropertyAccessExpression(callee) && callee.getText() === "Object.assign") {
        if (p.arguments[0] !== e) continue;
        if (p.arguments.slice(1).every((a) => literalWithout(model, a, keys))) continue;
      }
      return true;
    }
  }
  return false;
}
function literalWithout(model, arg, keys) {
  const obj = skipOuter(arg);
  if (!ts.isObjectLiteralExpression(obj) || keys === null) return false;
  return obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && !keys.has(propertyKey(p.name)));
}
function fdOfArray(model, array, fd) {
  if (array.elements.some((el2) => ts.isSpreadElement(el2))) return "unknown";
  const el = array.elements[fd];
  if (!el || ts.isOmittedExpression(el) || shapeOf(model, el) === "nullish") return "pipe";
  const v = model.initializerOf(el);
  const s = stringValue(v);
  if (s !== null) return s === "pipe" || s === "overlapped" ? "pipe" : "no";
  if (ts.isIdentifier(v)) return "unknown";
  return "no";
}
function streamConfig(model, options, fork, fd) {
  const obj = options.object;
  if (options.opaque) return { state: "unknown", stdio: null };
  if (!obj) return { state: fork ? "no" : "pipe", stdio: null };
  let stdio = null;
  let stdioProp = null;
  let silent = null;
  let openSpread = false;
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop)) {
      openSpread = true;
      continue;
    }
    const key = propertyKey(prop.name);
    if (key === null) {
      openSpread = true;
      continue;
    }
    if (key !== "stdio" && key !== "silent") continue;
    let value = null;
    if (ts.isPropertyAssignment(prop)) value = prop.initializer;
    else if (ts.isShorthandPropertyAssignment(prop)) value = prop.name;
    if (!value) return { state: "unknown", stdio: null };
    if (key === "stdio") {
      stdio = value;
      stdioProp = ts.isPropertyAssignment(prop) ? prop : null;
      openSpread = false;
    } else silent = value;
  }
  if (openSpread) return { state: "unknown", stdio: null };
  if (stdio) {
    const v2 = model.initializerOf(stdio);
    const s = stringValue(v2);
    if (s !== null) return { state: s === "pipe" || s === "overlapped" ? "pipe" : "no", stdio: stdioProp };
    if (ts.isArrayLiteralExpression(v2) && !changedAfterDeclaration(model, stdio, null)) return { state: fdOfArray(model, v2, fd), stdio: stdioProp };
    return { state: "unknown", stdio: null };
  }
  if (!fork) return { state: "pipe", stdio: null };
  if (!silent) return { state: "no", stdio: null };
  const v = skipOuter(silent);
  if (v.kind === ts.SyntaxKind.TrueKeyword) return { state: "pipe", stdio: null };
  return { state: v.kind === ts.SyntaxKind.FalseKeyword ? "no" : "unknown", stdio: null };
}
function commandText(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  const s = stringValue(e);
  if (s !== null) return s;
  if (ts.isIdentifier(e) && depth < 16) return builtText(model, e, depth);
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((span) => PLACEHOLDER + span.literal.text).join("");
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && depth < 16) {
    const left = commandText(model, e.left, depth + 1);
    const right = commandText(model, e.right, depth + 1);
    if (left === null && right === null) return null;
    return (left ?? PLACEHOLDER) + (right ?? PLACEHOLDER);
  }
  if (ts.isCallExpression(e) && depth < 16) return joinedText(model, e, depth) ?? formatText(model, e, depth) ?? returnedText(model, e, depth);
  return null;
}
function joinedText(model, call, depth) {
  const array = joinedArray(call);
  if (!array) return null;
  const sep = stringValue(call.arguments[0]);
  const words = array.elements.map((w) => ts.isSpreadElement(w) || ts.isOmittedExpression(w) ? null : commandText(model, w, depth + 1));
  return words.some((w) => w !== null) ? words.map((w) => w ?? PLACEHOLDER).join(sep) : null;
}
function joinedArray(call) {
  const callee = skipOuter(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "join" || call.arguments.length !== 1) return null;
  const sep = stringValue(call.arguments[0]);
  const array = skipOuter(callee.expression);
  return sep !== null && /^ +$/.test(sep) && ts.isArrayLiteralExpression(array) && array.elements.length > 0 ? array : null;
}
function returnsOf(model, call) {
  const callee = skipOuter(call.expression);
  const b = ts.isIdentifier(callee) ? model.lookup(callee) : null;
  if (!b) return null;
  const fn = b.kind === "function" ? b.decl : b.init && b.kind === "const" && b.path?.length === 0 ? skipOuter(b.init) : null;
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) || !fn.body) return null;
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out = [];
  let bare = false;
  const visit = (n) => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      else bare = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return out.length && !bare ? out : null;
}
function returnedText(model, call, depth) {
  const returned = returnsOf(model, call);
  return returned?.length === 1 ? commandText(model, returned[0], depth + 1) : null;
}
function formatText(model, call, depth) {
  if (model.qualifiedName(call.expression) !== "util.format") return null;
  const [format, ...rest] = call.arguments;
  const f = format && !ts.isSpreadElement(format) ? stringValue(model.initializerOf(format)) : null;
  if (f === null || rest.some((a) => ts.isSpreadElement(a))) return null;
  const text = (a) => commandText(model, a, depth + 1) ?? PLACEHOLDER;
  let i = 0;
  const out = f.replace(/%([sdifjoOc%])/g, (m, c) => c === "%" ? "%" : i < rest.length ? c === "c" ? (i++, "") : text(rest[i++]) : m);
  return out + rest.slice(i).map((a) => ` ${text(a)}`).join("");
}
function formatLead(model, e) {
  if (!ts.isCallExpression(e) || model.qualifiedName(e.expression) !== "util.format") return null;
  const f = e.arguments[0] && stringValue(model.initializerOf(e.arguments[0]));
  const first = e.arguments[1];
  return f && /^["']?%s/.test(f) && first && !ts.isSpreadElement(first) ? first : null;
}
function builtText(model, id, depth) {
  const b = model.lookup(id);
  if (!b || b.kind !== "let" && b.kind !== "var" || !b.init || !b.path || b.path.length) return null;
  let text = commandText(model, b.init, depth + 1);
  if (text === null) return null;
  for (const ref of model.references(b)) {
    if (ref.pos >= id.pos || !isWriteTarget(ref)) continue;
    const assign = ref.parent;
    if (!ts.isBinaryExpression(assign) || assign.left !== ref) return null;
    const rhs = skipOuter(assign.right);
    if (assign.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
      text += commandText(model, rhs, depth + 1) ?? PLACEHOLDER;
      continue;
    }
    if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !mentions(model, rhs, b)) return null;
    if (ts.isBinaryExpression(rhs) && rhs.operatorToken.kind === ts.SyntaxKind.PlusToken && isRef(model, rhs.left, b)) text += commandText(model, rhs.right, depth + 1) ?? PLACEHOLDER;
    else if (ts.isTemplateExpression(rhs) && rhs.head.text === "" && isRef(model, rhs.templateSpans[0].expression, b)) text += rhs.templateSpans.map((span, i) => (i ? PLACEHOLDER : "") + span.literal.text).join("");
    else text += PLACEHOLDER;
  }
  return text;
}
function isRef(model, e, b) {
  const x = skipOuter(e);
  return ts.isIdentifier(x) && model.lookup(x) === b;
}
function mentions(model, e, b) {
  if (ts.isIdentifier(e) && e.text === b.name && model.lookup(e) === b) return true;
  return ts.forEachChild(e, (c) => mentions(model, c, b) || void 0) ?? false;
}
function loopValues(model, expr) {
  const e = skipOuter(expr);
  const b = ts.isIdentifier(e) ? model.lookup(e) : null;
  if (!b || model.isReassigned(b)) return null;
  let list;
  const decl = b.decl;
  if (b.kind === "const" && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent) && !decl.parent.parent.awaitModifier) {
    list = decl.parent.parent.expression;
  } else if (b.kind === "param" && ts.isParameter(decl) && ts.isIdentifier(decl.name) && !decl.dotDotDotToken) {
    const fn = decl.parent;
    const call = fn.parent;
    const callee = ts.isCallExpression(call) && call.arguments[0] === fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters[0] === decl ? skipOuter(call.expression) : null;
    if (callee && ts.isPropertyAccessExpression(callee) && ["forEach", "map", "some", "every"].includes(callee.name.text)) list = callee.expression;
  }
  const array = list ? model.initializerOf(list) : null;
  if (!array || !ts.isArrayLiteralExpression(array) || !array.elements.length) return null;
  if (array.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return null;
  if (list && ts.isIdentifier(skipOuter(list))) {
    const ab = model.lookup(skipOuter(list));
    if (!ab || !["const", "let", "var"].includes(ab.kind) || model.isReassigned(ab) || model.references(ab).some((r) => !(ts.isForOfStatement(r.parent) || ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && ["forEach", "map", "some", "every", "length"].includes(r.parent.name.text)))) return null;
  }
  return array.elements.slice();
}

// src/typescript/argv.ts
function argvWords(model, expr, depth = 0) {
  if (!expr) return [];
  const e = model.initializerOf(expr);
  const returned = depth < 2 && ts.isCallExpression(e) ? returnsOf(model, e) : null;
  if (returned?.length === 1) return argvWords(model, returned[0], depth + 1);
  if (ts.isArrayLiteralExpression(e) && !changedAfterDeclaration(model, expr, null)) return arrayWords(model, e);
  const start = ts.isArrayLiteralExpression(e) ? arrayWords(model, e) : ts.isConditionalExpression(e) && [e.whenTrue, e.whenFalse].every((b) => ts.isArrayLiteralExpression(skipOuter(b))) ? [null] : null;
  const pushed = start && pushedWords(model, expr);
  if (start && pushed) return [...start, ...pushed];
  const first = letArray(model, expr);
  if (first) return [...start ?? arrayWords(model, first), null];
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "split") {
    const text = commandText(model, e.expression.expression);
    if (text !== null) return text.split(/\s+/).filter(Boolean);
  }
  return [null];
}
function argvVariants(model, expr) {
  const words = argvWords(model, expr);
  const e = expr ? model.initializerOf(expr) : null;
  if (!e || !ts.isArrayLiteralExpression(e) || changedAfterDeclaration(model, expr, null)) return [words];
  let variants = [words];
  e.elements.forEach((el, i) => {
    if (i >= words.length || ts.isSpreadElement(el)) return;
    const options = wordChoices(model, el);
    if (!options || variants.length * options.length > 8) return;
    variants = variants.flatMap((v) => options.map((o) => v.map((w, j) => j === i ? o : w)));
  });
  return variants;
}
function wordChoices(model, el, depth = 0) {
  const v = model.initializerOf(el);
  if (!ts.isConditionalExpression(v) || depth > 3) return null;
  const out = [];
  for (const branch of [v.whenTrue, v.whenFalse]) {
    const literal = stringValue(skipOuter(branch));
    const inner = literal === null ? wordChoices(model, branch, depth + 1) : [literal];
    if (!inner) return null;
    out.push(...inner);
  }
  return out;
}
function letArray(model, expr) {
  const id = skipOuter(expr);
  const b = ts.isIdentifier(id) ? model.lookup(id) : null;
  const init = b && (b.kind === "let" || b.kind === "var") && b.init && b.path?.length === 0 ? skipOuter(b.init) : null;
  return init && ts.isArrayLiteralExpression(init) ? init : null;
}
function arrayWords(model, e) {
  const words = [];
  for (const el of e.elements) {
    if (ts.isSpreadElement(el)) return [...words, null];
    words.push(commandText(model, el));
  }
  return words;
}
function pushedWords(model, expr) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return null;
  const b = model.lookup(id);
  if (!b || !b.init || model.isReassigned(b)) return null;
  const words = [];
  for (const ref of model.references(b)) {
    if (ref === id || ref.pos > id.pos) continue;
    const p = ref.parent;
    const call = p.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === "push" && ts.isCallExpression(call) && call.expression === p) {
      for (const a of call.arguments) words.push(ts.isSpreadElement(a) ? null : commandText(model, a));
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments[0] === ref && /^(Array\.prototype|\[\s*\])\.push\.apply$/.test(skipOuter(p.expression).getText())) {
      words.push(null);
      continue;
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === ref && ["length", "indexOf", "includes"].includes(p.name.text)) continue;
    return null;
  }
  return words;
}
function programs(model, e, depth = 0) {
  if (!e || depth > 4) return [null];
  const v = model.initializerOf(e);
  const constant = staticValue(model, v);
  if (constant) return programs(model, constant, depth + 1);
  if (ts.isPropertyAccessExpression(v) && v.getText() === "process.execPath" && !model.lookup(v.expression)) return ["node"];
  if (ts.isConditionalExpression(v)) return choice(model, [v.whenTrue, v.whenFalse], depth);
  const looped = loopValues(model, v);
  if (looped) return choice(model, looped, depth);
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind)) return choice(model, [v.left, v.right], depth);
  const returned = ts.isCallExpression(v) && v.arguments.length === 0 ? returnsOf(model, v) : null;
  if (returned) return choice(model, returned, depth);
  const pathFn = ts.isCallExpression(v) ? pathCall(model, v) : null;
  if (pathFn === "dirname") return [null];
  if (pathFn) {
    const last = v.arguments.at(-1);
    return last && !ts.isSpreadElement(last) ? programs(model, last, depth + 1) : [null];
  }
  if (ts.isCallExpression(v) && v.arguments.length >= 1 && /(bin|path|which|find|resolve|tool|command|executable)/i.test(v.expression.getText())) {
    const names = programs(model, v.arguments[0], depth + 1);
    if (names.every((n) => n !== null && /^[\w.+-]+$/.test(n))) return names;
  }
  return [commandText(model, v) ?? namedProgram(model, v)];
}
function staticValue(model, e) {
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return null;
  const b = model.lookup(e.expression);
  if (!b || b.kind !== "class" || !ts.isClassDeclaration(b.decl)) return null;
  const name = e.name.text;
  const member2 = b.decl.members.find((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === name && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword));
  if (!member2 || !ts.isPropertyDeclaration(member2) || !member2.initializer) return null;
  const written = model.references(b).some((r) => ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && r.parent.name.text === name && isWriteTarget(r.parent));
  const self = (n) => ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && n.name.text === name && isWriteTarget(n) || !!ts.forEachChild(n, (c) => self(c) || void 0);
  return written || self(b.decl) ? null : member2.initializer;
}
function namedProgram(model, e, depth = 0) {
  const v = skipOuter(e);
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind) && depth < 4) {
    const sides = [v.left, v.right].map((x) => ({ name: namedProgram(model, x, depth + 1), locates: locatesProgram(model, x) }));
    const names = new Set(sides.flatMap((x) => x.name ? [x.name] : []));
    return names.size === 1 && sides.every((x) => x.name || x.locates) ? [...names][0] : null;
  }
  const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
  const m = name ? /^(?:_*)([A-Za-z][A-Za-z0-9]*?)(?:Path|Bin|Binary|Exe|Executable)$/.exec(name) : null;
  const stem = m?.[1];
  if (!stem || DATA_WORDS.has(stem.toLowerCase())) return null;
  if (isListed(stem) || !!classifyArgv([stem]).scales) return stem;
  const init = ts.isIdentifier(v) ? model.initializerOf(v) : v;
  return init !== v && depth < 4 ? namedProgram(model, init, depth + 1) : null;
}
var DATA_WORDS = /* @__PURE__ */ new Set(["file", "dir", "folder", "output", "input", "target", "source", "src", "dest", "out", "log", "config", "base", "root", "full", "abs", "rel", "tmp", "temp", "cache", "data", "script", "module", "package", "project", "work", "home", "image", "archive", "zip", "patch", "diff"]);
function choice(model, alternatives, depth) {
  const sides = alternatives.map((a) => ({ names: programs(model, a, depth + 1), override: locatesProgram(model, a) }));
  const known = sides.filter((s) => s.names.every((n) => n !== null));
  if (known.length && sides.every((s) => known.includes(s) || s.override)) return known.flatMap((s) => s.names);
  return sides.flatMap((s) => s.names);
}
function locatesProgram(model, e) {
  const v = model.initializerOf(e);
  if ((ts.isPropertyAccessExpression(v) || ts.isElementAccessExpression(v)) && skipOuter(v.expression).getText().replace(/\s+/g, "") === "process.env") return true;
  const last = ts.isCallExpression(v) ? v.arguments[0] && !ts.isSpreadElement(v.arguments[0]) ? stringValue(v.arguments[0]) : null : ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : ts.isElementAccessExpression(v) ? stringValue(v.argumentExpression) : null;
  return last !== null && /(path|bin|binary|exe|executable)$/i.test(last);
}
function pathCall(model, call) {
  const m = /^path(?:\.(?:posix|win32))?\.(join|resolve|dirname)$/.exec(model.qualifiedName(call.expression) ?? "");
  return !m ? null : m[1] === "dirname" ? "dirname" : "join";
}

// src/typescript/shell-line.ts
function shellChoices(model, expr) {
  const e = model.initializerOf(expr);
  const words = (x, depth = 0) => {
    const v = model.initializerOf(x);
    if (ts.isConditionalExpression(v) && depth < 4) {
      const a = words(v.whenTrue, depth + 1);
      const b = words(v.whenFalse, depth + 1);
      return a && b ? [...a, ...b] : null;
    }
    const s = stringValue(v);
    return s === null ? null : [s];
  };
  let parts;
  if (ts.isTemplateExpression(e)) {
    parts = [[e.head.text]];
    for (const span of e.templateSpans) parts.push(words(span.expression) ?? [PLACEHOLDER], [span.literal.text]);
  } else if (ts.isConditionalExpression(e)) {
    parts = [words(e) ?? []];
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const operands = [];
    const flatten = (x) => {
      const v = skipOuter(x);
      if (ts.isBinaryExpression(v) && v.operatorToken.kind === ts.SyntaxKind.PlusToken && operands.length < 16) {
        flatten(v.left);
        flatten(v.right);
      } else operands.push(v);
    };
    flatten(e);
    parts = operands.map((o) => words(o) ?? [commandText(model, o) ?? PLACEHOLDER]);
  } else return null;
  if (parts.every((p) => p.length === 1) || parts.some((p) => !p.length)) return null;
  let texts = [""];
  for (const p of parts) {
    texts = texts.flatMap((t) => p.map((w) => t + w));
    if (texts.length > 8) return null;
  }
  return texts;
}
function leadingExpr(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  if (depth > 8) return e;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return leadingExpr(model, e.left, depth + 1);
  if (ts.isTemplateExpression(e) && e.head.text === "") return leadingExpr(model, e.templateSpans[0].expression, depth + 1);
  const joined = ts.isCallExpression(e) ? joinedArray(e) : null;
  const first = joined?.elements[0];
  if (first && !ts.isSpreadElement(first) && !ts.isOmittedExpression(first)) return leadingExpr(model, first, depth + 1);
  const lead = formatLead(model, e);
  if (lead) return leadingExpr(model, lead, depth + 1);
  if (ts.isIdentifier(e)) {
    const b = model.lookup(e);
    const refs = b ? model.references(b) : [];
    const appendedOnly = refs.every((r) => {
      if (!isWriteTarget(r)) return true;
      const w = r.parent;
      if (!ts.isBinaryExpression(w) || w.left !== r) return false;
      if (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return true;
      return w.operatorToken.kind === ts.SyntaxKind.EqualsToken && refs.some((x) => x.pos >= w.right.pos && x.end <= w.right.end);
    });
    if (b && (b.kind === "let" || b.kind === "var") && b.init && b.path?.length === 0 && appendedOnly) return leadingExpr(model, b.init, depth + 1);
  }
  return e;
}
function shellTexts(model, expr, depth = 0) {
  const looped = depth < 4 ? loopValues(model, expr) : null;
  if (looped) return looped.flatMap((x) => shellTexts(model, x, depth + 1));
  const choices = shellChoices(model, expr);
  if (choices) return choices;
  const text = commandText(model, expr);
  const quote = text !== null && /^["']/.test(text) && text.startsWith(PLACEHOLDER, 1) ? text[0] : "";
  if (text !== null && quote) {
    const named2 = namedProgram(model, leadingExpr(model, expr));
    return [named2 ? quote + named2 + text.slice(quote.length + PLACEHOLDER.length) : text];
  }
  if (text !== null && !text.startsWith(PLACEHOLDER)) return [text];
  const lead = leadingExpr(model, expr);
  const named = namedProgram(model, lead);
  if (named) return [named + (text ?? PLACEHOLDER).slice(PLACEHOLDER.length)];
  if (!ts.isConditionalExpression(lead) && !ts.isBinaryExpression(lead) && !(ts.isCallExpression(lead) && lead.arguments.length === 0)) return [text];
  const rest = text !== null ? text.slice(PLACEHOLDER.length) : model.initializerOf(expr) === lead ? "" : PLACEHOLDER;
  const starts = programs(model, lead);
  return starts.length > 0 && starts.every((t) => t !== null && !t.includes(PLACEHOLDER)) ? starts.map((t) => t + rest) : [text];
}

// src/typescript/command.ts
function usesShell(model, call) {
  const options = optionsOf(model, call, true);
  if (!options) return "unknown";
  if (options.opaque) return "unknown";
  if (!options.object) return false;
  for (const p of options.object.properties) {
    if (ts.isSpreadAssignment(p)) return "unknown";
    if (propertyKey(p.name) !== "shell") continue;
    if (!ts.isPropertyAssignment(p)) return "unknown";
    const v = skipOuter(p.initializer);
    if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
    return v.kind === ts.SyntaxKind.TrueKeyword || ts.isStringLiteralLike(v) ? true : "unknown";
  }
  return false;
}
function sourceText(model, expr, depth = 0) {
  if (depth > 8) return null;
  const e = model.initializerOf(expr);
  const s = stringValue(e);
  if (s !== null) return s;
  const data = (x) => {
    const v = skipOuter(x);
    const callee = ts.isCallExpression(v) ? v.expression : null;
    return !!callee && ts.isPropertyAccessExpression(callee) && callee.name.text === "stringify" && ts.isIdentifier(callee.expression) && callee.expression.text === "JSON" && !model.lookup(callee.expression);
  };
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((span) => data(span.expression)) ? e.head.text + e.templateSpans.map((span) => `0${span.literal.text}`).join("") : null;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = data(e.left) ? "0" : sourceText(model, e.left, depth + 1);
    const right = data(e.right) ? "0" : sourceText(model, e.right, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "join" && e.arguments.length <= 1) {
    const list = model.initializerOf(e.expression.expression);
    const sep = e.arguments[0] ? stringValue(model.initializerOf(e.arguments[0])) : ",";
    if (!ts.isArrayLiteralExpression(list) || sep === null) return null;
    const parts = list.elements.map((el) => ts.isSpreadElement(el) ? null : sourceText(model, el, depth + 1));
    return parts.every((p) => p !== null) ? parts.join(sep) : null;
  }
  return null;
}
function inlineNode(model, args) {
  const list = args && model.initializerOf(args);
  if (!list || !ts.isArrayLiteralExpression(list)) return null;
  const at = list.elements.findIndex((el) => ["--eval", "-e"].includes(commandText(model, el) ?? ""));
  const codeArg = at >= 0 ? list.elements[at + 1] : void 0;
  const code = codeArg && !ts.isSpreadElement(codeArg) ? sourceText(model, codeArg) : null;
  if (code === null || !writesNothing(code)) return null;
  const flag = commandText(model, list.elements[at]);
  return { stdout: "none", stderr: "bounded", program: "node", evidence: `\`node ${flag}\` runs an inline program that writes nothing (an uncaught error prints its stack on stderr)` };
}
function writesNothing(code) {
  if (/\b(console|stdout|stderr|write\w*|print\w*|child_process|spawn\w*|exec\w*|fork|eval|Function)\b/.test(code)) return false;
  const loads = [...code.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]);
  return !(/\b(import|require)\s*\(\s*[^'"`\s]/.test(code) || loads.some((m) => !isBuiltin(m)));
}
function scriptFile(model, words, args) {
  const at = words.findIndex((w) => w === null || !w.startsWith("-"));
  const list = args && model.initializerOf(args);
  const expr = list && ts.isArrayLiteralExpression(list) && at >= 0 ? list.elements[at] : void 0;
  return projectScript(model, expr && !ts.isSpreadElement(expr) ? expr : void 0, at >= 0 ? words[at] : null);
}
var LOCAL_MODULE = /(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`](\.{1,2}\/[^'"`]+)['"`]/g;
function projectScript(model, expr, word) {
  const dir = nodePath.dirname(model.sourceFile.fileName);
  const rel = expr ? dirnamePath(model, expr) : null;
  const script = rel ?? word;
  if (!script || !/\.[cm]?js$/.test(script) || script.includes(PLACEHOLDER)) return null;
  const file = nodePath.resolve(dir, script);
  const code = smallSource(file);
  if (code === null) return null;
  const local = [...code.matchAll(LOCAL_MODULE)].map((m) => m[1]);
  if (!writesNothing(code.replace(LOCAL_MODULE, "0"))) return null;
  for (const spec of local) {
    const base = nodePath.resolve(nodePath.dirname(file), spec);
    const found = [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, nodePath.join(base, "index.js")].map(smallSource).find((c) => c !== null);
    if (found === void 0 || found === null || !writesNothing(found)) return null;
  }
  const shown2 = rel ? script : word;
  return { stdout: "none", stderr: "bounded", program: "node", evidence: `\`node ${shown2}\` runs a script of this project that writes nothing (an uncaught error prints its stack on stderr)` };
}
function smallSource(file) {
  try {
    const stat = fs3.statSync(file);
    if (!stat.isFile() || stat.size > 64 * 1024) return null;
    return fs3.readFileSync(file, "utf8").replace(/^#!.*/, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:'"`\\])\/\/.*$/gm, "$1");
  } catch {
    return null;
  }
}
function dirnamePath(model, expr) {
  const e = model.initializerOf(expr);
  const isDirname = (x) => ts.isIdentifier(x) && x.text === "__dirname" && !model.lookup(x);
  if (ts.isCallExpression(e) && e.arguments.length >= 2 && isDirname(skipOuter(e.arguments[0]))) {
    const callee = model.qualifiedName(e.expression);
    if (callee !== "path.join" && callee !== "path.resolve") return null;
    const parts = e.arguments.slice(1).map((a) => stringValue(model.initializerOf(a)));
    return parts.every((p) => p !== null) && !(callee === "path.resolve" && parts.some((p) => nodePath.isAbsolute(p))) ? nodePath.join(".", ...parts) : null;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && isDirname(skipOuter(e.left))) {
    const rest = stringValue(model.initializerOf(e.right));
    return rest !== null && rest.startsWith("/") ? `.${rest}` : null;
  }
  if (ts.isTemplateExpression(e) && e.head.text === "" && e.templateSpans.length === 1 && isDirname(skipOuter(e.templateSpans[0].expression))) {
    const rest = e.templateSpans[0].literal.text;
    return rest.startsWith("/") ? `.${rest}` : null;
  }
  return null;
}
function probe(words) {
  if (!words.length || words.some((w) => w === null)) return null;
  const out = classifyArgv(["*", ...words]);
  return out.program === "*" && !/not known to be quiet/.test(out.evidence) ? { ...out, program: null, evidence: out.evidence.replace("`* ", "`") } : null;
}
var RANK2 = { none: 0, bounded: 1, unbounded: 2 };
var loudness = (o) => RANK2[o.stdout] + RANK2[o.stderr];
function loudest(outs) {
  return outs.reduce((a, b) => {
    const walks = (o) => !!o.scales && !o.document;
    const pick = walks(b) && !walks(a) ? b : !walks(b) && walks(a) ? a : loudness(b) !== loudness(a) ? loudness(b) > loudness(a) ? b : a : b.scales && !a.scales ? b : a;
    const livesOn = pick.livesOn ?? a.livesOn ?? b.livesOn;
    return {
      ...pick,
      stdout: RANK2[a.stdout] >= RANK2[b.stdout] ? a.stdout : b.stdout,
      stderr: RANK2[a.stderr] >= RANK2[b.stderr] ? a.stderr : b.stderr,
      ...livesOn ? { livesOn } : {}
    };
  });
}
function knownToGrow(out, stream) {
  return out[stream] === "unbounded" && out.program !== null && !/not known|runs a program/.test(out.evidence);
}
function knownToGrowPastBuffer(out, stream) {
  return knownToGrow(out, stream) && !out.fitsBuffer;
}
function argvOutput(model, program, args) {
  const variants = args ? argvVariants(model, args) : [[null]];
  return loudest(programs(model, program).flatMap((p) => variants.map((words) => argvClass(model, p, words, args))));
}
function argvClass(model, program, words, args) {
  if (program === null) return probe(words) ?? classifyArgv([program, ...words]);
  const out = classifyArgv([program, ...words]);
  return (out.program === "node" || out.program === "node.exe") && /runs a program/.test(out.evidence) ? inlineNode(model, args) ?? scriptFile(model, words, args) ?? out : out;
}
function commandOutput(model, call, qualified) {
  const args = call.arguments;
  const fn = qualified.slice(qualified.lastIndexOf(".") + 1).replace(/\)$/, "");
  if (fn === "fork") {
    const text = args[0] ? commandText(model, args[0]) : null;
    return projectScript(model, args[0], text) ?? classifyArgv(["node", text]);
  }
  if (fn === "exec") {
    return loudest(args[0] ? shellTexts(model, args[0]).map(classifyShell) : [classifyShell(null)]);
  }
  const second = args[1];
  const variants = second && shapeOf(model, second) !== "object" ? argvVariants(model, second) : [[]];
  const shell = fn === "spawn" ? usesShell(model, call) : false;
  const perModule = shell === false && args[0] ? moduleArgvs(model, args[0], second && shapeOf(model, second) !== "object" ? second : void 0) : null;
  if (perModule) return loudest(perModule.map((argv) => classifyArgv(argv)));
  return loudest(programs(model, args[0]).flatMap((program) => variants.map((words) => {
    if (shell === "unknown") return classifyArgv([program, null]);
    if (shell) return classifyShell([program, ...words].map((w) => w ?? PLACEHOLDER).join(" "));
    return argvClass(model, program, words, second && shapeOf(model, second) !== "object" ? second : void 0);
  })));
}
function fromCaller(model, expr, depth = 0) {
  if (depth > 4) return false;
  const e = model.initializerOf(expr);
  if (loopValues(model, e)) return false;
  if (ts.isConditionalExpression(e)) return fromCaller(model, e.whenTrue, depth + 1) && fromCaller(model, e.whenFalse, depth + 1);
  const param = (x) => {
    const b = ts.isIdentifier(x) ? model.lookup(x) : void 0;
    return !!b && b.kind === "param" && !literalAtEveryCall(model, b.decl);
  };
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) return fromCaller(model, e.left, depth + 1) && fromCaller(model, e.right, depth + 1);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return fromCaller(model, e.right, depth + 1);
  if (ts.isCallExpression(e)) return param(skipOuter(e.expression));
  let root = e;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = skipOuter(root.expression);
  if (root.kind === ts.SyntaxKind.ThisKeyword) return root !== e;
  if (param(root)) return true;
  if (root === e || !ts.isIdentifier(root)) return false;
  const alias = model.initializerOf(root);
  if (alias.kind === ts.SyntaxKind.ThisKeyword) return true;
  return alias !== root && (ts.isPropertyAccessExpression(alias) || ts.isElementAccessExpression(alias) || ts.isIdentifier(alias)) && fromCaller(model, alias, depth + 1);
}
function literalAtEveryCall(model, decl) {
  const fn = decl.parent;
  if (!ts.isParameter(decl) || !fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn))) return false;
  const index = fn.parameters.indexOf(decl);
  if (index < 0 || decl.dotDotDotToken) return false;
  const holder = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) && fn.parent.initializer === fn ? fn.parent : null;
  const name = holder?.name;
  if (!name || !ts.isIdentifier(name) || ts.getModifiers(ts.isFunctionDeclaration(fn) ? fn : holder.parent.parent)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return false;
  const b = model.lookup(name);
  if (!b) return false;
  const refs = model.references(b);
  return refs.length > 0 && refs.every((ref) => {
    const call = ref.parent;
    const arg = ts.isCallExpression(call) && call.expression === ref ? call.arguments[index] : void 0;
    return !!arg && !ts.isSpreadElement(arg) && commandText(model, arg) !== null;
  });
}

// src/knowledge/evidence.ts
var EVIDENCE = ["grows", "lives-on", "any-size", "deadlock", "race", "shape", "can-grow", "in-test", "external-command", "unlisted-program"];
var DEFAULT_EVIDENCE = "shape";
var EVIDENCE_LEVELS = ["known", "likely", "possible"];
var DEFAULT_EVIDENCE_LEVEL = "known";
var LEVEL = {
  grows: "known",
  "lives-on": "known",
  "any-size": "known",
  deadlock: "known",
  shape: "known",
  "can-grow": "likely",
  "in-test": "likely",
  race: "known",
  "external-command": "likely",
  "unlisted-program": "possible"
};
function severityOf(evidence) {
  return LEVEL[evidence] === "known" ? "error" : "warning";
}
function reportedAt(evidence, level) {
  return EVIDENCE_LEVELS.indexOf(LEVEL[evidence]) <= EVIDENCE_LEVELS.indexOf(level);
}
var EVIDENCE_SAYS = {
  grows: "the command table knows the command writes more than the pipe or buffer holds",
  "lives-on": "the child outlives the call (a server, a GUI program, a child the code stops), and a trickle passes the pipe over its life",
  "any-size": "it breaks whatever the command writes (a pipe closed at once, a failure or an exit status lost)",
  deadlock: "the parent waits for a child that waits on a pipe only the parent can drain, for a command from outside",
  shape: "the shape of the code alone (the check that made it states no finer evidence)",
  "can-grow": "the command's output can grow, but Node breaks it only past what it holds for the child (about 100\u2013250 KiB at exit, 1 MiB of maxBuffer)",
  "in-test": "it runs in test code, on the test's own fixtures: its output is as small as they are, and a hang or a kill fails the test in front of its maintainers",
  race: "output the code uses is taken before all of it is read (at a child's 'exit', not 'close'): cut short or empty whenever the parent handles several exits at once or is busy",
  "external-command": "the command is a value from outside this code (a parameter, a setting, a hook): it can be anything",
  "unlisted-program": "the program is named here but the command table does not list it: its output is only assumed to grow"
};
function commandEvidence(output) {
  switch (output.basis) {
    case "value":
      return "external-command";
    case "unlisted":
      return "unlisted-program";
    default:
      return "grows";
  }
}
function nodeBufferEvidence(output) {
  const own = commandEvidence(output);
  if (own !== "grows") return own;
  const runsAnything = output.stdout === "unbounded" && output.stderr === "unbounded";
  return !runsAnything || output.scales || output.pace || output.document || output.serves || output.livesOn ? "grows" : "can-grow";
}
function deadlockEvidence(output) {
  const own = commandEvidence(output);
  return own === "external-command" ? "deadlock" : own;
}

// src/typescript/stdio-source.ts
var STDIO = /* @__PURE__ */ new Set(["stdio"]);
var DEFAULT = { kind: "fixed", stdout: "pipe", stderr: "pipe" };
function isNullish(model, e) {
  const v = skipOuter(e);
  if (v.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(v) || v.kind === ts.SyntaxKind.UndefinedKeyword) return true;
  return ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v);
}
function paramIndex(model, fn, expr, options = false) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return null;
  const b = model.lookup(id);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken) return null;
  const init = b.decl.initializer;
  const empty = !!init && options && ts.isObjectLiteralExpression(skipOuter(init)) && skipOuter(init).properties.length === 0;
  if (init && !isNullish(model, init) && !empty) return null;
  const index = fn.parameters.indexOf(b.decl);
  return index < 0 ? null : { index, binding: b };
}
function stdioValue(model, fn, expr, depth = 0) {
  if (depth > 6) return null;
  if (isNullish(model, expr)) return DEFAULT;
  const param = paramIndex(model, fn, expr);
  if (param) return model.isReassigned(param.binding) ? null : { kind: "stdio", param: param.index };
  const v = model.initializerOf(expr);
  const s = stringValue(v);
  if (s !== null) {
    const state = s === "pipe" || s === "overlapped" ? "pipe" : "no";
    return { kind: "fixed", stdout: state, stderr: state };
  }
  if (ts.isArrayLiteralExpression(v)) return { kind: "fixed", stdout: fdOfArray(model, v, 1), stderr: fdOfArray(model, v, 2) };
  if (ts.isBinaryExpression(v) && (v.operatorToken.kind === ts.SyntaxKind.BarBarToken || v.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    const left = paramIndex(model, fn, v.left);
    const right = stdioValue(model, fn, v.right, depth + 1);
    if (!left || !right || model.isReassigned(left.binding)) return null;
    return { kind: "if", param: left.index, negate: false, then: { kind: "stdio", param: left.index }, else: right };
  }
  if (ts.isConditionalExpression(v)) {
    const guard = guardOf(model, fn, v.condition);
    const a = stdioValue(model, fn, v.whenTrue, depth + 1);
    const b = stdioValue(model, fn, v.whenFalse, depth + 1);
    return guard && a && b ? { kind: "if", param: guard.param, negate: guard.negate, then: a, else: b } : null;
  }
  return null;
}
function guardOf(model, fn, cond) {
  let c = skipOuter(cond);
  let negate = false;
  while (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
    negate = !negate;
    c = skipOuter(c.operand);
  }
  const p = paramIndex(model, fn, c);
  return p && !model.isReassigned(p.binding) ? { param: p.index, negate } : null;
}
function objectSource(model, fn, obj) {
  let cur = DEFAULT;
  for (const p of obj.properties) {
    if (ts.isSpreadAssignment(p)) {
      const param = paramIndex(model, fn, p.expression, true);
      if (!param || cur !== DEFAULT || model.isReassigned(param.binding)) return null;
      cur = { kind: "options", param: param.index };
      continue;
    }
    const s = stdioProperty(model, fn, p);
    if (!s) return null;
    if (s !== "other") cur = s;
  }
  return cur;
}
function stdioProperty(model, fn, p) {
  const key = propertyKey(p.name);
  if (key === null) return null;
  if (key !== "stdio") return "other";
  const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : null;
  return value && stdioValue(model, fn, value) || null;
}
function setsNoStdio(arg) {
  const obj = skipOuter(arg);
  return ts.isObjectLiteralExpression(obj) && obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && propertyKey(p.name) !== "stdio");
}
function restated(model, fn, b, assign) {
  if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const self = (x) => ts.isIdentifier(skipOuter(x)) && model.lookup(skipOuter(x)) === b;
  const r = skipOuter(assign.right);
  let layers;
  if (ts.isObjectLiteralExpression(r)) {
    const [first, ...rest] = r.properties;
    if (!first || !ts.isSpreadAssignment(first) || !self(first.expression)) return null;
    layers = rest.length ? [r] : [];
  } else if (ts.isCallExpression(r) && skipOuter(r.expression).getText().replace(/\s+/g, "") === "Object.assign") {
    const [target, source, ...rest] = r.arguments;
    if (!target || !source || !ts.isObjectLiteralExpression(skipOuter(target)) || skipOuter(target).properties.length || !self(source)) return null;
    layers = rest;
  } else return null;
  let value = "same";
  for (const layer of layers) {
    const obj = skipOuter(layer);
    if (!ts.isObjectLiteralExpression(obj)) return null;
    for (const p of obj.properties) {
      if (ts.isSpreadAssignment(p)) {
        if (p === obj.properties[0] && obj === r) continue;
        return null;
      }
      const s = stdioProperty(model, fn, p);
      if (!s) return null;
      if (s !== "other") value = s;
    }
  }
  return value;
}
function defaultsToEmpty(b, assign) {
  const op = assign.operatorToken.kind;
  const empty = (e) => ts.isObjectLiteralExpression(skipOuter(e)) && skipOuter(e).properties.length === 0;
  if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return empty(assign.right);
  if (op !== ts.SyntaxKind.EqualsToken) return false;
  const r = skipOuter(assign.right);
  if (!ts.isBinaryExpression(r) || r.operatorToken.kind !== ts.SyntaxKind.BarBarToken && r.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return false;
  const left = skipOuter(r.left);
  return ts.isIdentifier(left) && left.text === b.name && empty(r.right);
}
function namedSource(model, fn, id, call) {
  const b = model.lookup(id);
  if (!b) return null;
  let cur;
  const param = paramIndex(model, fn, id, true);
  if (param) cur = { kind: "options", param: param.index };
  else if ((b.kind === "const" || b.kind === "let" || b.kind === "var") && b.init && b.path && !b.path.length && ts.isObjectLiteralExpression(skipOuter(b.init))) {
    cur = objectSource(model, fn, skipOuter(b.init));
  } else return null;
  const body = fn.body;
  const place = (statement, value, before) => {
    let stmt = statement;
    if (ts.isBlock(stmt.parent) && stmt.parent !== body) stmt = stmt.parent;
    const holder = stmt.parent;
    if (holder === body) return value;
    if (!ts.isIfStatement(holder) || holder.thenStatement !== stmt || holder.elseStatement || holder.parent !== body) return null;
    const guard = guardOf(model, fn, holder.expression);
    return guard && { kind: "if", param: guard.param, negate: guard.negate, then: value, else: before };
  };
  const refs = [...model.references(b)].sort((x, y) => x.pos - y.pos);
  for (const ref of refs) {
    if (!cur) return null;
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if (p === call) continue;
    if (isWriteTarget(ref)) {
      if (!ts.isBinaryExpression(p) || p.left !== e) return null;
      if (defaultsToEmpty(b, p)) continue;
      const value = ref.pos < call.pos && ts.isExpressionStatement(p.parent) ? restated(model, fn, b, p) : null;
      if (!value) return null;
      cur = value === "same" ? cur : place(p.parent, value, cur);
      continue;
    }
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
      const key = memberName(p);
      const write = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
      if (!write || key !== null && key !== "stdio") continue;
      if (key === null || ts.isDeleteExpression(p.parent) || ref.pos > call.pos) return null;
      const assign = p.parent;
      if (!ts.isBinaryExpression(assign) || assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(assign.parent)) return null;
      const value = stdioValue(model, fn, assign.right);
      if (!value) return null;
      cur = place(assign.parent, value, cur);
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments.includes(e)) {
      const callee = skipOuter(p.expression);
      if (model.qualifiedName(callee)?.startsWith("child_process.")) continue;
      if (callee.getText().replace(/\s+/g, "") === "Object.assign" && (p.arguments[0] !== e || p.arguments.slice(1).every((a) => setsNoStdio(a)))) continue;
      return null;
    }
    if (ts.isVariableDeclaration(p) && p.initializer === e || ts.isBinaryExpression(p) && p.right === e) return null;
  }
  return cur;
}
function stdioSourceOf(model, fn, call) {
  const args = call.arguments;
  if (args.some((a) => ts.isSpreadElement(a))) return null;
  let options;
  if (args.length >= 3) options = args[2];
  else if (args.length === 2 && ts.isObjectLiteralExpression(model.initializerOf(args[1]))) options = args[1];
  else if (args.length === 2 && !ts.isArrayLiteralExpression(model.initializerOf(args[1]))) return null;
  if (!options || isNullish(model, options)) return null;
  const o = skipOuter(options);
  let source = null;
  if (ts.isObjectLiteralExpression(o)) source = objectSource(model, fn, o);
  else if (ts.isIdentifier(o)) source = namedSource(model, fn, o, call);
  return source && source.kind !== "fixed" ? source : null;
}
function leaves(model, expr, depth = 0) {
  if (!expr || depth > 3) return [{ expr, when: [] }];
  const v = model.initializerOf(expr);
  const passed = ts.isIdentifier(v) ? passedBy(model, v) : null;
  if (passed) return passed.flatMap((a) => leaves(model, a, depth + 1));
  if (!ts.isConditionalExpression(v)) return [{ expr: v, when: [] }];
  const cond = v.condition.getText().replace(/\s+/g, " ");
  return [
    ...leaves(model, v.whenTrue, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is true`, ...l.when] })),
    ...leaves(model, v.whenFalse, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is false`, ...l.when] }))
  ];
}
function passedBy(model, id) {
  const b = model.lookup(id);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.initializer || b.decl.dotDotDotToken || model.isReassigned(b)) return null;
  const fn = b.decl.parent;
  if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return null;
  const sites = callSitesOf(model, fn);
  const index = fn.parameters.indexOf(b.decl);
  if (!sites || sites.length > 4 || sites.some((c) => c.arguments.some((a, i) => i <= index && ts.isSpreadElement(a)))) return null;
  return sites.map((c) => c.arguments[index]);
}
function truthy(model, e) {
  if (!e || isNullish(model, e)) return false;
  const v = skipOuter(e);
  const s = stringValue(v);
  if (s !== null) return s !== "";
  if (v.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isNumericLiteral(v)) return Number(v.text) !== 0;
  if (ts.isObjectLiteralExpression(v) || ts.isArrayLiteralExpression(v) || ts.isFunctionLike(v)) return true;
  return null;
}
var UNKNOWN = { stdout: "unknown", stderr: "unknown" };
function evaluate(model, src, world) {
  switch (src.kind) {
    case "fixed":
      return { stdout: src.stdout, stderr: src.stderr };
    case "stdio": {
      const e = world.get(src.param)?.expr;
      if (!e || isNullish(model, e)) return { stdout: "pipe", stderr: "pipe" };
      const s = stringValue(e);
      if (s !== null) {
        const state = s === "pipe" || s === "overlapped" ? "pipe" : "no";
        return { stdout: state, stderr: state };
      }
      return ts.isArrayLiteralExpression(e) ? { stdout: fdOfArray(model, e, 1), stderr: fdOfArray(model, e, 2) } : UNKNOWN;
    }
    case "options": {
      const e = world.get(src.param)?.expr;
      if (!e || isNullish(model, e)) return { stdout: "pipe", stderr: "pipe" };
      if (!ts.isObjectLiteralExpression(e)) return UNKNOWN;
      const options = { arg: e, object: e, inline: true };
      return { stdout: streamConfig(model, options, false, 1).state, stderr: streamConfig(model, options, false, 2).state };
    }
    case "if": {
      const t = truthy(model, world.get(src.param)?.expr);
      if (t !== null) return evaluate(model, t !== src.negate ? src.then : src.else, world);
      const a = evaluate(model, src.then, world);
      const b = evaluate(model, src.else, world);
      return { stdout: a.stdout === b.stdout ? a.stdout : "unknown", stderr: a.stderr === b.stderr ? a.stderr : "unknown" };
    }
  }
}
function paramsOf(src, into = /* @__PURE__ */ new Set()) {
  if (src.kind === "fixed") return into;
  into.add(src.param);
  if (src.kind === "if") {
    paramsOf(src.then, into);
    paramsOf(src.else, into);
  }
  return into;
}
function stdioAtCall(model, src, call) {
  if (call.arguments.some((a) => ts.isSpreadElement(a))) return [{ ...UNKNOWN, when: null }];
  let worlds = [/* @__PURE__ */ new Map()];
  for (const i of paramsOf(src)) {
    const arg = call.arguments[i];
    const ls = leaves(model, arg);
    const primitive = ls.every((l) => !l.expr || isNullish(model, l.expr) || stringValue(l.expr) !== null);
    if (arg && !primitive && changedAfterDeclaration(model, arg, STDIO, call)) return [{ ...UNKNOWN, when: null }];
    worlds = worlds.flatMap((w) => ls.map((l) => new Map(w).set(i, l)));
    if (worlds.length > 16) return [{ ...UNKNOWN, when: null }];
  }
  return worlds.map((w) => {
    const when = [...w.values()].flatMap((l) => l.when);
    return { ...evaluate(model, src, w), when: when.length ? when.join(" and ") : null };
  });
}

// src/typescript/wrappers.ts
var SPAWN = /* @__PURE__ */ new Set(["child_process.spawn", "child_process.fork"]);
var SPAWNS = /child_process|cross-spawn/;
function exportName(model, fn) {
  const exported2 = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
  if (ts.isFunctionDeclaration(fn) && exported2(fn)) {
    return (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Default) !== 0 ? "default" : fn.name?.text ?? null;
  }
  return valueExportName(model, fn, ts.isFunctionDeclaration(fn) ? fn.name ?? null : null);
}
function valueExportName(model, value, id) {
  const exported2 = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
  let e = value;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return cjsTarget(p.left);
  if (ts.isExportAssignment(p) && !p.isExportEquals) return "default";
  if (ts.isPropertyAssignment(p) && p.initializer === e || ts.isMethodDeclaration(e)) {
    const member2 = ts.isMethodDeclaration(e) ? e : p;
    if (ts.isObjectLiteralExpression(member2.parent) && isModuleExports(member2.parent.parent) && ts.isIdentifier(member2.name)) return member2.name.text;
  }
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) {
    if (exported2(p.parent.parent)) return p.name.text;
    id = p.name;
  }
  if (!id) return null;
  const binding = model.lookup(id);
  if (!binding) return null;
  for (const ref of model.references(binding)) {
    const q = ref.parent;
    if (ts.isShorthandPropertyAssignment(q) && isModuleExports(q.parent.parent)) return q.name.text;
    if (ts.isPropertyAssignment(q) && q.initializer === ref && isModuleExports(q.parent.parent) && ts.isIdentifier(q.name)) return q.name.text;
    if (ts.isBinaryExpression(q) && q.right === ref && q.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = cjsTarget(q.left);
      if (name) return name;
    }
    if (ts.isExportSpecifier(q)) return q.name.text;
    if (ts.isExportAssignment(q) && !q.isExportEquals) return "default";
  }
  return null;
}
function factoryExportNames(model, fn, spawn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  let factory = null;
  if (ts.isReturnStatement(p)) {
    for (let f = p.parent; f; f = f.parent) {
      if (isFunctionLike(f)) {
        factory = f;
        break;
      }
    }
  } else if (ts.isArrowFunction(p) && p.body === e) factory = p;
  if (!factory || !(ts.isFunctionDeclaration(factory) || ts.isFunctionExpression(factory) || ts.isArrowFunction(factory))) return [];
  let id = ts.isFunctionDeclaration(factory) ? factory.name ?? null : null;
  if (!id) {
    let f = factory;
    while (isWrapper(f.parent)) f = f.parent;
    if (ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name)) id = f.parent.name;
  }
  const binding = id && model.lookup(id);
  if (!binding) return [];
  const names = [];
  for (const ref of model.references(binding)) {
    let r = ref;
    while (isWrapper(r.parent)) r = r.parent;
    const call = r.parent;
    if (!ts.isCallExpression(call) || call.expression !== r) continue;
    if (!runsUnder(model, spawn, factory, call)) continue;
    const name = valueExportName(model, call, null);
    if (name) names.push(name);
  }
  return names;
}
function literalArg(model, arg) {
  if (!arg) return { value: void 0 };
  const v = skipOuter(arg);
  if (v.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (v.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (v.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v)) return { value: void 0 };
  if (ts.isNumericLiteral(v)) return { value: Number(v.text) };
  const s = stringValue(v);
  return s !== null ? { value: s } : void 0;
}
function runsUnder(model, node, factory, call) {
  const env = /* @__PURE__ */ new Map();
  factory.parameters.forEach((param, i) => {
    if (ts.isIdentifier(param.name) && !param.dotDotDotToken) env.set(param, literalArg(model, call.arguments[i]));
  });
  const valueOf = (e) => {
    const v = skipOuter(e);
    if (!ts.isIdentifier(v)) return literalArg(model, v);
    const b = model.lookup(v);
    return b && b.kind === "param" && !model.isReassigned(b) ? env.get(b.decl) : void 0;
  };
  const truth = (cond) => {
    const c = skipOuter(cond);
    if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
      const t = truth(c.operand);
      return t === null ? null : !t;
    }
    if (ts.isBinaryExpression(c)) {
      const op = c.operatorToken.kind;
      const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
      if (!strict && op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return null;
      const a = valueOf(c.left);
      const b = valueOf(c.right);
      if (!a || !b) return null;
      const same = strict ? a.value === b.value : a.value == b.value;
      return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken ? same : !same;
    }
    if (!ts.isIdentifier(c)) return null;
    const v = valueOf(c);
    return v ? !!v.value : null;
  };
  const leaves2 = (s) => {
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
    return ts.isBlock(s) && s.statements.length > 0 && leaves2(s.statements[s.statements.length - 1]);
  };
  for (let c = node, p = node.parent; p && c !== factory; c = p, p = p.parent) {
    if (ts.isIfStatement(p) && p.expression !== c) {
      const t = truth(p.expression);
      if (t !== null && p.thenStatement === c !== t) return false;
    } else if (ts.isConditionalExpression(p) && p.condition !== c) {
      const t = truth(p.condition);
      if (t !== null && p.whenTrue === c !== t) return false;
    } else if (ts.isBlock(p)) {
      for (const s of p.statements) {
        if (s === c) break;
        if (ts.isIfStatement(s) && !s.elseStatement && leaves2(s.thenStatement) && truth(s.expression) === true) return false;
      }
    }
  }
  return true;
}
function isModuleExports(n) {
  return ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && cjsTarget(n.left) === "default";
}
function cjsTarget(left) {
  const text = skipOuter(left).getText().replace(/\s+/g, "");
  if (text === "module.exports") return "default";
  const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(text);
  return m ? m[1] : null;
}
function wrapperInfo(model, call, qualified, fn, inside, at) {
  const fork = qualified === "child_process.fork";
  const options = optionsOf(model, call, true);
  const config = (fd) => options ? streamConfig(model, options, fork, fd).state : "unknown";
  const stdio = !fork && (config(1) === "unknown" || config(2) === "unknown") ? stdioSourceOf(model, fn, call) : null;
  if (!options && !stdio) return null;
  const output = commandOutput(model, call, qualified);
  const streams = ["stdout", "stderr"].filter((s) => (stdio || config(s === "stdout" ? 1 : 2) === "pipe") && inside[s].state === "unread" && output[s] === "unbounded");
  if (!streams.length) return null;
  const detached = /\bdetached\s*:\s*true\b/.test(options?.object?.getText() ?? "");
  const param = (arg) => {
    const id = arg && skipOuter(arg);
    if (!id || !ts.isIdentifier(id)) return null;
    const b = model.lookup(id);
    if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || model.isReassigned(b)) return null;
    const i = fn.parameters.indexOf(b.decl);
    return i < 0 ? null : i;
  };
  const programParam = fork ? null : param(call.arguments[0]);
  const argsParam = fork ? null : param(call.arguments[1]);
  return { streams, evidence: output.evidence, ...output.basis ? { basis: output.basis } : {}, ...nodeBufferEvidence(output) === "can-grow" ? { runsAnything: true } : {}, at, outlives: inside.unref || detached, programParam, argsParam, ...inside.waits ? { waits: true } : {}, ...stdio ? { stdio } : {} };
}
function wrappersOf(abs, display, text) {
  loadTs();
  const sf = parseJs(abs, text);
  const model = new JsModel(sf);
  const analysis = new ChildAnalysis(model);
  const out = {};
  for (const { call, qualified } of model.callsTo(SPAWN)) {
    const fate = analysis.fate(call);
    if (!fate.exportedFrom) continue;
    const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
    const info = wrapperInfo(model, call, qualified, fate.exportedFrom, fate, `${display}:${line}`);
    if (!info) continue;
    const names = [exportName(model, fate.exportedFrom), ...factoryExportNames(model, fate.exportedFrom, call)].filter((n) => n !== null);
    for (const name of names) out[name] = info;
  }
  return out;
}
function buildWrapperIndex(files) {
  const index = {};
  for (const f of files) {
    if (!SPAWNS.test(f.text) || !/\bexports?\b/.test(f.text)) continue;
    const found = wrappersOf(f.abs, f.display, f.text);
    if (Object.keys(found).length) index[moduleKey(f.abs)] = found;
  }
  return index;
}
function wrapperCallees(model, file, index) {
  const out = /* @__PURE__ */ new Map();
  const dir = path4.dirname(path4.resolve(file));
  const specs = /* @__PURE__ */ new Set();
  for (const s of model.sourceFile.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) specs.add(s.moduleSpecifier.text);
  }
  for (const call of model.calls()) {
    const callee = skipOuter(call.expression);
    if (ts.isIdentifier(callee) && callee.text === "require" && call.arguments.length === 1) {
      const spec = stringValue(call.arguments[0]);
      if (spec) specs.add(spec);
    }
  }
  for (const spec of specs) {
    if (!spec.startsWith(".")) continue;
    const mod = index[moduleKey(path4.resolve(dir, spec))];
    if (!mod) continue;
    for (const [name, info] of Object.entries(mod)) out.set(name === "default" ? moduleName(spec) : `${moduleName(spec)}.${name}`, info);
  }
  return out;
}
var MODULE_EXTENSIONS = [".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", ".mts", ".cts"];
var diskCache = /* @__PURE__ */ new Map();
function moduleFile(base) {
  const stem = base.replace(EXTENSION_RE, "");
  const candidates = [base, ...MODULE_EXTENSIONS.map((e) => base + e), ...MODULE_EXTENSIONS.map((e) => stem + e), ...MODULE_EXTENSIONS.map((e) => path4.join(base, `index${e}`))];
  for (const c of candidates) {
    try {
      if (fs4.statSync(c).isFile()) return c;
    } catch {
    }
  }
  return null;
}
var EXTENSION_RE = /\.([cm]?[jt]sx?)$/i;
function wrappersOnDisk(file) {
  let st;
  try {
    st = fs4.statSync(file);
  } catch {
    return {};
  }
  const hit = diskCache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.wrappers;
  let wrappers = {};
  try {
    const text = fs4.readFileSync(file, "utf8");
    if (SPAWNS.test(text) && /\bexports?\b/.test(text)) wrappers = wrappersOf(file, path4.relative(process.cwd(), file) || file, text);
  } catch {
  }
  diskCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, wrappers });
  return wrappers;
}
function relativeSpecifiers(text) {
  const specs = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/\b(?:require\s*\(\s*|from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*|\.{1,2})\1/g)) specs.add(m[2]);
  return specs;
}
function nearbyWrappers(file, text) {
  const dir = path4.dirname(file);
  let index = null;
  for (const spec of relativeSpecifiers(text)) {
    const target = moduleFile(path4.resolve(dir, spec));
    if (!target || target === file) continue;
    const found = wrappersOnDisk(target);
    if (Object.keys(found).length) (index ??= {})[moduleKey(path4.resolve(dir, spec))] = found;
  }
  return index;
}
function importsJsWrapper(file, bytes) {
  const text = bytes.toString("utf8");
  if (!/\b(require|from|import)\b/.test(text)) return false;
  const index = nearbyWrappers(file, text);
  return !!index && wrapperNeedles(index).some((n) => text.includes(n));
}

export {
  EVIDENCE,
  DEFAULT_EVIDENCE,
  EVIDENCE_LEVELS,
  DEFAULT_EVIDENCE_LEVEL,
  LEVEL,
  severityOf,
  reportedAt,
  EVIDENCE_SAYS,
  commandEvidence,
  nodeBufferEvidence,
  deadlockEvidence,
  PLACEHOLDER,
  parseShell,
  shellWordValue,
  shellLeaks,
  redirectionFor,
  applyShellEdits,
  devnullShellEdits,
  commandSites,
  allInBackground,
  maxClass,
  canFill,
  classifyArgv,
  classifyShell,
  isListed,
  isFunctionLike,
  propertyKey,
  isWriteTarget,
  isWrapper,
  skipOuter,
  moduleName,
  stringValue,
  memberName,
  JsModel,
  fnOf,
  contains,
  callSitesOf,
  functionName,
  exitsSoonAfter,
  staticSize,
  maxBufferOf,
  shapeOf,
  callbackOf,
  optionsOf,
  streamConfig,
  argvWords,
  programs,
  shellTexts,
  usesShell,
  loudness,
  loudest,
  knownToGrow,
  knownToGrowPastBuffer,
  argvOutput,
  commandOutput,
  fromCaller,
  moduleKey,
  wrapperNeedles,
  LISTEN,
  DRAIN_EVENTS,
  valueUse,
  calledMember,
  childUses,
  exitListener,
  ChildAnalysis,
  stdioAtCall,
  exportName,
  wrapperInfo,
  wrappersOf,
  buildWrapperIndex,
  wrapperCallees,
  moduleFile,
  relativeSpecifiers,
  nearbyWrappers,
  importsJsWrapper
};
