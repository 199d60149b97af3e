import fs from 'node:fs';
import path from 'node:path';
import { skipsPython } from '../discover.js';
import { isListed } from '../knowledge/commands.js';
import { argument } from './analysis.js';
import { outerExpression, PythonModel } from './semantic.js';
import { importTargets, resolvedCalls } from './project-imports.js';
import { MAX_CHAIN } from './wrapper-prefilter.js';
import { resolveModule } from './project.js';
import { parameterOf, projectParser } from './wrappers.js';
/**
 * The callers of a project function or class, across the repository (item 1 of the audit of
 * issue 12): a wrapper whose command is its parameter is judged with the commands its callers
 * pass. The repository's Python files are listed and read once per run (the folder holding
 * `.git`, or a project's outermost `pyproject.toml`/`setup.py`/`setup.cfg`: repositoryRoot; the
 * names each calls are kept, not the text); a file that calls the name is parsed, once.
 * Without a repository root, or past MAX_FILES, the callers are unknown (null). The folders that
 * discovery skips for Python (dependencies, virtualenvs, build output) and hidden ones are not read.
 */
const MAX_FILES = 5_000;
const rootCache = new Map();
const listCache = new Map();
// Per repository root: name -> the files that call something by that name (`name(`), read once.
const callIndex = new Map();
// Per repository root: class name -> the files that define a class naming it among its bases.
const baseIndex = new Map();
const modelCache = new Map();
// A repository's own folder, whatever keeps its history.
const VCS = ['.git', '.hg', '.svn', '.bzr'];
// Files that make a folder a Python project: an unpacked release or a copy without history
// (a source tarball being migrated) has these at its root.
const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/**
 * The folder whose Python files may call a function of `file`: the nearest folder above it that
 * holds a repository (`.git`, `.hg`, `.svn`, `.bzr`); without one, the outermost folder above it
 * that holds a project file (`pyproject.toml`, `setup.py`, `setup.cfg`), so that a nested
 * package's callers in the rest of the project count too; null when neither is found.
 */
function repositoryRoot(file) {
    const dir = path.dirname(path.resolve(file));
    let hit = rootCache.get(dir);
    if (hit !== undefined)
        return hit;
    hit = null;
    let project = null;
    for (let d = dir;; d = path.dirname(d)) {
        if (VCS.some((v) => fs.existsSync(path.join(d, v)))) {
            hit = d;
            break;
        }
        if (PROJECT_FILES.some((f) => fs.existsSync(path.join(d, f))))
            project = d;
        if (path.dirname(d) === d)
            break;
    }
    hit ??= project;
    rootCache.set(dir, hit);
    return hit;
}
function pythonFiles(root) {
    if (listCache.has(root))
        return listCache.get(root);
    const out = [];
    const stack = [root];
    let ok = true;
    while (stack.length && ok) {
        const dir = stack.pop();
        let entries;
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (e.name.startsWith('.'))
                continue;
            const full = path.join(dir, e.name);
            if (e.isDirectory()) {
                if (!skipsPython(e.name, full))
                    stack.push(full);
            }
            else if (e.isFile() && e.name.endsWith('.py')) {
                out.push(full);
                if (out.length > MAX_FILES) {
                    ok = false;
                    break;
                }
            }
        }
    }
    const list = ok ? out : null;
    listCache.set(root, list);
    return list;
}
function textOf(file) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        return null; // unreadable: no callers there
    }
}
// Every file read once: the names it calls. The text is not kept.
function indexOf(root, files) {
    let index = callIndex.get(root);
    if (index)
        return index;
    index = new Map();
    callIndex.set(root, index);
    const bases = new Map();
    baseIndex.set(root, bases);
    const add = (map, n, file) => {
        let list = map.get(n);
        if (!list)
            map.set(n, (list = []));
        list.push(file);
    };
    for (const file of files) {
        const text = textOf(file);
        if (text === null)
            continue;
        const names = new Set();
        for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g))
            names.add(m[1]);
        for (const n of names)
            add(index, n, file);
        // Ex) class AircrackTool(tools.Base, Mixin): the last part of each base's name.
        const named = new Set();
        for (const m of text.matchAll(/^[ \t]*class\s+\w+\s*\(([^)]*)\)/gm))
            for (const b of m[1].matchAll(/(\w+)\s*(?:,|$)/g))
                named.add(b[1]);
        for (const n of named)
            add(bases, n, file);
    }
    return index;
}
// Per file: the project modules its import lines bring in (resolved paths).
const importCache = new Map();
function importsFile(file, def) {
    let targets = importCache.get(file);
    if (!targets) {
        const text = textOf(file);
        targets = new Set(text === null ? [] : [...importTargets(text, file)].map((t) => path.resolve(t.target)));
        importCache.set(file, targets);
    }
    return targets.has(def);
}
function modelOf(file) {
    if (!modelCache.has(file)) {
        const text = textOf(file);
        let model = null;
        try {
            const parse = projectParser();
            if (text !== null && parse)
                model = new PythonModel(parse(text), text);
        }
        catch {
            /* unparsable: no callers there */
        }
        modelCache.set(file, model);
    }
    return modelCache.get(file);
}
// The repository whose files may call a function of defFile, or null when they cannot be listed.
function callerRoot(defFile) {
    const root = repositoryRoot(defFile);
    if (!root || !projectParser())
        return null;
    // An installed library (site-packages, a virtualenv) is not the project: its callers are not here.
    let dir = root;
    for (const part of path.relative(root, path.dirname(path.resolve(defFile))).split(path.sep).filter(Boolean)) {
        dir = path.join(dir, part);
        if (part.startsWith('.') || skipsPython(part, dir))
            return null;
    }
    return root;
}
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
    const bases = baseIndex.get(root);
    // The class and its subclasses, by name, down the project's class statements.
    const family = new Set([className]);
    const familyFiles = new Set([def]);
    for (let grew = true; grew;) {
        grew = false;
        for (const [base, holders] of bases) {
            if (!family.has(base))
                continue;
            for (const f of holders) {
                // Ex) class GenomeAnalysis(BuscoAnalysis), class X(busco.BuscoAnalysis, Mixin)
                for (const id of modelOf(f)?.occurrences(base) ?? []) {
                    const named = id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id ? id.parent : id;
                    const c = named.parent?.type === 'argument_list' ? named.parent.parent : null;
                    const cname = c?.type === 'class_definition' ? c.childForFieldName('name')?.text : undefined;
                    if (cname && !family.has(cname)) {
                        family.add(cname);
                        familyFiles.add(path.resolve(f));
                        grew = true;
                    }
                }
            }
        }
    }
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
                    // Ex) class Tool(Base): / class Tool(tools.Base):
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
                    if (abs === path.resolve(defFile))
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
