import path from 'node:path';
import { walkedFolderSet } from '../folder-listing.js';
import { holdsImportWord, importLines, wordFollowedBy } from './import-bytes.js';
import { importedNames } from './project-imports.js';
import { ownCopy, resolveModule } from './project.js';
import { outsideNames } from './outside-names.js';
import { definesAtLineStart, moduleFunctions, namesOpener, ownWrappers, STD_MODULE } from './wrapper-prefilter.js';
/**
 * Which modules of a run can have a project wrapper, known before any is summarised (issue 17).
 * The wrapper prefilter (wrapper-prefilter.ts) asks of a tree's modules which of their functions
 * wrap an opener, following each one's imports in turn: over a Python install that read and
 * followed 7,000 modules a second time, for the 44 that have a wrapper. Here the CLI notes each
 * Python file as it reads it (`note`: whether it names an opener, its wrappers of its own if so,
 * the project modules its import lines may bring), and once every file is read, `settle` finds
 * from the modules with a wrapper of their own, upwards through their importers, the modules
 * that may have one; an importer is read again only where one of its import targets may, to see
 * whether it calls one of that target's wrappers. The rest have none: the wrapper prefilter does
 * not read them (`useWithoutWrapper`), and a file is read again for the project-wrapper check
 * only when it imports a module that may have one (`mayImportWrapper`).
 *
 * The names found are a superset of wrapperCommandsByText's, so that a module found to have none
 * has none there, whatever the order its summaries are made in: its own wrappers are the same
 * (ownWrappers); a module gains a function that passes a parameter on (a chain) only where it
 * defines a module-level function, says `import`, and calls (`name(`) a name that a module its
 * import lines may bring may have: then every one of its module-level functions counts. The
 * import targets are a superset too (every name of a `from` line is tried as a submodule, used
 * dotted or not), and a module imported from outside the run's files, never noted, may have any
 * wrapper. Skipping the modules that have none leaves the order in which the others are first
 * summarised (on which a cycle of imports depends) as it was: a module with no wrapper follows
 * no import to one that has.
 *
 * Imports are resolved as late as they can be: a file's relative imports when it is noted (one
 * folder, no climb), its absolute ones only when an answer needs them. Resolving every import
 * line of a Python install (about 104,000 resolutions not in the cache) was the largest cost of
 * noting. An absolute import resolves to a module the run did not read only when its first name
 * is one of outsideNames' (outside-names.ts): those of the modules that import (`chains`) are
 * resolved in settle(), where such a module may have any wrapper. Every other one brings a
 * module the run read, or none, and its last name is that module's (`a/b.py` or
 * `a/b/__init__.py` for `...b`): it is resolved once a module of that name may have a wrapper.
 */
