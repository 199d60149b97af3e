import path from 'node:path';
import { ts } from './load.js';
import { parseJs } from './parse.js';
import { projectRoot, sources } from './project-reads.js';
import { JsModel, skipOuter, stringValue } from './resolve.js';
import { moduleFile } from './module-file.js';
/** Other modules of the project, parsed once: their models, and the constants they export. */
const models = new Map();
/** The model of a module of the project, parsed once (null when it does not parse). */
export function modelOf(file, text) {
    if (models.has(file))
        return models.get(file);
    let m = null;
    try {
        m = new JsModel(parseJs(file, text));
    }
    catch {
        // Unparsable: no callers seen there.
    }
    models.set(file, m);
    return m;
}
/**
 * A constant of another module of the project: `Constants.LINUX_COMMAND` after
 * `import { Constants } from './constants'` (a static property of an exported class, a
 * property of an exported object), or `LINUX_COMMAND` imported by name. Null otherwise.
 */
export function importedConstant(model, expr) {
    const found = importedInitializer(model, expr);
    return found ? stringValue(found.init) : null;
}
/**
 * The project module a name is imported from and the name it imports there: `import { sep } from
 * './config'`, `const { sep } = require('./config')`, `const config = require('./config')` ('*'),
 * `const sep = require('./config').sep`. Null for anything else or a package.
 */
function importOf(b) {
    if (b.kind === 'import')
        return b.module?.startsWith('.') && b.imported ? { module: b.module, imported: b.imported } : null;
    if (b.kind !== 'const' || !b.init || !b.path || b.path.length > 1)
        return null;
    let init = skipOuter(b.init);
    let imported = b.path[0] ?? '*';
    if (ts.isPropertyAccessExpression(init) && !b.path.length) {
        imported = init.name.text;
        init = skipOuter(init.expression);
    }
    if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require' || init.arguments.length !== 1)
        return null;
    const spec = stringValue(init.arguments[0]);
    return spec?.startsWith('.') ? { module: spec, imported } : null;
}
/** The module of the project a name (or `name.key`) is imported from, with the export it names there. */
function importTarget(model, expr) {
    const e = skipOuter(expr);
    let root = e;
    let key = null;
    if (ts.isPropertyAccessExpression(e)) {
        root = skipOuter(e.expression);
        key = e.name.text;
    }
    if (!ts.isIdentifier(root))
        return null;
    const b = model.lookup(root);
    const source = b ? importOf(b) : null;
    if (!source)
        return null;
    const file = moduleFile(path.resolve(path.dirname(path.resolve(model.sourceFile.fileName)), source.module));
    if (!file)
        return null;
    const texts = sources(projectRoot(file) ?? path.dirname(file));
    const text = texts?.get(path.resolve(file));
    const m = text !== undefined ? modelOf(path.resolve(file), text) : null;
    if (!m)
        return null;
    const name = source.imported !== '*' && source.imported !== 'default' ? source.imported : null;
    // `import waitForExit from './utils/waitForExit'`, called as it is: the module's default export.
    const whole = source.imported === 'default' && !key ? 'default' : null;
    const [holder, prop] = name && key ? [name, key] : name ? [null, name] : key ? [null, key] : [null, whole];
    return prop ? { m, holder, prop } : null;
}
/**
 * A function another module of the project exports, called here by the name it is imported under
 * (`export function handle(child) {...}`, `export const handle = (child) => ...`,
 * `exports.handle = function (child) {...}`), with that module's model. Null otherwise.
 */
export function importedFunction(model, callee) {
    const target = importTarget(model, callee);
    if (!target || target.holder)
        return null;
    for (const s of target.m.sourceFile.statements) {
        if (!ts.isFunctionDeclaration(s) || !s.body)
            continue;
        const flags = ts.getCombinedModifierFlags(s);
        if ((flags & ts.ModifierFlags.Export) === 0)
            continue;
        // export default function (child) {...}
        if (target.prop === 'default' ? (flags & ts.ModifierFlags.Default) !== 0 : s.name?.text === target.prop)
            return { model: target.m, fn: s };
    }
    const found = importedInitializer(model, callee);
    const init = found ? skipOuter(found.init) : null;
    return found && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? { model: found.model, fn: init } : null;
}
/**
 * The expression another module of the project gives a constant it exports, with that module's
 * model: `export const SEP = ...`, `exports.sep = win ? ' && ' : '; '` (CommonJS, read by
 * `const { sep } = require('./config')`), a static property of an exported class, a property
 * of an exported object. Null otherwise.
 */
export function importedInitializer(model, expr) {
    const target = importTarget(model, expr);
    if (!target)
        return null;
    const { m, holder, prop } = target;
    const found = (init) => ({ model: m, init });
    for (const s of m.sourceFile.statements) {
        // export default (child) => {...}
        if (!holder && prop === 'default' && ts.isExportAssignment(s) && !s.isExportEquals)
            return found(s.expression);
        const exported = (ts.getCombinedModifierFlags(s) & ts.ModifierFlags.Export) !== 0 || ts.isExpressionStatement(s);
        if (!exported)
            continue;
        if (holder && ts.isClassDeclaration(s) && s.name?.text === holder) {
            for (const mem of s.members) {
                if (ts.isPropertyDeclaration(mem) && ts.isIdentifier(mem.name) && mem.name.text === prop && mem.initializer && (ts.getCombinedModifierFlags(mem) & ts.ModifierFlags.Static))
                    return found(mem.initializer);
            }
        }
        if (ts.isVariableStatement(s)) {
            for (const d of s.declarationList.declarations) {
                if (!ts.isIdentifier(d.name) || !d.initializer)
                    continue;
                if (!holder && d.name.text === prop)
                    return found(d.initializer);
                const obj = skipOuter(d.initializer);
                if (holder && d.name.text === holder && ts.isObjectLiteralExpression(obj)) {
                    for (const p of obj.properties)
                        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === prop)
                            return found(p.initializer);
                }
            }
        }
        // exports.sep = ...; module.exports.sep = ...
        if (!holder && ts.isExpressionStatement(s)) {
            const w = skipOuter(s.expression);
            if (!ts.isBinaryExpression(w) || w.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
                continue;
            const target = skipOuter(w.left);
            if (!ts.isPropertyAccessExpression(target) || target.name.text !== prop)
                continue;
            const base = target.expression.getText(m.sourceFile);
            if (base === 'exports' || base === 'module.exports')
                return found(w.right);
        }
    }
    return null;
}
