import fs from 'node:fs';
import { allNames, mayHoldSubmodules, resolveModule } from './project.js';
import { outerExpression } from './semantic.js';
import { startedTarget } from './started-targets.js';
/**
 * The import lines of a Python module, read from its text (no parse), and the calls they let
 * reach a function or class of a project module (wrappers.ts, callers.ts, wrapper-prefilter.ts).
 */
/**
 * Calls of module-level functions or classes by name: `local` ones defined in this module, and
 * those `imported(file)` says a project module defines - `from tools.sh import run`,
 * `import tools.sh as sh; sh.run(...)`, `from tools import sh`, relative imports.
 */
export function resolvedCalls(model, file, local, imported, starts = false) {
    const out = [];
    const seen = new Set();
    const consider = (name, value, where, from, resolves) => {
        for (const id of model.occurrences(name)) {
            const parent = id.parent;
            const fn = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent : id;
            const callee = outerExpression(fn);
            const call = callee.parent;
            // With `starts`, a thread, process or pool started on the function calls it too (started-targets.ts).
            const started = starts && (call?.type !== 'call' || call.childForFieldName('function')?.id !== callee.id) ? startedTarget(fn) : null;
            if (started && !seen.has(started.call.id) && resolves(fn)) {
                seen.add(started.call.id);
                out.push({ call: started.call, value, where, file: from, passed: started.passed });
            }
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
// Whether `from module import *` brings `name` (allNames: not private, listed in `__all__`).
function starExports(file, name) {
    if (name.startsWith('_'))
        return false;
    if (!allCache.has(file)) {
        let names;
        try {
            names = allNames(fs.readFileSync(file, 'latin1'));
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
export function dottedNames(text) {
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
export function importStatements(text, indented) {
    const out = [];
    const pattern = indented ? INDENTED_IMPORT : TOP_IMPORT;
    // Every import statement holds the word `import` on its first line: only those lines are
    // tried (a pattern anchored at each line start costs a pass over the whole text).
    let done = -1;
    for (let at = text.indexOf('import'); at >= 0; at = text.indexOf('import', at + 6)) {
        let start = at;
        while (start > 0 && !LINE_BREAK.has(text.charCodeAt(start - 1)))
            start--;
        // A byte order mark before the first line is no part of it (U+FEFF, or its UTF-8 bytes in a latin1 text).
        if (start === 0)
            start = text.startsWith('\ufeff') ? 1 : text.startsWith('\u00ef\u00bb\u00bf') ? 3 : 0;
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
export function importedNames(text, at) {
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
export function importedModules(file, moduleName, names, dotted) {
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
// A byte, or a character code, that `\w` matches.
export const isWordByte = (c) => c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
