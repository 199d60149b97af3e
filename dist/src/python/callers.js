import path from 'node:path';
import { isListed } from '../knowledge/commands.js';
import { argument } from './analysis.js';
import { outerExpression } from './semantic.js';
import { resolvedCalls } from './project-imports.js';
import { MAX_CHAIN } from './wrapper-prefilter.js';
import { resolveModule } from './project.js';
import { parameterOf } from './wrappers.js';
import { baseIndex, callerRoot, importsFile, indexOf, modelOf, pythonFiles } from './project-files.js';
/**
 * Every call of `name`, a module-level function or class of `defFile`, in the repository; null
 * when the callers cannot all be seen (no repository root, too many files, no parser).
 */
export function projectCallers(defFile, name, own, method) {
    const root = callerRoot(defFile);
    const files = root && pythonFiles(root);
    if (!root || !files)
        return null;
    if (method)
        return methodCallers(root, files, defFile, method, name, own);
    const def = path.resolve(defFile);
    const ownPath = own && path.resolve(own.file);
    const out = [];
    const indexed = indexOf(root, files).get(name) ?? [];
    const candidates = ownPath && !indexed.some((f) => path.resolve(f) === ownPath) ? [...indexed, own.file] : indexed;
    for (const file of candidates) {
        const mine = ownPath !== undefined && path.resolve(file) === ownPath;
        const isDef = path.resolve(file) === def;
        // Another module's calls reach `name` only through an import of `defFile`: read from the
        // text first, so that a file that calls some other `name(` is not parsed.
        if (!isDef && !mine && !importsFile(file, def))
            continue;
        const model = mine ? own.model : modelOf(file);
        if (!model)
            continue;
        const found = resolvedCalls(model, file, isDef ? new Map([[name, true]]) : new Map(), (target) => (path.resolve(target) === def ? new Map([[name, true]]) : new Map()));
        for (const { call } of found)
            out.push({ file, model, call });
    }
    return out;
}
/**
 * Ex) class BuscoAnalysis: def _p_open(self, cmd, name): ... self._p_open(['rm', path], 'bash')
 * The calls of a method that take its command, when they can all be seen: `self.name(...)` or
 * `cls.name(...)` inside its own class or a subclass (a class of the project that names it, or a
 * subclass of it, among its bases). Any other mention of the name (a file with no such class that
 * calls `name(`, an instance's `x.name(...)`, the bound method handed on) may reach it with a
 * command not seen here: null.
 */
function methodCallers(root, files, defFile, className, name, own) {
    const def = path.resolve(defFile);
    const ownPath = own && path.resolve(own.file);
    const calls = indexOf(root, files);
    // The class and its subclasses across the project (subclassesOf), by name and file.
    const subclasses = subclassesOf(root, defFile, className);
    const family = new Set([className, ...subclasses.map((c) => c.name)]);
    const familyFiles = new Set([def, ...subclasses.map((c) => c.file)]);
    const out = [];
    for (const f of new Set([...(calls.get(name) ?? []).map((x) => path.resolve(x)), def])) {
        if (!familyFiles.has(f))
            return null;
        const model = own && ownPath === f ? own.model : modelOf(f);
        if (!model)
            return null;
        for (const id of model.occurrences(name)) {
            const parent = id.parent;
            if (parent?.type === 'function_definition' && parent.childForFieldName('name')?.id === id.id)
                continue;
            const object = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent.childForFieldName('object') : null;
            const call = object && outerExpression(parent).parent;
            if (!object || call?.type !== 'call' || call.childForFieldName('function')?.id !== outerExpression(parent).id)
                return null;
            if (object.type !== 'identifier' || !['self', 'cls'].includes(object.text))
                return null;
            let cls = call.parent;
            while (cls && cls.type !== 'class_definition')
                cls = cls.parent;
            if (!family.has(cls?.childForFieldName('name')?.text ?? ''))
                return null;
            out.push({ file: f, model, call });
        }
    }
    return out;
}
// Where a function takes its command: in wrappers.ts, which builds chains of wrappers with it.
export { parameterOf } from './wrappers.js';
/** A file of the project's tests: what a test passes says little of what the program runs. */
export const isTest = (file) => /(^|[\\/])(tests?|testing)[\\/]|(^|[\\/])test_[^\\/]*\.py$|_test\.py$/.test(file);
/**
 * The commands the callers of a wrapper pass as its parameter, judged by `judge` (true: can
 * fill the pipe), but for the calls `harmless` clears; null when the callers are not known. A
 * caller that passes its own parameter on (`def run_shell(cmd): return execute(cmd)`) is itself a
 * wrapper: its callers are judged in its place, up to MAX_CHAIN levels, and the verdict names
 * the outermost call sites (`harmless` speaks of the direct calls only).
 */
