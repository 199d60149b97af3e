import path from 'node:path';
import { importTargets } from './project-imports.js';
import { outerExpression, unparenthesize } from './semantic.js';
import { startedTarget } from './started-targets.js';
import { baseIndex, importsFile, indexOf, modelOf, textOf } from './project-files.js';
/**
 * The calls of a method that takes its command (callers.ts asks), when they can all be seen.
 * A call reaches the method when its receiver is known to be the class or one of its instances:
 *
 * Ex) self._run(cmd) / cls._run(cmd) / super()._run(cmd)   inside the class or a subclass
 *     Tool._run(cmd)                  on the class (a static or class method; a plain one takes the instance first)
 *     Tool()._run(cmd)                on an instance made there (udocker: `Uprocess().pipe(cmd1, cmd2)`)
 *     t = Tool(); t._run(cmd)         on a name bound once, to an instance
 *     self.tool = Tool() ... self.tool._run(cmd)   on an attribute the class binds only to instances
 *     Thread(target=self._run, args=(cmd,))        a start of any of these (started-targets.ts)
 *
 * A receiver known to be something else (a module: `os.pipe()` is no call of a method `pipe`)
 * is no call of it. Any other mention of the name (an object of unknown class, `self` of an
 * unrelated class, the bound method handed on) may reach it with a command not seen here: null.
 */
export function methodCallers(root, files, defFile, wrapper, own, untraced) {
    const { name, method: className } = wrapper;
    const def = path.resolve(defFile);
    const ownPath = own && path.resolve(own.file);
    const calls = indexOf(root, files);
    // The class and its subclasses across the project (subclassesOf), by name and file.
    const family = [{ file: def, name: className }, ...subclassesOf(root, defFile, className).map((c) => ({ file: c.file, name: c.name }))];
    const familyNames = new Set(family.map((c) => c.name));
    const familyFiles = new Set(family.map((c) => c.file));
    const out = [];
    // Ex) def __run(self, cmd) in class Tool: Python writes `self.__run` inside Tool's body as
    // `self._Tool__run`, and the same text in any other class (a subclass, an unrelated class of
    // another module with a method of that name) as that class's own name: only Tool's body reaches it.
    const mangled = name.startsWith('__') && !name.endsWith('__');
    for (const f of new Set([...(calls.get(name) ?? []).map((x) => path.resolve(x)), def])) {
        if (mangled && f !== def)
            continue;
        const mine = ownPath === f;
        // A module that imports none of the family's modules can only reach the method on an
        // object it got from elsewhere: unknown, unless every mention is on a module it imports.
        if (!mine && !familyFiles.has(f) && !family.some((c) => importsFile(f, c.file))) {
            const text = textOf(f) ?? '';
            const at = untracedMention(text, name);
            if (at < 0)
                continue;
            untraced?.(f, text.slice(0, at).split('\n').length);
            return null;
        }
        const model = mine ? own.model : modelOf(f);
        if (!model)
            return null;
        const isClass = (expr) => family.some((c) => namesClass(model, f, c.file, c.name, expr));
        for (const id of model.occurrences(name)) {
            const parent = id.parent;
            if (parent?.type === 'function_definition' && parent.childForFieldName('name')?.id === id.id)
                continue;
            if (mangled && enclosingClass(id)?.childForFieldName('name')?.text !== className)
                continue;
            const attr = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent : null;
            const unknown = () => (untraced?.(f, id.startPosition.row + 1), null);
            if (!attr) {
                // A bare name reaches the method only in its class's body (`alias = _run`).
                if (model.scopeOf(id).kind === 'class')
                    return unknown();
                continue;
            }
            const object = attr.childForFieldName('object');
            const receiver = receiverOf(model, object, familyNames, isClass);
            if (receiver === 'other')
                continue;
            if (receiver === null)
                return unknown();
            const callee = outerExpression(attr);
            const call = callee.parent?.type === 'call' && callee.parent.childForFieldName('function')?.id === callee.id ? callee.parent : null;
            const started = call ? null : startedTarget(attr);
            // The bound method stored or handed anywhere else: its calls are not followed.
            if (!call && !started)
                return unknown();
            // Ex) Tool._run(t, cmd): a plain method called on the class takes the instance first.
            const shift = receiver === 'class' && wrapper.bound === 'instance' ? 1 : 0;
            const passed = started ? shifted(started.passed, shift) : shift ? shifted(callArguments(call), shift) : undefined;
            const at = call ?? started.call;
            out.push(passed ? { file: f, model, call: at, passed } : { file: f, model, call: at });
        }
    }
    return out;
}
/**
 * What a method's receiver is: the class itself ('class'), one of its instances or `self` in
 * the family ('instance'), something known to be another thing (a module) ('other'), or not
 * known (null).
 */