const INDENTED_IMPORT = /[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
const RPAREN = 0x29;
const LPAREN = 0x28;
/** What a module outside the run may have: any name. */
const ANY = null;
export class WrapperReach {
    // Kept small (a tree's 13,000 files each note a few targets): each module path gets a number,
    // and a noted file's targets are a run of `edges`.
    ids = new Map();
    paths = [];
    /** Per module number: where its targets start in `edges` (undefined: not noted), and how many. */
    first = [];
    count = [];
    edges = [];
    /**
     * The absolute imports of a noted file, not resolved yet (a run of `specs`, as `edges`): most
     * never need to be (see resolvedTargets). Each module name is kept once (`interned`).
     */
    specFirst = [];
    specCount = [];
    specs = [];
    interned = new Map();
    /** Targets found later for a noted file's specs (by resolvedTargets). */
    later = new Map();
    /** Modules with a `def` at a line start and the word `import`: they may pass a parameter on to an imported wrapper. */
    chains = new Set();
    /** The wrappers of their own of the modules that name an opener. */
    own = new Map();
    /** Per module that may have a wrapper: the names it may have with a command (ANY: unknown). */
    commands = null;
    /** After settle(): the first names of imports that may reach a module the run does not read (null: any). */
    outside = null;
    /** After settle(): the last names of the modules that may have a wrapper. */
    commandKeys = new Set();
    idOf(file) {
        let id = this.ids.get(file);
        if (id === undefined) {
            id = this.paths.length;
            this.ids.set(file, id);
            this.paths.push(file);
        }
        return id;
    }
    isNoted(id) {
        return id !== undefined && this.first[id] !== undefined;
    }
    /** Every target of a noted file: its imports resolved (all of them, once). */
    targetsOf(id) {
        this.resolvedTargets(id, () => true);
        const from = this.first[id] ?? 0;
        return [...this.edges.slice(from, from + (this.count[id] ?? 0)), ...(this.later.get(id) ?? [])];
    }
    /**
     * The targets of a noted file, its absolute imports resolved where `wanted` says so (by
     * their first and last names); each import is resolved once, and kept in `later`.
     */
    resolvedTargets(id, wanted) {
        const from = this.first[id] ?? 0;
        const out = this.edges.slice(from, from + (this.count[id] ?? 0));
        const at = this.specFirst[id] ?? 0;
        const n = this.specCount[id] ?? 0;
        let later = this.later.get(id);
        for (let k = at; k < at + n; k++) {
            const spec = this.specs[k];
            if (spec === undefined)
                continue;
            if (!wanted(spec.first, spec.last))
                continue;
            this.specs[k] = undefined;
            const target = resolveModule(this.paths[id], spec.name);
            if (!target)
                continue;
            if (!later)
                this.later.set(id, (later = []));
            later.push(this.idOf(target));
        }
        if (later)
            out.push(...later);
        return out;
    }
    /** An absolute module name, kept once, with its first and last names (`a.b.c`: `a`, `c`), as resolveModule splits it. */
    intern(spec) {
        let hit = this.interned.get(spec);
        if (hit === undefined) {
            const name = ownCopy(spec);
            const parts = name.split('.').filter(Boolean);
            hit = { name, first: parts[0] ?? '', last: parts[parts.length - 1] ?? '' };
            this.interned.set(name, hit);
        }
        return hit;
    }
    /** A Python file of the run, as read (absolute path, its bytes). */
    note(file, bytes) {
        const id = this.idOf(file);
        this.first[id] = this.edges.length;
        this.specFirst[id] = this.specs.length;
        const imports = holdsImportWord(bytes);
        if (imports) {
            // A relative import is resolved now (one folder, no climb); an absolute one is kept.
            const add = (name) => {
                if (!name.startsWith('.'))
                    this.specs.push(this.intern(name));
                else {
                    const target = resolveModule(file, name);
                    if (target)
                        this.edges.push(this.idOf(target));
                }
            };
            for (const { start, end, line } of importLines(bytes)) {
                INDENTED_IMPORT.lastIndex = 0;
                const m = INDENTED_IMPORT.exec(line);
                if (!m)
                    continue;
                for (const part of m[1] !== undefined ? [m[1]] : m[2].split(',').map((p) => p.trim().split(/[ \t]+/)[0])) {
                    if (STD_MODULE.test(part))
                        continue;
                    add(part);
                    if (m[1] === undefined)
                        continue;
                    // `from m import (a,\n b)`: the names run to the first `)`. Each may be a submodule
                    // (resolveModule finds none where no folder can hold one: mayHoldSubmodules).
                    const close = bytes.indexOf(RPAREN, start);
                    for (const name of importedNames((close >= end ? bytes.toString('latin1', start, close + 1) : line).trimStart(), 0)) {
                        add(part.endsWith('.') ? `${part}${name}` : `${part}.${name}`);
                    }
                }
            }
        }
        this.count[id] = this.edges.length - this.first[id];
        this.specCount[id] = this.specs.length - this.specFirst[id];
        if (imports && definesAtLineStart(bytes))
            this.chains.add(id);
        if (namesOpener(bytes)) {
            const own = new Map();
            const text = bytes.toString('latin1');
            ownWrappers(text, bytes.includes('PIPE'), moduleFunctions(text), own);
            this.own.set(id, own);
        }
    }
    /**
     * Every file noted: the modules that may have a wrapper, from those with one of their own up
     * through their importers. `read` gives a noted file's bytes again (null: unreadable).
     */
    settle(read) {
        const commands = new Map();
        this.commands = commands;
        const outside = outsideNames(walkedFolderSet(), this.notedFolders(), (file) => this.isNoted(this.ids.get(file)));
        this.outside = outside;
        const mayBeOutside = (first) => outside === null || outside.has(first);
        const importers = new Map();
        const addImporter = (target, id) => {
            const list = importers.get(target);
            if (list)
                list.push(id);
            else
                importers.set(target, [id]);
        };
        const work = [];
        for (const [id, own] of this.own) {
            if (!own.size)
                continue;
            commands.set(id, new Set([...own].filter(([, c]) => c !== null).map(([name]) => name)));
            if ([...own.values()].some((c) => c !== null))
                work.push(id);
        }
        // The chains' imports that may bring a module outside the run are resolved now; the others
        // bring a module the run read, or none, and are resolved by their last name once a module
        // of that name may have a wrapper (`byLast`).
        const byLast = new Map();
        for (const id of this.chains) {
            for (const target of this.resolvedTargets(id, mayBeOutside)) {
                // A module outside the run's files may have any wrapper.
                if (!this.isNoted(target) && !commands.has(target)) {
                    commands.set(target, ANY);
                    work.push(target);
                }
                addImporter(target, id);
            }
            const at = this.specFirst[id] ?? 0;
            for (let k = at; k < at + (this.specCount[id] ?? 0); k++) {
                const spec = this.specs[k];
                if (spec === undefined)
                    continue;
                const list = byLast.get(spec.last);
                if (list)
                    list.push(id);
                else
                    byLast.set(spec.last, [id]);
            }
        }
        const importersOf = (id) => {
            const key = moduleKey(this.paths[id]);
            const chains = byLast.get(key);
            if (chains) {
                byLast.delete(key);
                for (const importer of new Set(chains)) {
                    const before = this.later.get(importer)?.length ?? 0;
                    this.resolvedTargets(importer, (_first, last) => last === key);
                    for (const target of this.later.get(importer)?.slice(before) ?? [])
                        addImporter(target, importer);
                }
            }
            return importers.get(id) ?? [];
        };
        // A module whose names grew: each importer that calls one of them may chain it.
        for (let id = work.pop(); id !== undefined; id = work.pop()) {
            const names = commands.get(id);
            for (const importer of importersOf(id)) {
                const had = commands.get(importer);
                if (had === ANY)
                    continue;
                const bytes = read(this.paths[importer]);
                if (!bytes || (names !== ANY && ![...names].some((n) => wordFollowedBy(bytes, n, LPAREN))))
                    continue;
                const set = had ?? new Set();
                const size = set.size;
                for (const d of moduleFunctions(bytes.toString('latin1')).defs)
                    set.add(ownCopy(d[1]));
                if (!had && set.size)
                    commands.set(importer, set);
                if (set.size > size)
                    work.push(importer);
            }
        }
        for (const id of commands.keys())
            this.commandKeys.add(moduleKey(this.paths[id]));
    }
    /** The folders of the noted files. */
    notedFolders() {
        const out = new Set();
        for (let id = 0; id < this.paths.length; id++)
            if (this.isNoted(id))
                out.add(path.dirname(this.paths[id]));
        return out;
    }
    /** The project modules a noted file's import lines may bring (none for a file not noted). */
    importTargets(file) {
        const id = this.ids.get(file);
        return id !== undefined && this.isNoted(id) ? this.targetsOf(id).map((t) => this.paths[t]) : [];
    }
    /** No wrapper in this module: noted, and none found by settle(). False before settle(). */
    hasNoWrapper(file) {
        const id = this.ids.get(file);
        return !!this.commands && id !== undefined && this.isNoted(id) && !this.commands.has(id);
    }
    /**
     * An import of this module name (from a noted file; relative or absolute) may bring a module
     * that may have a wrapper, or one outside the run. False only after settle(), for an absolute
     * name whose first name is none of outsideNames' and whose last name is no such module's: it
     * brings a module the run read, with no wrapper, or none (importsProjectWrapper need not
     * resolve it).
     */
    mayBring(moduleName) {
        if (!this.commands || this.outside === null || moduleName.startsWith('.'))
            return true;
        const spec = this.interned.get(moduleName) ?? this.intern(moduleName);
        return this.outside.has(spec.first) || this.commandKeys.has(spec.last);
    }
    /**
     * The file's import lines may bring a module with a wrapper (then it is read and checked:
     * importsProjectWrapper). True for a file not noted, or before settle().
     */
    mayImportWrapper(file) {
        const id = this.ids.get(file);
        if (!this.commands || id === undefined || !this.isNoted(id))
            return true;
        // An import that may bring a module outside the run, or one whose last name is that of a
        // module that may have a wrapper: the others bring neither.
        const outside = this.outside;
        const keys = this.commandKeys;
        const wanted = (first, last) => outside === null || outside.has(first) || keys.has(last);
        return this.resolvedTargets(id, wanted).some((t) => this.commands.has(t) || !this.isNoted(t));
    }
}
/** The last name of the module a file is (`a/b.py`, `a/b/__init__.py`: `b`). */
function moduleKey(file) {
    const base = path.basename(file, '.py');
    return base === '__init__' ? path.basename(path.dirname(file)) : base;
}
