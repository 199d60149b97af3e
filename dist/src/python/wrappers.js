import fs from 'node:fs';
import { argument, callsTo } from './analysis.js';
import { mayHoldSubmodules, ownCopy, resolveModule } from './project.js';
import { drainFlags, flagsAt } from './wrapper-flags.js';
import { classWrapper } from './wrapper-class.js';
import { outerExpression, PythonModel, unparenthesize } from './semantic.js';
/** `execute()`, or `execute() through run_shell()` for a wrapper of a wrapper. */
export function internalName(s, internal) {
    return internal.fn === s.name ? `${s.name}()` : `${internal.fn}() through ${s.name}()`;
}
/**
 * Ex) def run(cmd): subprocess.Popen(cmd, stdout=PIPE).wait()  - the command is `run`'s
 * parameter: the module-level function, the parameter's position and name.
 */
export function parameterOf(model, arg) {
    const n = arg && unparenthesize(arg);
    if (n?.type !== 'identifier')
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
    const holder = def.parent?.type === 'decorated_definition' ? def.parent.parent : def.parent;
    if (holder?.type !== 'module')
        return null;
    const params = def.childForFieldName('parameters')?.namedChildren ?? [];
    const index = params.findIndex((p) => p.id === param.node.id || p.namedChildren.some((c) => c.id === param.node.id) || p.childForFieldName('name')?.id === param.node.id);
    const name = def.childForFieldName('name')?.text;
    if (!name || index < 0 || params.slice(0, index + 1).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern'))
        return null;
    return { name, index, paramName: n.text };
}
// The names a rebinding of a command parameter may use and still hold the same command.
const SAME_COMMAND = new Set(['shlex', 'split', 'str', 'list', 'tuple', 'isinstance', 'basestring', 'unicode', 'bytes', 'strip', 'encode', 'decode', 'join']);
// Ex) cmd = shlex.split(cmd) / cmd = cmd.split() if isinstance(cmd, str) else cmd
function sameCommand(value, name) {
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
    for (const fn of model.tree.rootNode.namedChildren) {
        const def = fn.type === 'decorated_definition' ? fn.childForFieldName('definition') : fn;
        if (def?.type === 'class_definition') {
            const found = classWrapper(model, def);
            const name = def.childForFieldName('name').text;
            if (found) {
                const { summary, pipes, param, paramName } = found;
                out.set(name, { name, opener: 'subprocess.Popen', param, paramName, stdout: pipes.stdout, stderr: pipes.stderr, merged: pipes.merged, shell: pipes.shell, line: pipes.call.startPosition.row + 1, cls: summary });
            }
            continue;
        }
        if (def?.type !== 'function_definition')
            continue;
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
                out.set(name, summary);
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
function openerSummary(model, name, value, params) {
    const callee = value.childForFieldName('function');
    const qualified = callee ? model.qualifiedName(callee) : null;
    if (!qualified || !OPENERS.has(qualified))
        return null;
    const cmd = argument(value, 0, qualified === 'subprocess.Popen' ? 'args' : 'cmd');
    const cmdName = cmd && unparenthesize(cmd).type === 'identifier' ? derivedParam(model, unparenthesize(cmd), params) : null;
    const param = cmdName ? params.indexOf(cmdName) : -1;
    if (param < 0)
        return null;
    const is = (node, q) => !!node && model.qualifiedName(unparenthesize(node)) === q;
    const shellArg = argument(value, 8, 'shell');
    return {
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
        if (parse && (bytes.includes('popen') || bytes.includes('Popen') || wrapperNamesByText(file, bytes).length > 0)) {
            const text = bytes.toString('utf8');
            cached = chainedSummaries(new PythonModel(parse(text), text), file);
        }
        moduleCache.set(file, cached);
    }
    catch {
        /* unreadable or unparsable: no summaries */
    }
    return cached;
}
export function wrapperCalls(model, file) {
    const summaries = chainedSummaries(model, file);
    // The last round of the chain's search found these calls, with these summaries: asked again, the same.
    const last = lastRound.get(model);
    const calls = last && last.size === summaries.size ? last.calls : resolvedCalls(model, file, summaries, moduleSummaries);
    return calls.map(({ call, value, where }) => ({ call, summary: value, where }));
}
const lastRound = new WeakMap();
/** How many wrappers deep a chain is followed (callers.ts follows the callers as deep). */
const MAX_CHAIN = 4;
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
            out.set(outer.name, { ...inner, name: outer.name, param: outer.index, paramName: outer.paramName, internal: { ...inner.internal, set } });
            added = true;
        }
        if (!added)
            break;
    }
    return out;
}
/**
 * Calls of module-level functions or classes by name: `local` ones defined in this module, and
 * those `imported(file)` says a project module defines - `from tools.sh import run`,
 * `import tools.sh as sh; sh.run(...)`, `from tools import sh`, relative imports.
 */
