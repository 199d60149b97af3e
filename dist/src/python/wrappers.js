import fs from 'node:fs';
import { argument, callsTo, handleUses } from './analysis.js';
import { resolvedCalls } from './project-imports.js';
import { drainFlags, flagsAt, guardFlags, skippedArms } from './wrapper-flags.js';
import { classWrapper } from './wrapper-class.js';
import { MAX_CHAIN, mayReturnHandle, namesOpener, wrapperNamesByText } from './wrapper-prefilter.js';
import { mayQualifyAs, outerExpression, PythonModel, unparenthesize } from './semantic.js';
import { copiedList } from './list-copy.js';
import { chosenStreams } from './pipe-choice.js';
/** `execute()`, or `execute() through run_shell()` for a wrapper of a wrapper. */
export function internalName(s, internal) {
    return internal.fn === s.name ? `${s.name}()` : `${internal.fn}() through ${s.name}()`;
}
/**
 * Ex) def run(cmd): subprocess.Popen(cmd, stdout=PIPE).wait()  - the command is `run`'s
 * parameter: the module-level function, the parameter's position and name. With `methods`, a
 * method of a module-level class too (its callers: callers.ts, methodCallers); the position then
 * leaves out `self` or `cls`.
 */
export function parameterOf(model, arg, methods = false) {
    const n = commandName(arg);
    if (!n)
        return null;
    const found = model.lookup(n.text, model.scopeOf(n));
    const param = found?.bindings.find((b) => b.kind === 'param');
    const def = found?.scope.node;
    if (!param || def?.type !== 'function_definition')
        return null;
    // Ex) args = (bin_path,) + tuple(args) - rebound with more than the caller passed: the callers'
    // commands are not this one. A rebinding from the parameter alone keeps it (shlex.split(cmd)).
    if (found.bindings.some((b) => b !== param && !(b.kind === 'assign' && b.value && sameCommand(b.value, n.text))))
        return null;
    const decorated = def.parent?.type === 'decorated_definition' ? def.parent : null;
    const holder = (decorated ?? def).parent;
    const cls = holder?.type === 'block' && holder.parent?.type === 'class_definition' && holder.parent.parent?.type === 'module' ? holder.parent : null;
    if (holder?.type !== 'module' && !(methods && cls))
        return null;
    const params = def.childForFieldName('parameters')?.namedChildren ?? [];
    const index = params.findIndex((p) => p.id === param.node.id || p.namedChildren.some((c) => c.id === param.node.id) || p.childForFieldName('name')?.id === param.node.id);
    const name = def.childForFieldName('name')?.text;
    if (!name || index < 0 || params.slice(0, index + 1).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern'))
        return null;
    if (!cls)
        return { name, index, paramName: n.text };
    // self or cls comes first, but in a static method; the command cannot be that first parameter.
    const isStatic = !!decorated?.namedChildren.some((d) => d.type === 'decorator' && /^@\s*staticmethod\b/.test(d.text));
    const isClass = !!decorated?.namedChildren.some((d) => d.type === 'decorator' && /^@\s*classmethod\b/.test(d.text));
    const skip = isStatic ? 0 : 1;
    const className = cls.childForFieldName('name')?.text;
    if (index < skip || !className)
        return null;
    return { name, index: index - skip, paramName: n.text, method: className, bound: isStatic ? 'static' : isClass ? 'class' : 'instance' };
}
// Ex) cmd, (cmd), shlex.split(cmd), cmd.split(), list(cmd): the name whose value is the command,
// written as is or made into an argv by calls that keep the same command (SAME_COMMAND).
function commandName(arg) {
    const n = arg && unparenthesize(arg);
    if (!n)
        return null;
    // Ex) Popen([str(x) for x in cmd]): a copy of the command, word for word.
    const copied = copiedList(n);
    if (copied)
        return commandName(copied);
    if (n.type === 'identifier')
        return n;
    if (n.type !== 'call')
        return null;
    const names = n.descendantsOfType('identifier').filter((id) => !SAME_COMMAND.has(id.text));
    return names.length > 0 && names.every((id) => id.text === names[0].text) && sameCommand(n, names[0].text) ? names[0] : null;
}
// The names a rebinding of a command parameter may use and still hold the same command.
const SAME_COMMAND = new Set(['shlex', 'split', 'str', 'list', 'tuple', 'isinstance', 'basestring', 'unicode', 'bytes', 'strip', 'encode', 'decode', 'join']);
// Ex) cmd = shlex.split(cmd) / cmd = cmd.split() if isinstance(cmd, str) else cmd
function sameCommand(value, name) {
    const copied = copiedList(value);
    if (copied)
        return sameCommand(copied, name);
    return value.descendantsOfType('identifier').every((id) => id.text === name || SAME_COMMAND.has(id.text));
}
const OPENERS = new Set(['os.popen', 'platform.popen', 'subprocess.Popen']);
/** Module-level functions of `model` that return an opener's handle with a parameter as the command. */
const summaryCache = new WeakMap();
export function wrapperSummaries(model) {
    let out = summaryCache.get(model);
    if (out)
        return out;
    out = new Map();
    summaryCache.set(model, out);
    // The module's opener calls, found once (not once per function).
    let openers = null;
    // Where a name that can call an opener occurs (see openerNames), found when first asked.
    let names = null;
    for (const fn of model.tree.rootNode.namedChildren) {
        const def = fn.type === 'decorated_definition' ? fn.childForFieldName('definition') : fn;
        if (def?.type !== 'class_definition' && def?.type !== 'function_definition')
            continue;
        // Every summary below rests on a call of an opener written inside the definition: a
        // definition where no name that can call one occurs is none (most of a module's).
        if (gates && !occursWithin((names ??= openerNames(model)), def.startIndex, def.endIndex))
            continue;
        if (def.type === 'class_definition') {
            const found = classWrapper(model, def);
            const name = def.childForFieldName('name').text;
            if (found) {
                const { summary, pipes, param, paramName } = found;
                out.set(name, { name, opener: 'subprocess.Popen', param, paramName, stdout: pipes.stdout, stderr: pipes.stderr, merged: pipes.merged, shell: pipes.shell, line: pipes.call.startPosition.row + 1, cls: summary });
            }
            continue;
        }
        const name = def.childForFieldName('name')?.text;
        const params = def.childForFieldName('parameters')?.namedChildren.map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text ?? '')) ?? [];
        const body = def.childForFieldName('body');
        if (!name || !body)
            continue;
        for (const stmt of body.descendantsOfType('return_statement')) {
            let value = stmt.namedChildren[0] ? unparenthesize(stmt.namedChildren[0]) : null;
            // Ex) p = subprocess.Popen(args, ...); ...; return p - the handle bound once, then returned.
            if (value?.type === 'identifier') {
                const found = model.lookup(value.text, model.scopeOf(value));
                const only = found?.scope.node.id === def.id && found.bindings.length === 1 ? found.bindings[0] : null;
                value = only?.kind === 'assign' && only.value ? unparenthesize(only.value) : null;
            }
            const summary = value?.type === 'call' ? openerSummary(model, name, value, params) : null;
            if (summary) {
                const guards = returnGuards(model, value, body);
                out.set(name, guards.length ? { ...summary, returnedUnder: { guards, internal: { opener: value, model, fn: name } } } : summary);
                break;
            }
        }
        if (out.has(name))
            continue;
        // Ex) def exec_bash(command): os.popen(command)  /  def run(cmd): Popen(cmd, stdout=PIPE).wait()
        // The pipe goes undrained inside: each caller is judged with its command.
        for (const { call } of (openers ??= callsTo(model, OPENERS))) {
            if (call.startIndex < body.startIndex || call.endIndex > body.endIndex)
                continue;
            const summary = openerSummary(model, name, call, params);
            if (summary) {
                out.set(name, { ...summary, internal: { opener: call, model, fn: name } });
                break;
            }
        }
    }
    return out;
}
// Ex) def check_output(args, return_popen=False):
//         proc = Popen(args, stdout=PIPE, stderr=PIPE)
//         if return_popen:
//             return proc
//         out, err = proc.communicate()
// The arms under a test of a parameter that hold every `return` of the handle (none when a
// `return` of it is under no such test, or the handle is returned twice).
function returnGuards(model, opener, body) {
    const handle = handleUses(model, opener);
    if (!handle)
        return [];
    const returns = handle.uses.map(({ ref }) => outerExpression(ref)).filter((r) => r.parent?.type === 'return_statement' && r.startIndex >= body.startIndex && r.endIndex <= body.endIndex);
    if (returns.length !== 1)
        return [];
    const ret = returns[0];
    return guardFlags(model, opener).filter((g) => g.block.startIndex <= ret.startIndex && ret.endIndex <= g.block.endIndex);
}
/**
 * The summary a call gets: a wrapper that returns its handle only under a test of a parameter
 * keeps it inside for a call whose values skip that test's arm (`check_output(cmd)` of
 * `if return_popen: return proc`).
 */
