import fs from 'node:fs';
import { FileBytes } from '../file-bytes.js';
import { dottedNamesInBytes, holdsImportWord, importLines, importStatementsInBytes, wordFollowedBy } from './import-bytes.js';
import { importedModules, importedNames, isWordByte } from './project-imports.js';
import { mayHoldSubmodules, ownCopy, resolveModule } from './project.js';
/**
 * The prefilter's view of project wrappers, from a module's bytes and text (no parse): which
 * functions of a module may wrap an opener, and whether a file calls one of a module it imports.
 */
/** How many wrappers deep a chain is followed, here and by the callers in callers.ts. */
export const MAX_CHAIN = 4;
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
    const dotted = new Map();
    const isDotted = (name) => dotted.get(name) ?? dotted.set(name, wordFollowedBy(bytes, name, DOT)).get(name);
    for (const { start, end: lineEnd, line } of importLines(bytes)) {
        const m = IMPORT_LINE.exec(line);
        if (!m)
            continue;
        const moduleName = m[1] ?? m[2];
        if (STD_MODULE.test(moduleName))
            continue;
        // importedModules' answer, asked in the cheapest order: a submodule's wrappers first (its
        // resolution is shared by the folder's files), whether the file says `name.` last. The
        // names of a `from` line are read only where a folder may hold them as submodules (most
        // lines of a tree import from a module, or from a package that lives elsewhere).
        const target = resolveModule(file, moduleName);
        if (target && calledWrapper(bytes, target))
            return true;
        if (m[1] === undefined || !mayHoldSubmodules(file, moduleName))
            continue;
        // `from m import (a,\n b)`: the names run to the first `)`.
        const close = PAREN_FROM.test(line) ? bytes.indexOf(RPAREN, start) : -1;
        const names = importedNames((close > lineEnd ? bytes.toString('latin1', start, close + 1) : line).trimStart(), 0);
        for (const name of names) {
            const sub = resolveModule(file, moduleName.endsWith('.') ? `${moduleName}${name}` : `${moduleName}.${name}`);
            if (sub && sub !== target && wrapperNamesByText(sub).length && isDotted(name) && calledWrapper(bytes, sub))
                return true;
        }
    }
    return false;
}
/** The bytes hold `^def[ \t]+\w+[ \t]*\(` (a line start as the m flag has it, in the latin1 text). */
export function definesAtLineStart(bytes) {
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
/** Standard modules that hold no project wrapper: their imports are not followed, here or in wrapperCommandsByText. */
export const STD_MODULE = /^(os|sys|re|subprocess|time|json|logging|typing|collections|__future__)$/;
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
/**
 * The prefilter's view of a module (no parse): top-level functions whose body returns a call to
 * popen/Popen. It may name a function the parsed summary later rejects; then the file is
 * parsed for nothing, never missed.
 */
export function wrapperNamesByText(file, given) {
    return [...wrapperCommandsByText(file, given).keys()];
}
const commandsByText = new Map();
const NONE = new Map();
/** A pipe-capable opener in the bytes: `popen`, or `Popen` with `PIPE` (a Popen wrapper matters only for its pipes). */
/** What namesOpener needs one of: a module that holds neither names no opener. */
export const OPENER_WORDS = ['popen', 'PIPE'];
export function namesOpener(bytes) {
    return bytes.includes('popen') || (bytes.includes('PIPE') && bytes.includes('Popen'));
}
// A run's test for a module that has no wrapper, known before it is summarised (wrapper-reach.ts).
let withoutWrapper = null;
/** The run's test for modules known to have no wrapper (null: none known, each is summarised). */
export function useWithoutWrapper(test) {
    withoutWrapper = test;
}
/** The modules of commandsByText in the order they were asked about (see textSummariesSince). */
const madeOrder = [];
/**
 * The answers made since the `from`-th (and the count to ask from next time): the CLI hands them
 * to a lint worker with its next file (pool.ts), which would otherwise follow the same import
 * graph again to summarise the modules the file imports. Between two files no answer is
 * half-made (one is made whole, imports followed, before wrapperCommandsByText returns).
 */
export function textSummariesSince(from) {
    const summaries = [];
    for (let i = from; i < madeOrder.length; i++)
        summaries.push([madeOrder[i], [...commandsByText.get(madeOrder[i])]]);
    return { summaries, next: madeOrder.length };
}
/** A worker takes the CLI's answers (textSummariesSince) as its own; one it made itself is kept. */
export function takeTextSummaries(summaries) {
    for (const [file, commands] of summaries) {
        if (!commandsByText.has(file))
            commandsByText.set(file, new Map(commands));
    }
}
// The modules asked about are most of a tree's (7,000 of the Python install's), each read once:
// into one buffer, not a new one each (its bytes are done with before the imports are followed).
const moduleBytes = new FileBytes();
/**
 * wrapperNamesByText's answer, with where each function takes its command (the parameter's
 * position and name; null for a class, whose command is not followed up a chain).
 */
function wrapperCommandsByText(file, given) {
    let names = commandsByText.get(file);
    if (names)
        return names;
    // The run knows it has none: not read, not followed, not kept.
    if (withoutWrapper?.(file))
        return NONE;
    names = new Map();
    // Set before the imports are followed: a cycle of imports ends here.
    commandsByText.set(file, names);
    madeOrder.push(file);
    try {
        // Most modules come here through their importers (a tree's whole import graph) and define no
        // wrapper: their bytes say so first, no text made. No opener and no module-level function:
        // none. The patterns below are ASCII: the latin1 text holds them where the bytes do.
        const read = given ?? moduleBytes.read(file);
        if (!read)
            return names;
        // The shared buffer holds this module's bytes until the first import is followed; a later
        // question (rare: a module that can pass a parameter to an imported wrapper) reads it again.
        let stale = false;
        let own = given ?? null;
        const current = () => (stale ? (own ??= fs.readFileSync(file)) : read);
        const bytes = read;
        // A Popen wrapper matters to its callers only for its pipes (POP005 passes over one with
        // neither stdout nor stderr piped), and a pipe is `subprocess.PIPE`, which the module names:
        // without the word, only os.popen / platform.popen (always a pipe) make a wrapper.
        const pipes = bytes.includes('PIPE');
        const opens = namesOpener(bytes);
        if (!opens && !definesAtLineStart(bytes))
            return names;
        // The text, made when first needed: a module with no opener of its own needs it only when a
        // module it imports has a wrapper to pass a parameter to (the few), its imports are read
        // from the bytes (import-bytes.ts: the same answers as the text's).
        let latin1 = null;
        const text = () => (latin1 ??= current().toString('latin1'));
        // The module-level functions and their text, found when first needed.
        let found = null;
        const functions = () => (found ??= moduleFunctions(text()));
        if (opens)
            ownWrappers(text(), pipes, functions(), names);
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
        if (holdsImportWord(bytes)) {
            let dottedIn = null;
            let dottedAt = null;
            const dotted = (name) => {
                if (dottedAt !== current())
                    dottedIn = dottedNamesInBytes((dottedAt = current()));
                return dottedIn(name);
            };
            // Each statement's targets resolved first (no module read), then followed in turn.
            const statements = importStatementsInBytes(bytes)
                .filter((st) => !STD_MODULE.test(st.moduleName))
                .map((st) => ({ ...st, targets: importedModules(file, st.moduleName, st.names, dotted) }));
            for (const { names: imported, star, targets } of statements) {
                for (const [target] of targets) {
                    stale ||= given === undefined;
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
export function moduleFunctions(text) {
    const defs = [...text.matchAll(/^def[ \t]+(\w+)[ \t]*\(/gm)];
    return { defs, bodies: defs.map((d, i) => text.slice(d.index, defs[i + 1]?.index ?? text.length)) };
}
const paramsOf = (body) => /^def[ \t]+\w+[ \t]*\(([^)]*)\)/.exec(body)?.[1]?.split(',').map((p) => p.trim().split(/[=:\s]/)[0]).filter((p) => /^\w+$/.test(p)) ?? [];
/**
 * The wrappers a module that names an opener defines itself (into `names`), from its text: a
 * class whose instance holds a piped Popen (no command followed), and a top-level function that
 * returns an opener's handle or passes one of its parameters as the command.
 */
export function ownWrappers(text, pipes, { defs, bodies }, names) {
    // Ex) class Job: def __init__(self, cmd): self.p = Popen(cmd, ...)
    const classes = [...text.matchAll(/^class[ \t]+(\w+)/gm)];
    for (const [i, c] of classes.entries()) {
        const body = text.slice(c.index, classes[i + 1]?.index ?? text.length);
        if (pipes && /\bself\.\w+\s*=\s*[\w.]*Popen\s*\(/.test(body))
            names.set(ownCopy(c[1]), null);
    }
    for (const [i, d] of defs.entries()) {
        const body = bodies[i];
        // `return Popen(...)`, or `p = Popen(...)` ... `return p`.
        // The command one of its parameters: `def run(cmd, ...): ... popen(cmd` / `Popen(cmd`.
        const params = paramsOf(body);
        // Or a local assigned from one: `args = cmd if shell else shlex.split(cmd)` ... `Popen(args`.
        const fromParam = (v) => (params.includes(v) ? v : new RegExp(`^[ \\t]*${v}[ \\t]*=(.*)$`, 'm').exec(body)?.[1]?.match(/\w+/g)?.find((w) => params.includes(w)));
        const opened = [...body.matchAll(pipes ? /[pP]open\s*\(\s*(\w+)/g : /popen\s*\(\s*(\w+)/g)].map((m) => fromParam(m[1])).find((p) => p);
        const command = opened ? { index: params.indexOf(opened), name: ownCopy(opened) } : null;
        if (mayReturnHandle(body, pipes) || opened)
            names.set(ownCopy(d[1]), command);
    }
}
/**
 * The text may hand an opener's handle back: `return Popen(...)`, or an opener's call and a
 * `return p` line. `pipes`: the text names PIPE, so a Popen counts (else only popen).
 */
export function mayReturnHandle(text, pipes) {
    const call = pipes ? /[pP]open\s*\(/ : /popen\s*\(/;
    const returned = pipes ? /\breturn[ \t]+[\w.]*[pP]open\s*\(/ : /\breturn[ \t]+[\w.]*popen\s*\(/;
    return returned.test(text) || (call.test(text) && /\breturn[ \t]+\w+[ \t]*(?:#.*)?$/m.test(text));
}
