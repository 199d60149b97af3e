import fs from 'node:fs';
import path from 'node:path';
import { ts } from './load.js';
import { memberName, skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
/**
 * Commands a module takes from modules of its own project chosen at run time, as a library
 * picks one per platform:
 *
 *   switch (process.platform) { case 'darwin': config = require('./platform/darwin'); break; ... }
 *   spawn(config.copy.command, config.copy.args)
 *
 * Each module the name may hold is read (`exports.copy = { command: 'pbcopy', args: [] }`,
 * `module.exports = { copy: {...} }`, a choice `cond ? {...} : {...}`), and the command is one
 * of the written ones, not a value from outside.
 */
const EXTENSIONS = ['', '.js', '.cjs', '.mjs', '.ts', '.cts', '.mts', '/index.js', '/index.ts'];
const MAX_BYTES = 200_000;
const parsed = new Map();
function parse(file) {
    if (parsed.has(file))
        return parsed.get(file);
    let sf = null;
    try {
        const stat = fs.statSync(file);
        if (stat.isFile() && stat.size <= MAX_BYTES)
            sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    }
    catch {
        // Missing or unreadable: nothing known of it.
    }
    parsed.set(file, sf);
    return sf;
}
/** `require('./platform/darwin')` from `from`: the file, or null when it is no module of the project. */
function requiredFile(from, e) {
    const x = skipOuter(e);
    if (!ts.isCallExpression(x) || !ts.isIdentifier(x.expression) || x.expression.text !== 'require')
        return null;
    const spec = stringValue(x.arguments[0]);
    if (spec === null || !spec.startsWith('.'))
        return null;
    const base = path.resolve(path.dirname(path.resolve(from)), spec);
    for (const ext of EXTENSIONS) {
        const f = base + ext;
        if (fs.existsSync(f) && fs.statSync(f).isFile())
            return f;
    }
    return null;
}
/** `config.copy.command` -> config, ['copy', 'command']; null for any other shape. */
function chainOf(e) {
    const keys = [];
    let x = skipOuter(e);
    while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
        const key = memberName(x);
        if (key === null)
            return null;
        keys.unshift(key);
        x = skipOuter(x.expression);
    }
    return ts.isIdentifier(x) && keys.length ? { root: x, keys } : null;
}
/** Every module a name may hold: each value given to it is `require('./...')`. Null otherwise. */
function modulesOf(model, root) {
    const b = model.lookup(root);
    if (!b || !['let', 'var', 'const'].includes(b.kind) || (b.path && b.path.length))
        return null;
    const values = b.init ? [b.init] : [];
    for (const ref of model.references(b)) {
        if (!isWriteTarget(ref))
            continue;
        const p = ref.parent;
        if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
            return null;
        values.push(p.right);
    }
    if (!values.length)
        return null;
    const files = values.map((v) => requiredFile(model.sourceFile.fileName, v));
    return files.every((f) => f !== null) ? [...new Set(files)] : null;
}
/** What a module exports under `key`: `exports.key = v`, `module.exports.key = v`, `module.exports = { key: v }`, `export const key = v`. */
function exported(sf, key) {
    const found = [];
    for (const s of sf.statements) {
        if (ts.isVariableStatement(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
            for (const d of s.declarationList.declarations)
                if (ts.isIdentifier(d.name) && d.name.text === key && d.initializer)
                    found.push(d.initializer);
            continue;
        }
        if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression) || s.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
            continue;
        const left = s.expression.left.getText(sf).replace(/\s+/g, '');
        if (left === `exports.${key}` || left === `module.exports.${key}`)
            found.push(s.expression.right);
        else if (left === 'module.exports') {
            const obj = skipOuter(s.expression.right);
            if (!ts.isObjectLiteralExpression(obj))
                return null;
            const v = member(obj, key);
            if (v)
                found.push(v);
        }
    }
    return found.length === 1 ? found : null;
}
function member(obj, key) {
    for (const p of obj.properties) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key)
            return p.initializer;
    }
    return null;
}
/** The values `keys` reach from `e`, through object literals and both sides of `cond ? a : b`. */
function walk(e, keys, depth = 0) {
    const x = skipOuter(e);
    if (depth > 6)
        return null;
    if (ts.isConditionalExpression(x)) {
        const sides = [walk(x.whenTrue, keys, depth + 1), walk(x.whenFalse, keys, depth + 1)];
        return sides.every((s) => s !== null) ? sides.flatMap((s) => s) : null;
    }
    if (!keys.length)
        return [x];
    if (!ts.isObjectLiteralExpression(x))
        return null;
    const v = member(x, keys[0]);
    return v ? walk(v, keys.slice(1), depth + 1) : null;
}
/**
 * The argument vectors of `spawn(config.copy.command, config.copy.args)` where `config` holds
 * one of the project's modules: for each object that holds `command` (and `args`) in each
 * module, its program and words. Null unless every one is written there.
 */
export function moduleArgvs(model, program, args) {
    const p = chainOf(program);
    if (!p)
        return null;
    const a = args ? chainOf(args) : null;
    if (args && (!a || a.root.text !== p.root.text || a.keys.length !== p.keys.length || a.keys.slice(0, -1).join('.') !== p.keys.slice(0, -1).join('.')))
        return null;
    const files = modulesOf(model, p.root);
    if (!files)
        return null;
    const argvs = [];
    for (const file of files) {
        const sf = parse(file);
        const top = sf && exported(sf, p.keys[0]);
        if (!top)
            return null;
        // The objects that hold the command and its arguments side by side.
        const holders = walk(top[0], p.keys.slice(1, -1));
        if (!holders)
            return null;
        for (const h of holders) {
            const cmd = walk(h, [p.keys.at(-1)]);
            const words = a ? walk(h, [a.keys.at(-1)]) : [];
            if (!cmd || cmd.length !== 1 || !words || words.length > 1)
                return null;
            const name = stringValue(cmd[0]);
            if (name === null)
                return null;
            const list = words.length ? skipOuter(words[0]) : null;
            if (list && !ts.isArrayLiteralExpression(list))
                return null;
            argvs.push([name, ...(list ? list.elements.map((el) => stringValue(el)) : [])]);
        }
    }
    return argvs.length ? argvs : null;
}
/**
 * `config.copy.args` where `config` holds one of the project's modules: 'array' when every
 * module writes an array there ('object', 'string' likewise), else null.
 */
export function moduleValueShape(model, e) {
    const c = chainOf(e);
    const files = c && modulesOf(model, c.root);
    if (!c || !files)
        return null;
    const shapes = new Set();
    for (const file of files) {
        const sf = parse(file);
        const top = sf && exported(sf, c.keys[0]);
        const values = top && walk(top[0], c.keys.slice(1));
        if (!values)
            return null;
        for (const v of values)
            shapes.add(ts.isArrayLiteralExpression(v) ? 'array' : ts.isObjectLiteralExpression(v) ? 'object' : stringValue(v) !== null ? 'string' : 'unknown');
    }
    const [only] = shapes;
    return shapes.size === 1 && only !== 'unknown' ? only : null;
}
