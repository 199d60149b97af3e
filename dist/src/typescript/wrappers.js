import fs from 'node:fs';
import path from 'node:path';
import { ChildAnalysis } from './child.js';
import { moduleKey, wrapperNeedles } from './wrapper-index.js';
import { commandOutput } from './command.js';
import { nodeBufferEvidence } from '../knowledge/evidence.js';
import { loadTs, ts } from './load.js';
import { optionsOf, streamConfig } from './options.js';
import { parseJs } from './parse.js';
import { isWrapper, JsModel as Model, moduleName, skipOuter, stringValue } from './resolve.js';
import { isFunctionLike } from './scope.js';
import { stdioSourceOf } from './stdio-source.js';
import { runsUnder } from './call-arms.js';
import { moduleFile } from './module-file.js';
const SPAWN = new Set(['child_process.spawn', 'child_process.fork']);
/** A module that can spawn: it names child_process or an equivalent (resolve.ts). */
const SPAWNS = /child_process|cross-spawn/;
/** The name under which the module exports `fn`, or null. */
export function exportName(model, fn) {
    const exported = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
    // export function start() {} / export default function () {}
    if (ts.isFunctionDeclaration(fn) && exported(fn)) {
        return (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Default) !== 0 ? 'default' : fn.name?.text ?? null;
    }
    return valueExportName(model, fn, ts.isFunctionDeclaration(fn) ? fn.name ?? null : null);
}
/**
 * The name under which the module exports the value of `value` (a function, or the call of a
 * factory that returns one), or null; `id` names a declaration of it.
 */
function valueExportName(model, value, id) {
    const exported = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
    let e = value;
    while (isWrapper(e.parent))
        e = e.parent;
    const p = e.parent;
    // module.exports.start = function () {} / exports.start = () => {} / module.exports = function () {}
    if (ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken)
        return cjsTarget(p.left);
    // export default (cmd) => spawn(cmd)
    if (ts.isExportAssignment(p) && !p.isExportEquals)
        return 'default';
    // module.exports = { run: (cmd) => spawn(cmd), start(cmd) { return spawn(cmd); } }
    if ((ts.isPropertyAssignment(p) && p.initializer === e) || ts.isMethodDeclaration(e)) {
        const member = (ts.isMethodDeclaration(e) ? e : p);
        if (ts.isObjectLiteralExpression(member.parent) && isModuleExports(member.parent.parent) && ts.isIdentifier(member.name))
            return member.name.text;
    }
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) {
        if (exported(p.parent.parent))
            return p.name.text;
        id = p.name;
    }
    if (!id)
        return null;
    // function start() {}; module.exports = { start } / exports.run = start / export { start as run } / export default start
    const binding = model.lookup(id);
    if (!binding)
        return null;
    for (const ref of model.references(binding)) {
        const q = ref.parent;
        if (ts.isShorthandPropertyAssignment(q) && isModuleExports(q.parent.parent))
            return q.name.text;
        if (ts.isPropertyAssignment(q) && q.initializer === ref && isModuleExports(q.parent.parent) && ts.isIdentifier(q.name))
            return q.name.text;
        if (ts.isBinaryExpression(q) && q.right === ref && q.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
            const name = cjsTarget(q.left);
            if (name)
                return name;
        }
        if (ts.isExportSpecifier(q))
            return q.name.text;
        if (ts.isExportAssignment(q) && !q.isExportEquals)
            return 'default';
    }
    return null;
}
/**
 * A wrapper made by a factory and exported as what one of its calls returns:
 *   function spawnFactory(sync) { return (cmd, args) => sync ? cp.spawnSync(cmd, args) : cp.spawn(cmd, args); }
 *   export const spawn = spawnFactory(false);
 * Each export whose factory arguments let the spawn run (`sync` false here) names the wrapper.
 */