function summaryAt(call, s) {
    if (!s.returnedUnder || s.internal || s.cls)
        return s;
    return skippedArms(call, s.returnedUnder.guards).length ? { ...s, internal: s.returnedUnder.internal } : s;
}
// POPENLINT_WRAPPER_GATES=off turns them off for a whole run (workers included), to compare.
let gates = process.env.POPENLINT_WRAPPER_GATES !== 'off';
/**
 * Whether wrapperSummaries passes over definitions that name no opener, and moduleSummaries
 * over modules that name Popen without PIPE (on; off only to compare the findings, in tests).
 */
export function useWrapperGates(on) {
    gates = on;
}
/**
 * The start of every identifier that can name an opener's callee, sorted: its last name
 * (`popen`, `Popen`) or an import's alias of it (`from subprocess import Popen as P`), which
 * is all qualifiedName resolves (an import binding, then attributes). A call of an opener,
 * `os.popen(...)`, `sp.Popen(...)`, `P(...)`, holds one of them.
 */
function openerNames(model) {
    const out = [];
    const names = new Set([...OPENERS].flatMap((q) => model.callNames(q)));
    for (const name of names)
        for (const id of model.occurrences(name))
            out.push(id.startIndex);
    return out.sort((a, b) => a - b);
}
/** Some value of the sorted `starts` lies in [start, end). */
function occursWithin(starts, start, end) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < starts.length && starts[lo] < end;
}
function openerSummary(model, name, value, params) {
    const callee = value.childForFieldName('function');
    // Most functions return something else: an attribute call's last name says so, unresolved.
    const qualified = callee && mayQualifyAs(callee, OPENERS) ? model.qualifiedName(callee) : null;
    if (!qualified || !OPENERS.has(qualified))
        return null;
    const cmd = argument(value, 0, qualified === 'subprocess.Popen' ? 'args' : 'cmd');
    const cmdName = cmd && unparenthesize(cmd).type === 'identifier' ? derivedParam(model, unparenthesize(cmd), params) : null;
    const param = cmdName ? params.indexOf(cmdName) : -1;
    if (param < 0)
        return null;
    const is = (node, q) => !!node && model.qualifiedName(unparenthesize(node)) === q;
    const shellArg = argument(value, 8, 'shell');
    const chosen = qualified === 'subprocess.Popen' ? chosenStreams(model, value) : null;
    return {
        ...(chosen ? { chosen: { stdout: !!chosen.stdout, stderr: !!chosen.stderr, choice: chosen.choice, params } } : {}),
        name,
        opener: qualified === 'subprocess.Popen' ? 'subprocess.Popen' : 'os.popen',
        param,
        paramName: cmdName,
        stdout: qualified !== 'subprocess.Popen' || is(argument(value, 4, 'stdout'), 'subprocess.PIPE'),
        stderr: qualified === 'subprocess.Popen' && is(argument(value, 5, 'stderr'), 'subprocess.PIPE'),
        merged: is(argument(value, 5, 'stderr'), 'subprocess.STDOUT'),
        shell: qualified !== 'subprocess.Popen' || (!!shellArg && shellArg.text === 'True'),
        line: value.startPosition.row + 1,
    };
}
/**
 * The parameter a command variable stands for: the parameter itself, or a local assigned once
 * from it, split into words or not - `args = cmd if shell else shlex.split(cmd)`, `argv = cmd.split()`.
 */
