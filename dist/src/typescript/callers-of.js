import { ts } from './load.js';
import { isProjectTest, projectRoot, sources } from './project-reads.js';
import { isWrapper, moduleName, skipOuter } from './resolve.js';
import { importingModules, instanceCalls } from './module-importers.js';
import { exportName } from './wrappers.js';
export function isFn(n) {
    return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);
}
/** The names a function is called by: `[local binding, member name, export names]`. */
function namesOf(model, fn) {
    const exported = [];
    let member = null;
    let cls = null;
    // `#start()`: called as `this.#start()` in its class only, as a `private` one is.
    if (ts.isMethodDeclaration(fn) && ts.isClassDeclaration(fn.parent) && ts.isPrivateIdentifier(fn.name))
        return { member: fn.name.text, cls: fn.parent, exported };
    if (ts.isMethodDeclaration(fn) && ts.isClassDeclaration(fn.parent) && ts.isIdentifier(fn.name)) {
        member = fn.name.text;
        cls = fn.parent;
        const flags = ts.getCombinedModifierFlags(cls);
        const isStatic = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Static) !== 0;
        if (isStatic && flags & ts.ModifierFlags.Export)
            exported.push(flags & ts.ModifierFlags.Default ? member : `${cls.name?.text}.${member}`);
        // An instance method of an exported class: called on `new Cls(...)` where the class is imported.
        const instanceOf = !isStatic && flags & ts.ModifierFlags.Export ? (flags & ts.ModifierFlags.Default ? 'default' : cls.name?.text) : undefined;
        return { member, cls, exported, ...(instanceOf ? { instanceOf } : {}) };
    }
    if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name))
        member = fn.name.text;
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    if (ts.isPropertyAssignment(e.parent) && ts.isIdentifier(e.parent.name))
        member = e.parent.name.text;
    const name = exportName(model, fn);
    if (name)
        exported.push(name);
    const holder = member ? objectHolder(ts.isMethodDeclaration(fn) ? fn : e.parent) : null;
    // export const Tools = { run: async () => spawn(...) }: called as `Tools.run()` where it is imported.
    if (holder && !name && ts.getCombinedModifierFlags(holder.parent) & ts.ModifierFlags.Export)
        exported.push(`${holder.text}.${member}`);
    return { member, cls, exported, ...(holder ? { holder } : {}) };
}
/**
 * Ex) const Tools = { run: async () => ..., list() { ... } }  (at the module's top level)
 * The `const` that holds the object literal a property (or method) `prop` is written in: the
 * module calls it as `Tools.run()`. Null otherwise.
 */
function objectHolder(prop) {
    if (!ts.isPropertyAssignment(prop) && !ts.isMethodDeclaration(prop))
        return null;
    const literal = prop.parent;
    if (!ts.isObjectLiteralExpression(literal))
        return null;
    let e = literal;
    while (isWrapper(e.parent))
        e = e.parent;
    const decl = e.parent;
    if (!ts.isVariableDeclaration(decl) || decl.initializer !== e || !ts.isIdentifier(decl.name))
        return null;
    const list = decl.parent;
    return ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent) ? decl.name : null;
}
/** The bindings that hold what a local factory returns (`const run = createExec(log)`), when `fn` is what it returns; null otherwise. */
function factoryResults(model, fn) {
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    const outer = e.parent;
    if (!outer || !ts.isArrowFunction(outer) || outer.body !== e)
        return null;
    let o = outer;
    while (isWrapper(o.parent))
        o = o.parent;
    if (!ts.isVariableDeclaration(o.parent) || !ts.isIdentifier(o.parent.name))
        return null;
    const factory = model.lookup(o.parent.name);
    if (!factory)
        return null;
    const out = [];
    for (const ref of model.references(factory)) {
        if (ref === o.parent.name)
            continue;
        const call = ref.parent;
        if (!ts.isCallExpression(call) || call.expression !== ref)
            return null;
        const holder = call.parent;
        if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name))
            return null;
        const b = model.lookup(holder.name);
        if (!b || model.isReassigned(b))
            return null;
        out.push(b);
    }
    return out.length ? out : null;
}
/**
 * The calls of `fn` in the project, or null when some use of it cannot be followed (a
 * reference that is not a call) or none is found outside the tests.
 */
