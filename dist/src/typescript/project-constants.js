import path from 'node:path';
import { ts } from './load.js';
import { parseJs } from './parse.js';
import { projectRoot, sources } from './project-reads.js';
import { JsModel, skipOuter, stringValue } from './resolve.js';
import { moduleFile } from './wrappers.js';
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
    if (!b || b.kind !== 'import' || !b.module?.startsWith('.'))
        return null;
    const file = moduleFile(path.resolve(path.dirname(path.resolve(model.sourceFile.fileName)), b.module));
    if (!file)
        return null;
    const texts = sources(projectRoot(file) ?? path.dirname(file));
    const text = texts?.get(path.resolve(file));
    const m = text !== undefined ? modelOf(path.resolve(file), text) : null;
    if (!m)
        return null;
    const name = b.imported && b.imported !== '*' && b.imported !== 'default' ? b.imported : null;
    const [holder, prop] = name && key ? [name, key] : name ? [null, name] : key ? [null, key] : [null, null];
    if (!prop)
        return null;
    for (const s of m.sourceFile.statements) {
        const exported = (ts.getCombinedModifierFlags(s) & ts.ModifierFlags.Export) !== 0 || ts.isExpressionStatement(s);
        if (!exported)
            continue;
        if (holder && ts.isClassDeclaration(s) && s.name?.text === holder) {
            for (const mem of s.members) {
                if (ts.isPropertyDeclaration(mem) && ts.isIdentifier(mem.name) && mem.name.text === prop && mem.initializer && (ts.getCombinedModifierFlags(mem) & ts.ModifierFlags.Static))
                    return stringValue(mem.initializer);
            }
        }
        if (ts.isVariableStatement(s)) {
            for (const d of s.declarationList.declarations) {
                if (!ts.isIdentifier(d.name) || !d.initializer)
                    continue;
                if (!holder && d.name.text === prop)
                    return stringValue(d.initializer);
                const obj = skipOuter(d.initializer);
                if (holder && d.name.text === holder && ts.isObjectLiteralExpression(obj)) {
                    for (const p of obj.properties)
                        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === prop)
                            return stringValue(p.initializer);
                }
            }
        }
    }
    return null;
}