function receiverOf(model, object, family, isClass) {
    const o = unparenthesize(object);
    // Ex) self._run(...) / cls._run(...) / super()._run(...) in the class or a subclass.
    const selfLike = (o.type === 'identifier' && (o.text === 'self' || o.text === 'cls' || isFirstParameter(o))) || (o.type === 'call' && o.childForFieldName('function')?.text === 'super');
    if (selfLike)
        return family.has(enclosingClass(o)?.childForFieldName('name')?.text ?? '') ? 'instance' : null;
    if (isClass(o))
        return 'class';
    if (isInstance(model, o, isClass))
        return 'instance';
    // Ex) os.pipe(): a module bound by `import os`, or an attribute of one.
    let root = o;
    while (root.type === 'attribute')
        root = root.childForFieldName('object');
    if (root.type === 'identifier') {
        const found = model.lookup(root.text, model.scopeOf(root));
        if (found?.bindings.length && found.bindings.every((b) => b.kind === 'import' && isPlainImport(b.node)))
            return 'other';
    }
    return null;
}
// Ex) import os / import os.path as p: a module, never an instance.
function isPlainImport(node) {
    for (let n = node; n; n = n.parent) {
        if (n.type === 'import_statement')
            return true;
        if (n.type === 'import_from_statement' || n.type === 'module')
            return false;
    }
    return false;
}
function enclosingClass(node) {
    let n = node.parent;
    while (n && n.type !== 'class_definition')
        n = n.parent;
    return n;
}
// Ex) Tool(...): a call of the class (isClass).
function isConstruction(expr, isClass) {
    const e = unparenthesize(expr);
    const fn = e.type === 'call' ? e.childForFieldName('function') : null;
    return !!fn && isClass(fn);
}
/**
 * Ex) Tool()  /  t where `t = Tool()` is its only binding  /  self.tool where every `self.tool = ...`
 * of the class binds `Tool(...)`: an instance of the class.
 */
function isInstance(model, o, isClass) {
    if (isConstruction(o, isClass))
        return true;
    if (o.type === 'identifier') {
        const found = model.lookup(o.text, model.scopeOf(o));
        return !!found && found.bindings.length > 0 && found.bindings.every((b) => b.kind === 'assign' && !!b.value && b.node.parent?.type === 'assignment' && isConstruction(b.value, isClass));
    }
    const object = o.type === 'attribute' ? o.childForFieldName('object') : null;
    const attr = o.type === 'attribute' ? o.childForFieldName('attribute')?.text : undefined;
    if (object?.type !== 'identifier' || object.text !== 'self' || !attr)
        return false;
    const cls = enclosingClass(o);
    if (!cls)
        return false;
    let stores = 0;
    for (const id of model.occurrences(attr)) {
        if (id.startIndex < cls.startIndex || id.endIndex > cls.endIndex)
            continue;
        const a = id.parent;
        if (a?.type !== 'attribute' || a.childForFieldName('attribute')?.id !== id.id || a.childForFieldName('object')?.text !== 'self')
            continue;
        const holder = a.parent;
        if (holder?.type === 'assignment' && holder.childForFieldName('left')?.id === a.id) {
            const value = holder.childForFieldName('right');
            if (!value || !isConstruction(value, isClass))
                return false;
            stores++;
        }
        else if (holder && (holder.type === 'augmented_assignment' ? holder.childForFieldName('left')?.id === a.id : /pattern|^(tuple|list)$/.test(holder.type) && holder.parent?.type === 'assignment'))
            return false; // bound some other way
    }
    return stores > 0;
}
/**
 * Whether `expr` names the class `name` of `classFile` in `file`'s model: the module-level
 * class itself in its own module, else through an import of that module (as resolvedCalls
 * resolves a call's function).
 */