function factoryExportNames(model, fn, spawn) {
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    const p = e.parent;
    let factory = null;
    if (ts.isReturnStatement(p)) {
        for (let f = p.parent; f; f = f.parent) {
            if (isFunctionLike(f)) {
                factory = f;
                break;
            }
        }
    }
    else if (ts.isArrowFunction(p) && p.body === e)
        factory = p;
    if (!factory || !(ts.isFunctionDeclaration(factory) || ts.isFunctionExpression(factory) || ts.isArrowFunction(factory)))
        return [];
    let id = ts.isFunctionDeclaration(factory) ? factory.name ?? null : null;
    if (!id) {
        let f = factory;
        while (isWrapper(f.parent))
            f = f.parent;
        if (ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name))
            id = f.parent.name;
    }
    const binding = id && model.lookup(id);
    if (!binding)
        return [];
    const names = [];
    for (const ref of model.references(binding)) {
        let r = ref;
        while (isWrapper(r.parent))
            r = r.parent;
        const call = r.parent;
        if (!ts.isCallExpression(call) || call.expression !== r)
            continue;
        if (!runsUnder(model, spawn, factory, call))
            continue;
        const name = valueExportName(model, call, null);
        if (name)
            names.push(name);
    }
    return names;
}
function isModuleExports(n) {
    return ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && cjsTarget(n.left) === 'default';
}
/** `module.exports` -> 'default', `module.exports.x` / `exports.x` -> 'x'. */
function cjsTarget(left) {
    const text = skipOuter(left).getText().replace(/\s+/g, '');
    if (text === 'module.exports')
        return 'default';
    const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(text);
    return m ? m[1] : null;
}
/**
 * What the function `fn`, which returns the child of `call`, leaves to its callers: the streams
 * piped (or piped as the caller decides), unread inside `fn` (`inside`) and able to grow; null
 * when there are none.
 */
export function wrapperInfo(model, call, qualified, fn, inside, at) {
    const fork = qualified === 'child_process.fork';
    const options = optionsOf(model, call, true);
    const config = (fd) => (options ? streamConfig(model, options, fork, fd).state : 'unknown');
    // Ex) spawn(cmd, args, { stdio }): the caller's arguments decide, at each call.
    const stdio = !fork && (config(1) === 'unknown' || config(2) === 'unknown') ? stdioSourceOf(model, fn, call) : null;
    if (!options && !stdio)
        return null;
    const output = commandOutput(model, call, qualified);
    const streams = ['stdout', 'stderr'].filter((s) => (stdio || config(s === 'stdout' ? 1 : 2) === 'pipe') && inside[s].state === 'unread' && output[s] === 'unbounded');
    if (!streams.length)
        return null;
    const detached = /\bdetached\s*:\s*true\b/.test(options?.object?.getText() ?? '');
    const param = (arg) => {
        const id = arg && skipOuter(arg);
        if (!id || !ts.isIdentifier(id))
            return null;
        const b = model.lookup(id);
        if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.name !== b.id || model.isReassigned(b))
            return null;
        const i = fn.parameters.indexOf(b.decl);
        return i < 0 ? null : i;
    };
    const programParam = fork ? null : param(call.arguments[0]);
    const argsParam = fork ? null : param(call.arguments[1]);
    return { streams, evidence: output.evidence, ...(output.basis ? { basis: output.basis } : {}), ...(nodeBufferEvidence(output) === 'can-grow' ? { runsAnything: true } : {}), at, outlives: inside.unref || detached, programParam, argsParam, ...(inside.waits ? { waits: true } : {}), ...(stdio ? { stdio } : {}) };
}
/** The wrappers one module exports. */
export function wrappersOf(abs, display, text) {
    loadTs();
    const sf = parseJs(abs, text);
    const model = new Model(sf);
    const analysis = new ChildAnalysis(model);
    const out = {};
    for (const { call, qualified } of model.callsTo(SPAWN)) {
        const fate = analysis.fate(call);
        if (!fate.exportedFrom)
            continue;
        const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
        const info = wrapperInfo(model, call, qualified, fate.exportedFrom, fate, `${display}:${line}`);
        if (!info)
            continue;
        const names = [exportName(model, fate.exportedFrom), ...factoryExportNames(model, fate.exportedFrom, call)].filter((n) => n !== null);
        for (const name of names)
            out[name] = info;
    }
    return out;
}
/** Builds the index from the project's JS/TS files (only those that can hold a wrapper are parsed). */
export function buildWrapperIndex(files) {
    const index = {};
    for (const f of files) {
        if (!SPAWNS.test(f.text) || !/\bexports?\b/.test(f.text))
            continue;
        const found = wrappersOf(f.abs, f.display, f.text);
        if (Object.keys(found).length)
            index[moduleKey(f.abs)] = found;
    }
    return index;
}
/**
 * Calls in this file of wrappers from the index, as qualified names the model resolves
 * (`./proc.start`, `../lib/run` for a default export), with what each one returns.
 */
