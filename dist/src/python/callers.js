import path from 'node:path';
import { isListed } from '../knowledge/commands.js';
import { outerExpression } from './semantic.js';
import { resolvedCalls } from './project-imports.js';
import { MAX_CHAIN } from './wrapper-prefilter.js';
import { resolveModule } from './project.js';
import { parameterOf } from './wrappers.js';
import { opaqueArguments, passedArgument } from './started-targets.js';
import { argumentsOf } from './caller.js';
import { isTestPath } from '../test-files.js';
import { callerRoot, importsFile, indexOf, modelOf, pythonFiles } from './project-files.js';
import { methodCallers, subclassesOf } from './method-callers.js';
/**
 * Every call of `name`, a module-level function or class of `defFile`, in the repository; null
 * when the callers cannot all be seen (no repository root, too many files, no parser).
 */
export function projectCallers(defFile, name, own, method, untraced) {
    const root = callerRoot(defFile);
    const files = root && pythonFiles(root);
    if (!root || !files)
        return null;
    if (method?.method)
        return methodCallers(root, files, defFile, method, own, untraced);
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
        const found = resolvedCalls(model, file, isDef ? new Map([[name, true]]) : new Map(), (target) => (path.resolve(target) === def ? new Map([[name, true]]) : new Map()), true);
        for (const { call, passed } of found)
            out.push(passed ? { file, model, call, passed } : { file, model, call });
    }
    return out;
}
// Where a function takes its command: in wrappers.ts, which builds chains of wrappers with it.
export { parameterOf } from './wrappers.js';
/**
 * The commands the callers of a wrapper pass as its parameter, judged by `judge` (true: can
 * fill the pipe), but for the calls `harmless` clears; null when the callers are not known. A
 * caller that passes its own parameter on (`def run_shell(cmd): return execute(cmd)`) is itself a
 * wrapper: its callers are judged in its place, up to MAX_CHAIN levels, and the verdict names
 * the outermost call sites (`harmless` speaks of the direct calls only).
 */
export function judgeCallers(own, wrapper, classify, grows, harmless = () => false, returnsHandle = false) {
    return judgeChain(own, own.file, wrapper, classify, grows, harmless, returnsHandle, 0, new Set([`${path.resolve(own.file)}:${wrapper.method ?? ''}.${wrapper.name}`]));
}
/**
 * `returnsHandle`: the wrapper returns the process on some path (`if not wait: return p`). A
 * caller that keeps that handle (`p = start(cmd, wait=False)`, then reads it) takes another
 * path than the one judged here: its callers are followed only when it returns the call as is
 * (`return execute(cmd, wait=True)`), so that they get what the wrapper gives.
 */
function judgeChain(own, file, wrapper, classify, grows, harmless, returnsHandle, depth, seen) {
    const origin = own.file;
    let untraced = null;
    const callers = projectCallers(file, wrapper.name, own, wrapper, (f, line) => (untraced = { file: f, line }));
    const out = { growing: null, unlisted: null, started: null, unseen: 0, unseenOutsideTests: 0, unseenAt: null, unseenWhy: 'unknown', count: 0 };
    const whereIn = (f, line) => `${path.relative(path.dirname(origin), f) || path.basename(f)}:${line}`;
    const where = (c) => whereIn(c.file, c.call.startPosition.row + 1);
    // Ex) runner.run_step(cmd) on a runner of no known class: the method may get any command there.
    const seenUntraced = untraced;
    if (!callers && seenUntraced)
        return { ...out, count: 1, unseen: 1, unseenOutsideTests: isTestPath(seenUntraced.file) ? 0 : 1, unseenAt: whereIn(seenUntraced.file, seenUntraced.line), unseenWhy: 'receiver' };
    // Ex) def __run(self, cmd) that nothing in its class calls: a name-mangled method is reached
    // only from its class's body (method-callers.ts), so no call runs it: no command at all.
    if (callers?.length === 0 && wrapper.method && wrapper.name.startsWith('__') && !wrapper.name.endsWith('__'))
        return out;
    if (!callers || callers.length === 0)
        return null;
    const unseen = (c, why = 'unknown') => {
        out.unseen++;
        if (!isTestPath(c.file))
            out.unseenOutsideTests++;
        if (out.unseenAt === null) {
            out.unseenAt = where(c);
            out.unseenWhy = why;
        }
    };
    // The evidence names a caller of the program itself before one in its tests.
    const better = (found, than) => !!found && (!than || (isTestPath(than.file) && !isTestPath(found.file)));
    for (const c of callers) {
        // Ex) a caller that passes wait=True to a wrapper that drains when asked (wrapper-flags.ts).
        const args = argumentsOf(c);
        if (harmless(args))
            continue;
        out.count++;
        if (opaqueArguments(args)) {
            unseen(c);
            continue;
        }
        const arg = passedArgument(args, wrapper.index, wrapper.paramName);
        const output = classify(c.model, arg);
        if (output.program === null && grows(output)) {
            // Ex) def run_shell(command): return execute(command) - run_shell's callers pass the command.
            const passedOn = !returnsHandle || (!c.passed && outerExpression(c.call).parent?.type === 'return_statement');
            const outer = depth + 1 < MAX_CHAIN && passedOn ? parameterOf(c.model, arg, true) : null;
            const key = outer && `${path.resolve(c.file)}:${outer.method ?? ''}.${outer.name}`;
            const chained = outer && !seen.has(key) ? judgeChain(own, c.file, outer, classify, grows, () => false, returnsHandle, depth + 1, seen.add(key)) : null;
            if (!chained) {
                unseen(c, !passedOn && parameterOf(c.model, arg, true) ? 'keeps' : 'unknown');
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
            if (better(chained.started, out.started))
                out.started = chained.started;
        }
        else if (grows(output)) {
            const found = { output, at: where(c), fn: wrapper.name, file: c.file };
            if (better(found, out.growing))
                out.growing = found;
            if ((output.program === null || !isListed(output.program)) && better(found, out.unlisted))
                out.unlisted = found;
            if (c.passed && better(found, out.started))
                out.started = found;
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
    if (judged?.unseenAt && judged.unseenWhy === 'receiver')
        return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and it is reached at ${judged.unseenAt} in a way this run cannot follow (on an object of no known class, or handed on), with any command`;
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
