import { PLACEHOLDER } from '../shell.js';
import { COMMANDS, SCALING } from './commands.data.js';
/**
 * The command table compiled for matching (commands.data.ts): each line's program names,
 * subcommand words and option matchers, built once; and the first line an argument vector
 * matches, with the words that matched it, which messages show (`tar czvf`, `git rev-parse`).
 */
export const unknownWord = (w) => w === null || w.includes(PLACEHOLDER);
/** No argument names a file: each is an option, `-`, or the value of an option in `valued` (commands.data.ts `filter`). */
function namesNoFile(args, valued) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === null || a === undefined || a.includes(PLACEHOLDER))
            return false;
        if (a === '--')
            return i === args.length - 1;
        if (a === '-')
            continue;
        if (!a.startsWith('-'))
            return false;
        if (valued.includes(a))
            i++;
    }
    return true;
}
// `-v` matches `-v` and a cluster of short options holding it (`-avz`); `--list` also
// `--list=x`; `/re/` is a regular expression; anything else matches itself. Words separated
// by a space match consecutive arguments (`-1 0`, `-w -`), each part by the same rules.
function wordMatcher(flag) {
    const re = /^\/(.*)\/$/.exec(flag);
    if (re) {
        const r = new RegExp(re[1]);
        return (w) => r.test(w);
    }
    if (/^-[A-Za-z]$/.test(flag)) {
        const letter = flag[1];
        return (w) => w === flag || (/^-[A-Za-z]+$/.test(w) && w.includes(letter));
    }
    if (flag.startsWith('--'))
        return (w) => w === flag || w.startsWith(`${flag}=`);
    return (w) => w === flag;
}
// A part written `?/re/` (an option's value) is tested on the whole word, with what is only known
// at run time as PLACEHOLDER (a word not known at all is PLACEHOLDER alone): `-name ?/re/` tells a
// value whose written text has a wildcard from one that has none, known or not. Shown as `…`.
function flagMatcher(flag) {
    // A regular expression may hold spaces; a flag that starts with one is split only when each
    // part is a whole `/re/` or a word (`/^[/-][cC]$/ /^vol$/`: cmd's /c, then its built-in).
    const split = flag.split(' ');
    const parts = flag.startsWith('/') && !split.every((p) => !p.startsWith('/') || /^\/.+\/$/.test(p)) ? [flag] : split;
    const raw = parts.map((p) => p.startsWith('?/'));
    const tests = parts.map((p, j) => wordMatcher(raw[j] ? p.slice(1) : p));
    return (args, i) => {
        const slice = args.slice(i, i + tests.length);
        const words = slice.map((w, j) => (raw[j] ? (w ?? PLACEHOLDER) : knownPart(w)));
        if (words.length < tests.length || words.some((w) => w === null))
            return null;
        return tests.every((t, j) => t(words[j])) ? words.map((w) => w.replace(new RegExp(`${PLACEHOLDER}+`, 'g'), '…')).join(' ') : null;
    };
}
// Ex) '--createShortcut=' + target: the option is in the literal text, only its value is not.
// `${tag}..HEAD`: a revision range, its `..` literal, each end shown as REV. Any other word with
// a part known only at run time matches nothing.
function knownPart(word) {
    if (word === null || word === undefined)
        return null;
    if (!word.includes(PLACEHOLDER))
        return word;
    const option = /^--[A-Za-z][\w-]*=/.exec(word)?.[0];
    if (option && !option.includes(PLACEHOLDER))
        return option;
    const range = word.replaceAll(PLACEHOLDER, 'REV');
    return REVISION_RANGE.test(range) ? range : null;
}
/** `v1.2..HEAD`, `main...topic`, `REV..HEAD`, `REV..` (`REV..HEAD`): two revisions, no path. */
const REVISION_RANGE = /^[^\s/.][^\s/]*?[^\s/.]\.\.\.?(?:[^\s/.][^\s/]*)?$/;
/**
 * The first phrase one of the matchers finds in args; a value found after an option is shown
 * with it (`-R eapol`, `-n +2`), for messages.
 */
function findPhrase(args, matchers) {
    for (let i = 0; i < args.length; i++) {
        for (const m of matchers) {
            const phrase = m(args, i);
            if (phrase === null)
                continue;
            const before = i > 0 ? args[i - 1] : null;
            return !phrase.startsWith('-') && before && /^-[A-Za-z]$/.test(before) ? `${before} ${phrase}` : phrase;
        }
    }
    return undefined;
}
/**
 * A line compiled: the program names and subcommand words at once, the flag matchers when the
 * line's program is first met (a run meets few of the table's programs, and building them all
 * was most of a small run's first command). A class, not an object literal with getters: V8
 * defines a literal's accessors one by one at run time, which made compiling the table's 576
 * lines about 2 ms of a small run.
 */