export function callersOf(model, fn, file) {
    const { member, cls, exported, instanceOf, holder } = namesOf(model, fn);
    const held = holder ? model.lookup(holder) : null;
    const sites = [];
    // The module's own calls: through its binding, `this.name()`, `Class.name()`.
    let id = ts.isFunctionDeclaration(fn) ? fn.name ?? null : null;
    if (!id && !ts.isMethodDeclaration(fn)) {
        let e = fn;
        while (isWrapper(e.parent))
            e = e.parent;
        if (ts.isVariableDeclaration(e.parent) && ts.isIdentifier(e.parent.name))
            id = e.parent.name;
    }
    const binding = id ? model.lookup(id) : undefined;
    // const createExec = (log) => (command) => execSync(command); const run = createExec(log); run('tasklist'):
    // the calls of what each call of the factory returns.
    if (!id && !binding && !ts.isMethodDeclaration(fn)) {
        for (const b of factoryResults(model, fn) ?? []) {
            for (const ref of model.references(b)) {
                if (ref === b.id)
                    continue;
                const p = ref.parent;
                if (ts.isCallExpression(p) && p.expression === ref)
                    sites.push({ model, call: p, file });
                else
                    return null;
            }
        }
    }
    if (binding) {
        for (const ref of model.references(binding)) {
            if (ref === id)
                continue;
            let r = ref;
            while (isWrapper(r.parent))
                r = r.parent;
            const p = r.parent;
            if (ts.isCallExpression(p) && p.expression === r)
                sites.push({ model, call: p, file });
            else if (!(ts.isShorthandPropertyAssignment(p) || ts.isExportSpecifier(p) || ts.isExportAssignment(p) || (ts.isPropertyAssignment(p) && p.initializer === r) || (ts.isBinaryExpression(p) && p.right === r)))
                return null;
        }
    }
    if (member) {
        for (const call of model.calls()) {
            const callee = skipOuter(call.expression);
            if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== member)
                continue;
            const target = skipOuter(callee.expression);
            if (target.kind === ts.SyntaxKind.ThisKeyword || (cls?.name && ts.isIdentifier(target) && target.text === cls.name.text) || (held && ts.isIdentifier(target) && model.lookup(target) === held))
                sites.push({ model, call, file });
        }
        // const t = new Tool(); t.run(cmd): an instance made in this module.
        const own = cls?.name ? model.lookup(cls.name) : undefined;
        if (own)
            for (const call of instanceCalls(model, (e) => ts.isIdentifier(skipOuter(e)) && model.lookup(skipOuter(e)) === own, member))
                sites.push({ model, call, file });
    }
    if (exported.length || (member && instanceOf)) {
        const root = projectRoot(file);
        if (!root || !sources(root))
            return null;
        const needles = instanceOf ? [instanceOf === 'default' ? 'new ' : instanceOf] : exported.map((n) => (n === 'default' ? '(' : n.slice(n.lastIndexOf('.') + 1)));
        for (const { abs, model: m, specs } of importingModules(file, needles)) {
            const names = new Set(specs.flatMap((spec) => exported.map((n) => (n === 'default' ? moduleName(spec) : `${moduleName(spec)}.${n}`))));
            for (const { call } of m.callsTo(names))
                sites.push({ model: m, call, file: abs });
            if (member && instanceOf) {
                const classes = new Set(specs.map((spec) => (instanceOf === 'default' ? moduleName(spec) : `${moduleName(spec)}.${instanceOf}`)));
                for (const call of instanceCalls(m, (e) => classes.has(m.qualifiedName(e) ?? ''), member))
                    sites.push({ model: m, call, file: abs });
            }
        }
    }
    const outside = sites.filter((s) => !isProjectTest(s.file, file));
    return outside.length ? outside : null;
}