export function resolvedCalls(model, file, local, imported) {
    const out = [];
    const seen = new Set();
    const consider = (name, value, where, from, resolves) => {
        for (const id of model.occurrences(name)) {
            const parent = id.parent;
            const fn = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent : id;
            const callee = outerExpression(fn);
            const call = callee.parent;
            if (call?.type !== 'call' || call.childForFieldName('function')?.id !== callee.id || seen.has(call.id))
                continue;
            if (resolves(fn)) {
                seen.add(call.id);
                out.push({ call, value, where, file: from });
            }
        }
    };
    for (const [name, value] of local) {
        consider(name, value, 'defined in this module', null, (fn) => {
            if (fn.type !== 'identifier')
                return false;
            const found = model.lookup(name, model.scopeOf(fn));
            const type = found?.bindings[0].node.parent?.type;
            return found?.scope === model.module && found.bindings.length === 1 && (type === 'function_definition' || type === 'class_definition');
        });
    }
    if (!file)
        return out;
    for (const { moduleName, target, qualifiedModule, star } of importTargets(model.text, file)) {
        for (const [name, value] of imported(target)) {
            // Ex) from tools.shell import *  ...  run('make') - a name the module defines and exports,
            // bound nowhere in this file.
            if (star && qualifiedModule === moduleName.replace(/^\.+/, '') && starExports(target, name)) {
                consider(name, value, `defined in ${qualifiedModule}`, target, (fn) => fn.type === 'identifier' && !model.lookup(name, model.scopeOf(fn)));
            }
            consider(name, value, `defined in ${qualifiedModule}`, target, (fn) => {
                const q = model.qualifiedName(fn);
                return q === `${qualifiedModule}.${name}` || (moduleName.startsWith('.') && q === null && fn.type === 'identifier' && !!model.lookup(name, model.scopeOf(fn))?.bindings.some((b) => b.kind === 'other' && b.node.parent?.parent?.type === 'import_from_statement'));
            });
        }
    }
    return out;
}
const allCache = new Map();
// Whether `from module import *` brings `name`: not private, and listed in `__all__` when the
// module has one (a literal list or tuple of strings; any other `__all__` exports nothing known).
function starExports(file, name) {
    if (name.startsWith('_'))
        return false;
    if (!allCache.has(file)) {
        let names = null;
        try {
            const text = fs.readFileSync(file, 'latin1');
            const m = /^__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(]([^\])]*)[\])]/m.exec(text);
            if (m)
                names = new Set([...m[1].matchAll(/['"](\w+)['"]/g)].map((x) => ownCopy(x[1])));
            else if (/^__all__\b/m.test(text))
                names = new Set();
        }
        catch {
            names = new Set();
        }
        allCache.set(file, names);
    }
    const all = allCache.get(file);
    return !all || all.has(name);
}
/** The project modules the import lines of `text` bring in (those resolvedCalls looks for calls into). */
export function* importTargets(text, file) {
    const dotted = dottedNames(text);
    for (const { moduleName, names, star } of importStatements(text, false)) {
        if (/^(os|subprocess|popen2|platform|sys|asyncio)$/.test(moduleName))
            continue;
        for (const [target, qualifiedModule] of importedModules(file, moduleName, names, dotted))
            yield { moduleName, target, qualifiedModule, star: !!star };
    }
}
// Whether a name is followed by a dot in the text (`sh.run`): `\bname\s*\.`, searched for each
// name asked (a few per module), never a set of every dotted word (a pass over the whole text).
function dottedNames(text) {
    const seen = new Map();
    return (name) => seen.get(name) ?? seen.set(name, wordFollowedByText(text, name, '.')).get(name);
}
/** The text holds `\bname\s*<follow>` (`name` a word: `\w+`): wordFollowedBy for a string. */
function wordFollowedByText(text, name, follow) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (at > 0 && isWordByte(text.charCodeAt(at - 1)))
            continue;
        let j = at + name.length;
        while (j < text.length && SPACE.test(text[j]))
            j++;
        if (text[j] === follow)
            return true;
    }
    return false;
}
const SPACE = /\s/;
/**
 * The import lines of a text (at the start of a line, or indented too): each module with the
 * names a `from` line imports. `import a, b.c as d` brings two modules.
 */