export function wrapperCallees(model, file, index) {
    const out = new Map();
    const dir = path.dirname(path.resolve(file));
    const specs = new Set();
    for (const s of model.sourceFile.statements) {
        if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier))
            specs.add(s.moduleSpecifier.text);
    }
    for (const call of model.calls()) {
        const callee = skipOuter(call.expression);
        if (ts.isIdentifier(callee) && callee.text === 'require' && call.arguments.length === 1) {
            const spec = stringValue(call.arguments[0]);
            if (spec)
                specs.add(spec);
        }
    }
    for (const spec of specs) {
        if (!spec.startsWith('.'))
            continue;
        const mod = index[moduleKey(path.resolve(dir, spec))];
        if (!mod)
            continue;
        for (const [name, info] of Object.entries(mod))
            out.set(name === 'default' ? moduleName(spec) : `${moduleName(spec)}.${name}`, info);
    }
    return out;
}
/**
 * Hosts that lint one file at a time (the API, the LSP server, the ESLint plugin, a CLI run over
 * one file) have no project index: there the wrappers come from the modules the file itself
 * imports by relative path, read from disk and kept while the module file is unchanged (its
 * mtime and size). A CLI run over a project builds its index once instead (buildWrapperIndex).
 */
const diskCache = new Map();
function wrappersOnDisk(file) {
    let st;
    try {
        st = fs.statSync(file);
    }
    catch {
        return {};
    }
    const hit = diskCache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size)
        return hit.wrappers;
    let wrappers = {};
    try {
        const text = fs.readFileSync(file, 'utf8');
        // What buildWrapperIndex asks of a module before parsing it.
        if (SPAWNS.test(text) && /\bexports?\b/.test(text))
            wrappers = wrappersOf(file, path.relative(process.cwd(), file) || file, text);
    }
    catch {
        // Unreadable or unparsable: no wrappers.
    }
    diskCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, wrappers });
    return wrappers;
}
/** `require('./x')`, `import ... from './x'`, `import('./x')`, `export ... from './x'`: relative specifiers, read from the text. */
export function relativeSpecifiers(text) {
    const specs = new Set();
    for (const m of text.matchAll(/\b(?:require\s*\(\s*|from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*|\.{1,2})\1/g))
        specs.add(m[2]);
    return specs;
}
/** The wrappers of the project modules that `file` (absolute, on disk) imports by relative path; null when there are none. */
export function nearbyWrappers(file, text) {
    const dir = path.dirname(file);
    let index = null;
    for (const spec of relativeSpecifiers(text)) {
        const target = moduleFile(path.resolve(dir, spec));
        if (!target || target === file)
            continue;
        const found = wrappersOnDisk(target);
        if (Object.keys(found).length)
            (index ??= {})[moduleKey(path.resolve(dir, spec))] = found;
    }
    return index;
}
/** The prefilter's question for such a host: does this file call a wrapper of a module it imports? */
export function importsJsWrapper(file, bytes) {
    const text = bytes.toString('utf8');
    if (!/\b(require|from|import)\b/.test(text))
        return false;
    const index = nearbyWrappers(file, text);
    return !!index && wrapperNeedles(index).some((n) => text.includes(n));
}
