import { holdsImportWord, importLines, wordFollowedBy } from './import-bytes.js';
import { importedNames } from './project-imports.js';
import { mayHoldSubmodules, ownCopy, resolveModule } from './project.js';
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
    /** Modules with a `def` at a line start and the word `import`: they may pass a parameter on to an imported wrapper. */
    chains = new Set();
    /** The wrappers of their own of the modules that name an opener. */
    own = new Map();
    /** Per module that may have a wrapper: the names it may have with a command (ANY: unknown). */
    commands = null;
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
    targetsOf(id) {
        const from = this.first[id] ?? 0;
        return this.edges.slice(from, from + (this.count[id] ?? 0));
    }
    /**
     * A Python file of the run, as read (absolute path, its bytes). `noOpener`: the bytes are
     * known to hold none of OPENER_WORDS (the prefilter's gate has just read them all).
     */
    note(file, bytes, noOpener = false) {
        const id = this.idOf(file);
        this.first[id] = this.edges.length;
        const imports = holdsImportWord(bytes);
        if (imports) {
            for (const { start, end, line } of importLines(bytes)) {
                INDENTED_IMPORT.lastIndex = 0;
                const m = INDENTED_IMPORT.exec(line);
                if (!m)
                    continue;
                for (const part of m[1] !== undefined ? [m[1]] : m[2].split(',').map((p) => p.trim().split(/[ \t]+/)[0])) {
                    if (STD_MODULE.test(part))
                        continue;
                    const target = resolveModule(file, part);
                    if (target)
                        this.edges.push(this.idOf(target));
                    if (m[1] === undefined || !mayHoldSubmodules(file, part))
                        continue;
                    // `from m import (a,\n b)`: the names run to the first `)`.
                    const close = bytes.indexOf(RPAREN, start);
                    for (const name of importedNames((close >= end ? bytes.toString('latin1', start, close + 1) : line).trimStart(), 0)) {
                        const sub = resolveModule(file, part.endsWith('.') ? `${part}${name}` : `${part}.${name}`);
                        if (sub && sub !== target)
                            this.edges.push(this.idOf(sub));
                    }
                }
            }
        }
        this.count[id] = this.edges.length - this.first[id];
        if (imports && definesAtLineStart(bytes))
            this.chains.add(id);
        if (!noOpener && namesOpener(bytes)) {
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
        const importers = new Map();
        const work = [];
        for (const [id, own] of this.own) {
            if (!own.size)
                continue;
            commands.set(id, new Set([...own].filter(([, c]) => c !== null).map(([name]) => name)));
            if ([...own.values()].some((c) => c !== null))
                work.push(id);
        }
        for (const id of this.chains) {
            for (const target of this.targetsOf(id)) {
                // A module outside the run's files may have any wrapper.
                if (!this.isNoted(target) && !commands.has(target)) {
                    commands.set(target, ANY);
                    work.push(target);
                }
                const list = importers.get(target);
                if (list)
                    list.push(id);
                else
                    importers.set(target, [id]);
            }
        }
        // A module whose names grew: each importer that calls one of them may chain it.
        for (let id = work.pop(); id !== undefined; id = work.pop()) {
            const names = commands.get(id);
            for (const importer of importers.get(id) ?? []) {
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
     * The modules whose wrapper summaries linting `file` may parse (wrappers.ts, moduleSummaries):
     * the file itself and its import targets, but those known to name no opener and to have no
     * wrapper. A thread that lints the file should be the one that already summarised them
     * (pool.ts); a file not noted has none known.
     */
    summarisedWith(file) {
        const id = this.ids.get(file);
        if (id === undefined || !this.isNoted(id))
            return [];
        return [id, ...this.targetsOf(id)].filter((t) => !this.isNoted(t) || this.own.has(t) || !!this.commands?.has(t)).map((t) => this.paths[t]);
    }
    /**
     * The file's import lines may bring a module with a wrapper (then it is read and checked:
     * importsProjectWrapper). True for a file not noted, or before settle().
     */
    mayImportWrapper(file) {
        const id = this.ids.get(file);
        if (!this.commands || id === undefined || !this.isNoted(id))
            return true;
        return this.targetsOf(id).some((t) => this.commands.has(t) || !this.isNoted(t));
    }
}