export function judgeCallers(own, wrapper, classify, grows, harmless = () => false, returnsHandle = false) {
    return judgeChain(own, own.file, wrapper, classify, grows, harmless, returnsHandle, 0, new Set([`${path.resolve(own.file)}:${wrapper.name}`]));
}
/**
 * `returnsHandle`: the wrapper returns the process on some path (`if not wait: return p`). A
 * caller that keeps that handle (`p = start(cmd, wait=False)`, then reads it) takes another
 * path than the one judged here: its callers are followed only when it returns the call as is
 * (`return execute(cmd, wait=True)`), so that they get what the wrapper gives.
 */
function judgeChain(own, file, wrapper, classify, grows, harmless, returnsHandle, depth, seen) {
    const origin = own.file;
    const callers = projectCallers(file, wrapper.name, own, wrapper.method);
    if (!callers || callers.length === 0)
        return null;
    const out = { growing: null, unlisted: null, unseen: 0, unseenOutsideTests: 0, unseenAt: null, unseenWhy: 'unknown', count: 0 };
    const where = (c) => `${path.relative(path.dirname(origin), c.file) || path.basename(c.file)}:${c.call.startPosition.row + 1}`;
    const unseen = (c, why = 'unknown') => {
        out.unseen++;
        if (!isTest(c.file))
            out.unseenOutsideTests++;
        if (out.unseenAt === null) {
            out.unseenAt = where(c);
            out.unseenWhy = why;
        }
    };
    // The evidence names a caller of the program itself before one in its tests.
    const better = (found, than) => !!found && (!than || (isTest(than.file) && !isTest(found.file)));
    for (const c of callers) {
        // Ex) a caller that passes wait=True to a wrapper that drains when asked (wrapper-flags.ts).
        if (harmless(c.call))
            continue;
        out.count++;
        const args = c.call.childForFieldName('arguments')?.namedChildren ?? [];
        if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) {
            unseen(c);
            continue;
        }
        const arg = argument(c.call, wrapper.index, wrapper.paramName);
        const output = classify(c.model, arg);
        if (output.program === null && grows(output)) {
            // Ex) def run_shell(command): return execute(command) - run_shell's callers pass the command.
            const passedOn = !returnsHandle || outerExpression(c.call).parent?.type === 'return_statement';
            const outer = depth + 1 < MAX_CHAIN && passedOn ? parameterOf(c.model, arg) : null;
            const key = outer && `${path.resolve(c.file)}:${outer.name}`;
            const chained = outer && !seen.has(key) ? judgeChain(own, c.file, outer, classify, grows, () => false, returnsHandle, depth + 1, seen.add(key)) : null;
            if (!chained) {
                unseen(c, !passedOn && parameterOf(c.model, arg) ? 'keeps' : 'unknown');
                continue;
            }
            out.count += chained.count - 1;
            out.unseen += chained.unseen;
            out.unseenOutsideTests += chained.unseenOutsideTests;
            if (out.unseenAt === null && chained.unseenAt !== null) {
                out.unseenAt = chained.unseenAt;
                out.unseenWhy = chained.unseenWhy;
            }
            if (better(chained.growing, out.growing))
                out.growing = chained.growing;
            if (better(chained.unlisted, out.unlisted))
                out.unlisted = chained.unlisted;
        }
        else if (grows(output)) {
            const found = { output, at: where(c), fn: wrapper.name, file: c.file };
            if (better(found, out.growing))
                out.growing = found;
            if ((output.program === null || !isListed(output.program)) && better(found, out.unlisted))
                out.unlisted = found;
        }
    }
    return out;
}
/**
 * The evidence for a wrapper judged at its definition because its callers' commands are not
 * all seen: a caller that passes a command the code does not show; no caller in the repository
 * (a function for code outside it); or no repository to look in.
 */