function importStatements(text, indented) {
    const out = [];
    const pattern = indented ? INDENTED_IMPORT : TOP_IMPORT;
    // Every import statement holds the word `import` on its first line: only those lines are
    // tried (a pattern anchored at each line start costs a pass over the whole text).
    let done = -1;
    for (let at = text.indexOf('import'); at >= 0; at = text.indexOf('import', at + 6)) {
        let start = at;
        while (start > 0 && !LINE_BREAK.has(text.charCodeAt(start - 1)))
            start--;
        if (start <= done)
            continue;
        done = start;
        pattern.lastIndex = start;
        const m = pattern.exec(text);
        if (!m)
            continue;
        if (m[1] !== undefined)
            out.push({ moduleName: m[1], names: importedNames(text.slice(start).trimStart(), 0), star: /^\s*\*/.test(text.slice(start + m[0].length)) });
        else
            for (const part of m[2].split(','))
                out.push({ moduleName: part.trim().split(/[ \t]+/)[0], names: [] });
    }
    return out;
}
// An import statement at a line start (`y`: tried at one position), indented or not.
const INDENTED_IMPORT = /[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
const TOP_IMPORT = /(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
// What starts a line for a regular expression's `^` with the m flag.
const LINE_BREAK = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
// The names a `from M import a, b as c` line imports (their source names).
function importedNames(text, at) {
    const m = /^from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/.exec(text.slice(at));
    if (!m)
        return [];
    return m[1].replace(/[()\\\n]/g, ' ').split(',').map((x) => x.trim().split(/\s+/)[0] ?? '').filter((x) => /^\w+$/.test(x));
}
/**
 * The project modules an import line brings in, with the dotted name calls reach them by:
 * `import tools.sh` / `from tools.sh import run` -> tools/sh.py as `tools.sh`; and
 * `from tools import sh` -> tools/sh.py as `tools.sh` too (a submodule imported by name).
 */
function importedModules(file, moduleName, names, dotted) {
    const out = [];
    const bare = moduleName.replace(/^\.+/, '');
    const target = resolveModule(file, moduleName);
    if (target)
        out.push([target, bare]);
    // Most `from pkg import a, b` name no submodule: no folder `pkg/` to hold one (one listing).
    if (!names.length || !mayHoldSubmodules(file, moduleName))
        return out;
    for (const name of names) {
        const sub = resolveModule(file, moduleName.endsWith('.') ? `${moduleName}${name}` : `${moduleName}.${name}`);
        // A submodule is used as `sh.run(...)`: a name never followed by a dot is no module.
        if (sub && sub !== target && dotted(name))
            out.push([sub, bare ? `${bare}.${name}` : name]);
    }
    return out;
}
/**
 * The prefilter's second chance (shape 6): a file that never says "popen" is still a
 * candidate when it imports a project module that defines a wrapper and names that wrapper.
 * The wrapper modules are summarised once each (the first pass), then every import line of
 * the file is matched against them.
 */
export function importsProjectWrapper(file, bytes) {
    // Every file of a tree comes here: its import lines are found from the word `import` in the
    // bytes, and every other question (a name followed by a dot, a wrapper's call) is a search of
    // the bytes too. No string of the whole file is made: over a tree, that was most of the cost.
    let done = -1;
    const dotted = new Map();
    const isDotted = (name) => dotted.get(name) ?? dotted.set(name, wordFollowedBy(bytes, name, DOT)).get(name);
    for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + IMPORT.length)) {
        // The line holding this `import` (a line starts after LF or CR, as for the /m flag).
        let start = at;
        while (start > 0 && bytes[start - 1] !== LF && bytes[start - 1] !== CR)
            start--;
        if (start <= done)
            continue;
        done = start;
        let lineEnd = bytes.indexOf(LF, at);
        if (lineEnd < 0)
            lineEnd = bytes.length;
        const line = bytes.toString('latin1', start, lineEnd);
        const m = IMPORT_LINE.exec(line);
        if (!m)
            continue;
        const moduleName = m[1] ?? m[2];
        if (/^(os|sys|re|subprocess|time|json|logging|typing|collections|__future__)$/.test(moduleName))
            continue;
        let names = [];
        if (m[1] !== undefined) {
            // `from m import (a,\n b)`: the names run to the first `)`.
            const close = PAREN_FROM.test(line) ? bytes.indexOf(RPAREN, start) : -1;
            names = importedNames((close > lineEnd ? bytes.toString('latin1', start, close + 1) : line).trimStart(), 0);
        }
        // importedModules' answer, asked in the cheapest order: a submodule's wrappers first (its
        // resolution is shared by the folder's files), whether the file says `name.` last.
        const target = resolveModule(file, moduleName);
        if (target && calledWrapper(bytes, target))
            return true;
        if (!names.length || !mayHoldSubmodules(file, moduleName))
            continue;
        for (const name of names) {
            const sub = resolveModule(file, moduleName.endsWith('.') ? `${moduleName}${name}` : `${moduleName}.${name}`);
            if (sub && sub !== target && wrapperNamesByText(sub).length && isDotted(name) && calledWrapper(bytes, sub))
                return true;
        }
    }
    return false;
}
/** The bytes hold `^def[ \t]+\w+[ \t]*\(` (a line start as the m flag has it, in the latin1 text). */
function definesAtLineStart(bytes) {
    for (let at = bytes.indexOf(DEF); at >= 0; at = bytes.indexOf(DEF, at + DEF.length)) {
        if (at > 0 && bytes[at - 1] !== LF && bytes[at - 1] !== CR)
            continue;
        let j = at + DEF.length;
        if (bytes[j] !== SPACE_BYTE && bytes[j] !== TAB)
            continue;
        while (bytes[j] === SPACE_BYTE || bytes[j] === TAB)
            j++;
        const name = j;
        while (isWordByte(bytes[j]))
            j++;
        if (j === name)
            continue;
        while (bytes[j] === SPACE_BYTE || bytes[j] === TAB)
            j++;
        if (bytes[j] === LPAREN)
            return true;
    }
    return false;
}
const calledWrapper = (bytes, module) => wrapperNamesByText(module).some((name) => wordFollowedBy(bytes, name, LPAREN));
const IMPORT = Buffer.from('import');
const DEF = Buffer.from('def');
const SPACE_BYTE = 0x20;
const TAB = 0x09;
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+))/;
const PAREN_FROM = /^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+\(/;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const LPAREN = 0x28;
const RPAREN = 0x29;
const isWordByte = (c) => c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
// What `\s` matches in a latin1 string: tab, LF, VT, FF, CR, space, no-break space.
const isSpaceByte = (c) => c !== undefined && ((c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0);
/** The bytes hold `\bname\s*<follow>` (`name` a word: `\w+`), as the regex would find it in the latin1 text. */
function wordFollowedBy(bytes, name, follow) {
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        if (at > 0 && isWordByte(bytes[at - 1]))
            continue;
        let j = at + name.length;
        while (isSpaceByte(bytes[j]))
            j++;
        if (bytes[j] === follow)
            return true;
    }
    return false;
}
/**
 * The prefilter's view of a module (no parse): top-level functions whose body returns a call to
 * popen/Popen. It may name a function the parsed summary later rejects; then the file is
 * parsed for nothing, never missed.
 */
function wrapperNamesByText(file, given) {
    return [...wrapperCommandsByText(file, given).keys()];
}
const commandsByText = new Map();
/**
 * wrapperNamesByText's answer, with where each function takes its command (the parameter's
 * position and name; null for a class, whose command is not followed up a chain).
 */
function wrapperCommandsByText(file, given) {
    let names = commandsByText.get(file);
    if (names)
        return names;
    names = new Map();
    // Set before the imports are followed: a cycle of imports ends here.
    commandsByText.set(file, names);
    try {
        // Most modules come here through their importers (a tree's whole import graph) and define no
        // wrapper: their bytes say so first, no text made. No opener and no module-level function:
        // none. The patterns below are ASCII: the latin1 text holds them where the bytes do.
        const bytes = given ?? fs.readFileSync(file);
        const opens = bytes.includes('popen') || bytes.includes('Popen');
        if (!opens && !definesAtLineStart(bytes))
            return names;
        const text = bytes.toString('latin1');
        // The module-level functions and their text, found when first needed.
        let found = null;
        const functions = () => {
            if (found)
                return found;
            const defs = [...text.matchAll(/^def[ \t]+(\w+)[ \t]*\(/gm)];
            return (found = { defs, bodies: defs.map((d, i) => text.slice(d.index, defs[i + 1]?.index ?? text.length)) });
        };
        const paramsOf = (body) => /^def[ \t]+\w+[ \t]*\(([^)]*)\)/.exec(body)?.[1]?.split(',').map((p) => p.trim().split(/[=:\s]/)[0]).filter((p) => /^\w+$/.test(p)) ?? [];
        if (opens) {
            const { defs, bodies } = functions();
            // Ex) class Job: def __init__(self, cmd): self.p = Popen(cmd, ...)
            const classes = [...text.matchAll(/^class[ \t]+(\w+)/gm)];
            for (const [i, c] of classes.entries()) {
                const body = text.slice(c.index, classes[i + 1]?.index ?? text.length);
                if (/\bself\.\w+\s*=\s*[\w.]*Popen\s*\(/.test(body))
                    names.set(ownCopy(c[1]), null);
            }
            for (const [i, d] of defs.entries()) {
                const body = bodies[i];
                // `return Popen(...)`, or `p = Popen(...)` ... `return p`.
                // The command one of its parameters: `def run(cmd, ...): ... popen(cmd` / `Popen(cmd`.
                const params = paramsOf(body);
                // Or a local assigned from one: `args = cmd if shell else shlex.split(cmd)` ... `Popen(args`.
                const fromParam = (v) => (params.includes(v) ? v : new RegExp(`^[ \\t]*${v}[ \\t]*=(.*)$`, 'm').exec(body)?.[1]?.match(/\w+/g)?.find((w) => params.includes(w)));
                const opened = [...body.matchAll(/[pP]open\s*\(\s*(\w+)/g)].map((m) => fromParam(m[1])).find((p) => p);
                const command = opened ? { index: params.indexOf(opened), name: ownCopy(opened) } : null;
                if (/\breturn[ \t]+[\w.]*[pP]open\s*\(/.test(body) || (/[pP]open\s*\(/.test(body) && /\breturn[ \t]+\w+[ \t]*(?:#.*)?$/m.test(body)) || opened)
                    names.set(ownCopy(d[1]), command);
            }
        }
        // Ex) def run_shell(cmd): return execute(cmd)  /  def run_shell(cmd): return cli.execute(cmd)
        // A wrapper of a wrapper of this module or of a project module it imports (chainedSummaries):
        // a function that passes one of its parameters where a wrapper takes its command. A module
        // without a function has none: its imports are not followed.
        if (opens && !functions().defs.length)
            return names;
        const callees = new Map([...names].filter(([, c]) => c !== null));
        // The wrappers this module can call, its own and those of the project modules it imports,
        // first: most modules of a tree have none, and the search of every function body for calls
        // below is the expensive part (a whole tree's modules come here through their importers).
        if (/\bimport\b/.test(text)) {
            const dotted = dottedNames(text);
            for (const { moduleName, names: imported, star } of importStatements(text, true)) {
                if (/^(os|sys|re|subprocess|time|json|logging|typing|collections|__future__)$/.test(moduleName))
                    continue;
                for (const [target] of importedModules(file, moduleName, imported, dotted)) {
                    for (const [n, c] of wrapperCommandsByText(target)) {
                        // `from m import a, b` brings a and b (and m's submodules, used dotted); the rest is reached as `m.name`.
                        if (c && !callees.has(n) && (star || !imported.length || imported.includes(n) || imported.some(dotted)))
                            callees.set(n, c);
                    }
                }
            }
        }
        if (!callees.size)
            return names;
        const { defs, bodies } = functions();
        const calls = bodies.map((body) => {
            const params = paramsOf(body);
            return { params, calls: [...body.matchAll(/(?<![\w.])(?:(\w+)\.)?(\w+)\s*\(([^()]*)\)/g)].filter((m) => m[1] !== 'self' && m[3].split(',').some((a) => params.includes(a.trim().split('=').pop().trim()))) };
        });
        // The parameter passed where the callee takes its command: by position, or by its keyword.
        const passed = (args, command, params) => {
            const list = args.split(',').map((a) => a.trim());
            const positional = list.filter((a) => !/^\w+\s*=/.test(a));
            const keyword = list.find((a) => new RegExp(`^${command.name}\\s*=`).test(a))?.split('=').pop().trim();
            const arg = keyword ?? positional[command.index];
            return arg !== undefined && params.includes(arg) ? arg : null;
        };
        for (let round = 0; round < MAX_CHAIN && callees.size; round++) {
            let added = false;
            for (const [i, d] of defs.entries()) {
                if (names.has(d[1]))
                    continue;
                const { params, calls: found } = calls[i];
                for (const m of found) {
                    const command = callees.get(m[2]);
                    const arg = command ? passed(m[3], command, params) : null;
                    if (!arg)
                        continue;
                    const mine = { index: params.indexOf(arg), name: ownCopy(arg) };
                    names.set(ownCopy(d[1]), mine);
                    callees.set(d[1], mine);
                    added = true;
                    break;
                }
            }
            if (!added)
                break;
        }
    }
    catch {
        /* unreadable: no names */
    }
    return names;
}