function derivedParam(model, id, params) {
    if (params.includes(id.text))
        return id.text;
    const found = model.lookup(id.text, model.scopeOf(id));
    const only = found?.scope.kind === 'function' && found.bindings.length === 1 ? found.bindings[0] : null;
    const value = only?.kind === 'assign' && only.value ? unparenthesize(only.value) : null;
    const names = new Set();
    const word = (n) => {
        n = unparenthesize(n);
        if (n.type === 'identifier')
            return names.add(n.text), params.includes(n.text);
        if (n.type !== 'call')
            return false;
        const fn = n.childForFieldName('function');
        const first = argument(n, 0, 's');
        // Ex) shlex.split(cmd)  /  cmd.split()  /  cmd.split(' ')
        if (fn && model.qualifiedName(fn) === 'shlex.split' && first)
            return word(first);
        return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'split' && word(fn.childForFieldName('object'));
    };
    if (!value)
        return null;
    const ok = value.type === 'conditional_expression' ? [value.namedChildren[0], value.namedChildren[2]].every(word) : word(value);
    return ok && names.size === 1 ? [...names][0] : null;
}
const moduleCache = new Map();
// The parser, handed over by the engine once it is loaded: rules run after a parse, and the
// prefilter (importsProjectWrapper) must not load it (it reads wrapper names from the text).
let parse = null;
export function useParser(p) {
    parse = p;
}
export function projectParser() {
    return parse;
}
// The whole-file trees moduleSummaries parsed (kept alive by the summaries' model anyway): the
// lint of the same file, with the same text, starts from a copy instead of a second parse.
const parsedModules = new Map();
/** A copy of the tree moduleSummaries parsed from exactly this text of `file` (absolute), once; else null. */
export function takeParsedModule(file, text) {
    const hit = parsedModules.get(file);
    if (!hit)
        return null;
    parsedModules.delete(file);
    return hit.text === text ? hit.tree.copy() : null;
}
// The other way round: the tree a candidate's lint parsed whole, kept (a copy) for the wrapper
// summary of a candidate linted after it that imports it, when the run knows there is one.
let keepLintTree = null;
const lintTrees = new Map();
/** Which files' lint trees to keep for moduleSummaries (null: none; the kept ones not taken are freed). */
export function keepLintTrees(test) {
    keepLintTree = test;
    if (test)
        return;
    for (const { tree } of lintTrees.values())
        tree.delete();
    lintTrees.clear();
}
/** How many lint trees are kept and not yet taken, and how many modules moduleSummaries parsed (for tests). */
export function lintTreeCounts() {
    return { kept: lintTrees.size, parsed: moduleParses };
}
let moduleParses = 0;
/**
 * A candidate's tree, parsed whole from `text` (`file` absolute): kept as a copy when the run
 * asks for it and the module names an opener (moduleSummaries would parse it).
 */