class CompiledLine {
    entry;
    programs;
    subcommands;
    matchWhen = undefined;
    matchAlso = undefined;
    constructor(entry) {
        this.entry = entry;
        const [program, ...subs] = entry.command.split(/\s+/);
        this.programs = new Set(program.split('|'));
        this.subcommands = subs.map((s) => new Set(s.split('|')));
    }
    get when() {
        if (this.matchWhen === undefined)
            this.matchWhen = this.entry.when ? this.entry.when.map(flagMatcher) : null;
        return this.matchWhen;
    }
    get also() {
        return (this.matchAlso ??= (this.entry.also ?? []).map(flagMatcher));
    }
}
/** A line whose program is `*` matches any program. */
const anyProgram = (command) => command === '*' || command.startsWith('* ');
/**
 * A table's lines by program name, each compiled when first asked for: a command is matched
 * against the few lines of its own program (and those of any program), in table order, not
 * against all 576 lines (about 1 ms a command, and compiling them all about 2 ms of a small run).
 */
export class LineTable {
    entries;
    compiled;
    byProgram = new Map();
    any = [];
    constructor(entries) {
        this.entries = entries;
        this.compiled = new Array(entries.length);
        for (let i = 0; i < entries.length; i++) {
            const command = entries[i].command;
            if (anyProgram(command)) {
                this.any.push(i);
                continue;
            }
            const space = command.search(/\s/);
            for (const name of (space < 0 ? command : command.slice(0, space)).split('|')) {
                const list = this.byProgram.get(name);
                if (list)
                    list.push(i);
                else
                    this.byProgram.set(name, [i]);
            }
        }
    }
    /** The lines of any of these programs, and those of any program, in table order. */
    lines(names) {
        const at = new Set(this.any);
        for (const n of names)
            for (const i of this.byProgram.get(n) ?? [])
                at.add(i);
        return [...at].sort((a, b) => a - b).map((i) => (this.compiled[i] ??= new CompiledLine(this.entries[i])));
    }
    /** A line names one of these programs (a line of any program does not count). */
    lists(names) {
        return names.some((n) => this.byProgram.has(n));
    }
}
let compiled = null;
export function table() {
    compiled ??= new LineTable(COMMANDS);
    return compiled;
}
let compiledScaling = null;
export function scalingTable() {
    compiledScaling ??= new LineTable(SCALING);
    return compiledScaling;
}
/** The first line of `lines` that matches the command, with the words that matched it (for messages). */
export function firstMatch(lines, names, args, positional, display = names[0]) {
    for (const c of lines) {
        const { entry } = c;
        const program = anyProgram(entry.command) ? '*' : names.find((n) => c.programs.has(n));
        if (!program)
            continue;
        // An exact word `*` stands for one argument, known or not (`-i FILE`), shown as `FILE`.
        if (entry.exact && (args.length !== entry.exact.length || args.some((a, i) => entry.exact[i] !== '*' && a !== entry.exact[i])))
            continue;
        if (entry.lastAfter && (args.length < 2 || args.at(-2) !== entry.lastAfter))
            continue;
        if (entry.filter && !namesNoFile(args, entry.filter))
            continue;
        let matched = [];
        if (c.subcommands.length) {
            // Ex) ip link set / git -C dir rev-parse: the subcommand words come first among the
            // positional words, or second when the first may be an option's value. A last `*`
            // stands for one more argument, known or not (`ipfw list N`), shown as `N`.
            const any = c.subcommands.at(-1).has('*');
            const words = any ? c.subcommands.slice(0, -1) : c.subcommands;
            const tryAt = (k) => words.every((set, j) => { const p = positional[k + j]; return !!p && !p.word.includes(PLACEHOLDER) && set.has(p.word); });
            const at = tryAt(0) ? 0 : positional[0]?.afterOption && tryAt(1) ? 1 : -1;
            if (at < 0)
                continue;
            matched = words.map((_, j) => positional[at + j].word);
            // Ex) make clean file_name=x, not make clean all: after the subcommand words only
            // options and VAR=value assignments, nothing known only at run time.
            if (entry.alone) {
                const after = positional[at + words.length - 1].at + 1;
                if (args.slice(after).some((w) => w === null || (!w.startsWith('-') && !/^[A-Za-z_]\w*=/.test(w))))
                    continue;
            }
            if (any) {
                const after = words.length ? positional[at + words.length - 1].at + 1 : 0;
                if (!args.slice(after).some((w) => w === null || !w.startsWith('-')))
                    continue;
                matched.push('N');
            }
        }
        let flag;
        if (c.when) {
            flag = findPhrase(args, c.when);
            if (flag === undefined)
                continue;
        }
        const also = c.also.map((m) => findPhrase(args, [m]));
        if (also.some((p) => p === undefined))
            continue;
        const flags = [flag, ...also].filter((f) => f !== undefined && !matched.includes(f));
        return { entry, phrase: [display, ...matched, ...new Set(flags), ...(entry.exact ?? []).map((w) => (w === '*' ? 'FILE' : w))] };
    }
    return null;
}