export function unseenCallers(file, wrapper, judged) {
    if (judged?.unseenAt && judged.unseenWhy === 'keeps')
        return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and the caller at ${judged.unseenAt} passes on a command it was given and keeps the process`;
    if (judged?.unseenAt)
        return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and the caller at ${judged.unseenAt} passes a command not known statically`;
    if (judged)
        return 'the command is not known statically';
    const root = callerRoot(file);
    if (root && pythonFiles(root))
        return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and no caller in this repository shows the command`;
    return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, whose callers this run cannot see: no repository around the file, or an installed library`;
}
/** How many generations of subclasses are followed: Base -> Tool -> SpecialTool. */
const MAX_GENERATIONS = 3;
/**
 * The reads of `self.<attr>` in the subclasses of `className` (a class of `defFile`) that other
 * modules of the repository define (a module's own subclasses are in its own model); null when
 * they cannot all be seen (no repository root, too many files, no parser).
 */
export function subclassAttributeUses(defFile, className, attr) {
    const root = callerRoot(defFile);
    const files = root && pythonFiles(root);
    if (!root || !files)
        return null;
    indexOf(root, files);
    const out = [];
    for (const { file, name, model, cls } of subclassesOf(root, defFile, className)) {
        if (file === path.resolve(defFile))
            continue;
        for (const id of model.occurrences(attr)) {
            const ref = id.parent;
            if (ref?.type !== 'attribute' || ref.childForFieldName('attribute')?.id !== id.id || id.startIndex < cls.startIndex || id.endIndex > cls.endIndex)
                continue;
            if (ref.childForFieldName('object')?.text !== 'self')
                continue;
            let fn = ref.parent;
            while (fn && fn.type !== 'function_definition')
                fn = fn.parent;
            out.push({ file, where: `${name}.${fn?.childForFieldName('name')?.text ?? ''}`, ref });
        }
    }
    return out;
}
/**
 * The subclasses of `className` (a class of `defFile`) in the repository, up to MAX_GENERATIONS
 * deep: `class Tool(Base)`, `class Tool(tools.Base)` in `defFile` or in a module that imports the
 * parent's module. The repository's index (indexOf) must be built.
 */
function subclassesOf(root, defFile, className) {
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
function topLevelDef(model, name) {
    const defs = model.tree.rootNode.namedChildren.map((c) => (c.type === 'decorated_definition' ? c.childForFieldName('definition') : c))
        .filter((d) => d?.type === 'function_definition' && d.childForFieldName('name')?.text === name);
    return defs.length === 1 ? defs[0] : null;
}
/**
 * The function a qualified name from `fromFile`'s imports reaches in another module of the
 * repository (`util.kill_app`): the module the import resolves to, or, when the import cannot be
 * resolved from the file's folders (a folder the program puts on `sys.path`), the one module of
 * the repository named as the import's last part (`util.py`) that defines the function. Null
 * when none, or more than one, is found.
 */
export function projectFunction(fromFile, qualified) {
    const dot = qualified.lastIndexOf('.');
    if (dot <= 0)
        return null;
    const name = qualified.slice(dot + 1);
    const moduleName = qualified.slice(0, dot);
    const target = resolveModule(fromFile, moduleName);
    if (target) {
        const model = modelOf(target);
        const def = model && topLevelDef(model, name);
        return def ? { file: target, model: model, def } : null;
    }
    const root = callerRoot(fromFile);
    const files = root && pythonFiles(root);
    if (!root || !files)
        return null;
    const stem = moduleName.slice(moduleName.lastIndexOf('.') + 1);
    const found = [];
    for (const file of indexOf(root, files).get(name) ?? []) {
        if (path.basename(file) !== `${stem}.py`)
            continue;
        const model = modelOf(file);
        const def = model && topLevelDef(model, name);
        if (def)
            found.push({ file, model: model, def });
    }
    return found.length === 1 ? found[0] : null;
}