export function offerLintTree(file, text, tree) {
    if (keepLintTree?.(file) && (text.includes('popen') || text.includes('Popen')))
        lintTrees.set(file, { text, tree: tree.copy() });
}
function moduleSummaries(file) {
    let cached = moduleCache.get(file);
    if (cached)
        return cached;
    cached = new Map();
    moduleCache.set(file, cached);
    try {
        const bytes = fs.readFileSync(file);
        // The prefilter's question first, from the bytes: a module that never names an opener, nor
        // has a function that passes its parameter to a wrapper of a module it imports, wraps none.
        // A Popen wrapper matters to its callers only for its pipes (subprocess.PIPE, a word the
        // module then holds: `stdout=PIPE`, `sp.PIPE`, `from subprocess import PIPE as P`), so a
        // module that names Popen without PIPE (most of those that name it) wraps none for any rule.
        const opens = gates ? namesOpener(bytes) : bytes.includes('popen') || bytes.includes('Popen');
        if (parse && (opens || wrapperNamesByText(file, bytes).length > 0)) {
            const text = bytes.toString('utf8');
            const kept = lintTrees.get(file);
            lintTrees.delete(file);
            if (kept && kept.text !== text)
                kept.tree.delete();
            const tree = kept?.text === text ? kept.tree : (moduleParses++, parse(text));
            parsedModules.set(file, { text, tree });
            const model = new PythonModel(tree, text);
            cached = chainedSummaries(model, file);
            if (mayReturnHandle(text, true))
                returningModels.set(file, model);
        }
        moduleCache.set(file, cached);
    }
    catch {
        /* unreadable or unparsable: no summaries */
    }
    return cached;
}
// The models of the modules moduleSummaries parsed that may hand a Popen back (mayReturnHandle):
// their functions of a fixed command are judged at the callers of other modules (imported-capture.ts).
const returningModels = new Map();
/** The model of a project module that may return a Popen of its own (null: none, or not parsed). */
export function returningModule(file) {
    moduleSummaries(file);
    return returningModels.get(file) ?? null;
}
export function wrapperCalls(model, file) {
    const summaries = chainedSummaries(model, file);
    // The last round of the chain's search found these calls, with these summaries: asked again, the same.
    const last = lastRound.get(model);
    const calls = last && last.size === summaries.size ? last.calls : resolvedCalls(model, file, summaries, moduleSummaries);
    return calls.map(({ call, value, where }) => ({ call, summary: summaryAt(call, value), where }));
}
const lastRound = new WeakMap();
const chainCache = new WeakMap();
/**
 * wrapperSummaries, with the wrappers of wrappers: a module-level function that passes its
 * parameter on as the command of a wrapper that leaves the pipe undrained inside.
 * Ex) def execute(cmd): p = Popen(cmd, shell=True, stdout=PIPE); p.wait(); ...
 *     def run_shell(cmd): return execute(cmd)     - run_shell('tar czvf ...') blocks in execute.
 * A wrapper that returns the handle is not chained: what the outer function does with the
 * handle it gets is judged where the handle is held.
 */