function namesClass(model, file, classFile, name, expr) {
    if (path.resolve(file) === classFile) {
        if (expr.type !== 'identifier' || expr.text !== name)
            return false;
        const found = model.lookup(name, model.scopeOf(expr));
        return found?.scope === model.module && found.bindings.length === 1 && found.bindings[0].node.parent?.type === 'class_definition';
    }
    const last = expr.type === 'attribute' ? expr.childForFieldName('attribute')?.text : expr.type === 'identifier' ? expr.text : undefined;
    if (last !== name)
        return false;
    const q = model.qualifiedName(expr);
    for (const { moduleName, target, qualifiedModule } of importTargets(model.text, file)) {
        if (path.resolve(target) !== classFile)
            continue;
        if (q === `${qualifiedModule}.${name}`)
            return true;
        // Ex) from .tools import Tool: a relative import the qualified names do not resolve.
        if (moduleName.startsWith('.') && q === null && expr.type === 'identifier' && !!model.lookup(name, model.scopeOf(expr))?.bindings.some((b) => b.kind === 'other' && b.node.parent?.parent?.type === 'import_from_statement'))
            return true;
    }
    return false;
}
// The offset of the first `<receiver>.name` of the text whose receiver is not a module the text
// imports with `import <receiver>` (`os.pipe`), nor `self`/`cls` (in a module that imports none of
// the family's modules, its own classes' instances: blind audit 43, EveIDE_LIGHT's two threads each
// with a do_cmd), and that is not in a comment, or -1.
function untracedMention(text, name) {
    const modules = new Set();
    for (const m of text.matchAll(/^[\uFEFF \t]*import[ \t]+([^\n#;]+)/gm)) {
        for (const part of m[1].split(',')) {
            const words = part.trim().split(/\s+/);
            modules.add(words.length === 3 && words[1] === 'as' ? words[2] : words[0].split('.')[0]);
        }
    }
    for (const m of text.matchAll(new RegExp(`([\\w)\\]]+)\\s*\\.\\s*${name}\\b`, 'g'))) {
        if (modules.has(m[1]) || m[1] === 'self' || m[1] === 'cls')
            continue;
        // Ex) #self.do_cmd(self.simulateList): a line commented out calls nothing.
        if (text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).includes('#'))
            continue;
        return m.index + m[0].length - name.length;
    }
    return -1;
}
// A call's own arguments, as a start would pass them.
function callArguments(call) {
    const out = { positional: [], keywords: new Map(), opaque: false };
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a.type === 'comment')
            continue;
        if (a.type === 'list_splat' || a.type === 'dictionary_splat')
            out.opaque = true;
        else if (a.type === 'keyword_argument')
            out.keywords.set(a.childForFieldName('name').text, a.childForFieldName('value'));
        else
            out.positional.push(a);
    }
    return out;
}
const shifted = (p, by) => (by ? { ...p, positional: p.positional.slice(by) } : p);
/** How many generations of subclasses are followed: Base -> Tool -> SpecialTool. */
const MAX_GENERATIONS = 3;
/**
 * The subclasses of `className` (a class of `defFile`) in the repository, up to MAX_GENERATIONS
 * deep: `class Tool(Base)`, `class Tool(tools.Base)` in `defFile` or in a module that imports the
 * parent's module. The repository's index (indexOf) must be built.
 */
export function subclassesOf(root, defFile, className) {
    const out = [];
    const seen = new Set();
    let generation = [{ file: path.resolve(defFile), name: className }];
    for (let depth = 0; depth < MAX_GENERATIONS && generation.length; depth++) {
        const next = [];
        for (const parent of generation) {
            for (const file of baseIndex.get(root).get(parent.name) ?? []) {
                const abs = path.resolve(file);
                // Another module's class reaches the base only through an import of its module.
                if (abs !== parent.file && !importsFile(file, parent.file))
                    continue;
                const model = modelOf(file);
                if (!model)
                    continue;
                for (const id of model.occurrences(parent.name)) {
                    const base = id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id ? id.parent : id;
                    const cls = base.parent?.type === 'argument_list' ? base.parent.parent : null;
                    if (cls?.type !== 'class_definition' || cls.childForFieldName('superclasses')?.id !== base.parent.id)
                        continue;
                    const name = cls.childForFieldName('name')?.text ?? '';
                    const key = `${abs}:${name}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    next.push({ file: abs, name });
                    out.push({ file: abs, name, model, cls });
                }
            }
        }
        generation = next;
    }
    return out;
}
/** Ex) def run(this): this._x(): the first parameter of a method (not a static one), whatever its name. */
function isFirstParameter(id) {
    let fn = id.parent;
    while (fn && fn.type !== 'function_definition')
        fn = fn.parent;
    if (!fn)
        return false;
    const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
    if (holder.parent?.type !== 'block' || holder.parent.parent?.type !== 'class_definition')
        return false;
    if (holder.type === 'decorated_definition' && holder.namedChildren.some((d) => d.type === 'decorator' && /\bstaticmethod\b/.test(d.text)))
        return false;
    const first = fn.childForFieldName('parameters')?.namedChildren.find((p) => p.type !== 'comment');
    const name = first?.type === 'identifier' ? first : first?.type === 'typed_parameter' ? first.namedChildren[0] : null;
    return name?.text === id.text;
}