export function chainedSummaries(model, file) {
    let out = chainCache.get(model);
    if (out)
        return out;
    out = new Map(wrapperSummaries(model));
    chainCache.set(model, out);
    // Only a module-level function can pass its parameter on.
    const defines = /^(?:async[ \t]+)?def[ \t]/m.test(model.text);
    for (let round = 0; round < MAX_CHAIN; round++) {
        let added = false;
        const calls = resolvedCalls(model, file, out, moduleSummaries);
        lastRound.set(model, { size: out.size, calls });
        if (!defines)
            break;
        for (const { call, value: inner } of calls) {
            if (!inner.internal || inner.cls)
                continue;
            const args = call.childForFieldName('arguments')?.namedChildren ?? [];
            if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat'))
                continue;
            const outer = parameterOf(model, argument(call, inner.param, inner.paramName));
            if (!outer || out.has(outer.name))
                continue;
            // Ex) def run_shell(cmd): return execute(cmd, wait=True) - execute drains when asked: no chain.
            const flags = inner.internal.fn === inner.name ? drainFlags(inner.internal.model, inner.internal.opener) : [];
            const set = flags.length ? flagsAt(call, flags) : inner.internal.set ?? null;
            if (set === 'drains')
                continue;
            const skipped = inner.internal.fn === inner.name ? skippedArms(call, guardFlags(inner.internal.model, inner.internal.opener)) : inner.internal.skipped;
            out.set(outer.name, { ...inner, name: outer.name, param: outer.index, paramName: outer.paramName, internal: { ...inner.internal, set, skipped } });
            added = true;
        }
        if (!added)
            break;
    }
    return out;
}
