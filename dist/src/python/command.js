import { classifyShell } from '../knowledge/commands.js';
import { parseShell } from '../shell.js';
import { allInBackground, applyShellEdits, commandSites, devnullShellEdits, redirectionFor, shellLeaks } from '../shell-fds.js';
import { enclosingStatement, reachedLoads, reachingAssignments } from './analysis.js';
import { unparenthesize } from './semantic.js';
import { heldOnSelf, rank, segmentsOf, textOf } from './command-text.js';
import { allOpaque, OPAQUE, unedited } from './strings.js';
import { MAX_RETURN_DEPTH, returnedValues } from './returned-command.js';
export function commandOf(expr, model, depth = 0) {
    let source = sameText(unparenthesize(expr), model);
    let editable = true;
    if (source.type === 'identifier') {
        // cmd = 'python test.py'; os.popen(cmd): the article's own shape. A name assigned in several
        // places runs the string whose assignment reaches the call (`cmd = 'a ' + x` in each branch).
        const bindings = reachingAssignments(model, source);
        if (bindings) {
            // Several may reach the call: the loudest string counts (and none is edited).
            const use = source;
            const louder = (a, b) => (rank(classifyShell(textOf(lineOf(b.value)))) > rank(classifyShell(textOf(lineOf(a.value)))) ? b : a);
            const binding = bindings.reduce(louder);
            editable = bindings.length === 1 && reachedLoads(model, binding).every((load) => load.id === use.id);
            source = lineOf(binding.value);
        }
        else {
            const grown = grownLine(model, source);
            if (grown)
                return { expr, segments: grown, text: grown.map((s) => s.text).join(''), editable: false, source };
            editable = false;
        }
    }
    // A line held on self (command-text.ts), read as this function reads a line.
    const held = depth < MAX_RETURN_DEPTH ? heldOnSelf(source, (value) => commandOf(value, model, depth + 1).segments) : null;
    if (held && !allOpaque(held))
        return { expr, segments: held, text: held.map((s) => s.text).join(''), editable: false, source };
    const returned = unparenthesize(source).type === 'call' ? returnedCommand(source, model, depth) : null;
    if (returned)
        return { expr, segments: returned, text: returned.map((s) => s.text).join(''), editable: false, source };
    const segments = segmentsOf(source, model);
    if (segments.some((s) => s.map === null))
        editable = editable && segments.length > 1;
    return { expr, segments, text: segments.map((s) => s.text).join(''), editable, source };
}
/**
 * Ex) cmd = self.generate_tshark_command(); Popen(cmd, shell=True, ...) / os.popen(build()):
 * the command line a function of this module or a method of the class returns
 * (returned-command.ts); of several returns, the loudest. Its text is the function's, so no edit
 * lands in it here. Null when the function is not found, or nothing of what it returns is written.
 */
function returnedCommand(call, model, depth) {
    const values = depth < MAX_RETURN_DEPTH ? returnedValues(unparenthesize(call), model) : null;
    if (!values)
        return null;
    // The loudest so far, with its rank: each return's text is classified once.
    let loudest = null;
    for (const value of values) {
        const segments = unedited(commandOf(lineOf(value), model, depth + 1).segments);
        if (allOpaque(segments))
            return null;
        const loudness = rank(classifyShell(segments.map((s) => s.text).join('')));
        if (!loudest || loudness > loudest.rank)
            loudest = { segments, rank: loudness };
    }
    return loudest?.segments ?? null;
}
/**
 * Ex) command = "sudo airodump-ng -w dump "; command += interface (audit 25: ISIS-frontend): a
 * command line assigned once, then grown with `+=` in the same scope before the call. Its first
 * words, which name the program, are the assignment's; what a `+=` under a condition the call is
 * not under adds may or may not be there, so it counts as a text not known statically. Null for
 * any other rebinding.
 */
function grownLine(model, use) {
    const found = model.lookup(use.text, model.scopeOf(use));
    const before = (found?.bindings ?? []).filter((b) => b.node.startIndex < use.startIndex).sort((a, b) => a.node.startIndex - b.node.startIndex);
    const base = before[0];
    if (before.length < 2 || base?.kind !== 'assign' || !base.value || base.node.parent?.type !== 'assignment')
        return null;
    const segments = [...segmentsOf(lineOf(base.value), model)];
    for (const b of before.slice(1)) {
        const grow = b.node.parent;
        if (grow?.type !== 'augmented_assignment' || grow.childForFieldName('left')?.id !== b.node.id || grow.childForFieldName('operator')?.text !== '+=')
            return null;
        const block = enclosingStatement(grow)?.parent;
        const always = !!block && use.startIndex >= block.startIndex && use.endIndex <= block.endIndex;
        segments.push(...(always ? segmentsOf(grow.childForFieldName('right'), model) : [OPAQUE]));
    }
    return segments;
}
/**
 * Ex) cmd = 'cowpatty -r cap -c' ... elif ...: cmd = ['aircrack-ng', '-a 2', '-w -', cap];
 * Popen(cmd, shell=True): a list (or tuple) run with a shell is `/bin/sh -c LIST[0] LIST[1] ...`
 * on POSIX: its first item is the command line, the others only the shell's $0, $1... (audit 23:
 * waidps runs `aircrack-ng` alone so). A list with no item is no command line (left as it is).
 */
function lineOf(value) {
    const v = unparenthesize(value);
    if (v.type !== 'list' && v.type !== 'tuple')
        return value;
    return v.namedChildren.find((c) => c.type !== 'comment') ?? value;
}
/**
 * `str(cmd)`, `unicode(cmd)` of the builtins: the same command text. Python 2 code wraps nearly
 * every command so (audit 23: waidps runs `Popen(str(Rund), shell=True, ...)` with `Rund` a
 * literal, or a concatenation that ends `> file`, a few lines above).
 */
function sameText(n, model) {
    if (n.type !== 'call')
        return n;
    const fn = n.childForFieldName('function');
    if (fn?.type !== 'identifier' || (fn.text !== 'str' && fn.text !== 'unicode') || model.lookup(fn.text, model.scopeOf(n)))
        return n;
    const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const only = args.length === 1 ? args[0] : null;
    return only && only.type !== 'keyword_argument' && only.type !== 'list_splat' && only.type !== 'dictionary_splat' ? unparenthesize(only) : n;
}
/** No command of the string can write to the given pipe fds any more. */
export function isRedirected(command, pipes) {
    return !shellLeaks(parseShell(command.text), pipes);
}
/**
 * Source edits that send the command's writes to /dev/null: inside the literal when it can
 * be edited, else by wrapping the expression in a group `{ CMD\n} >/dev/null`.
 */
export function devnullEdits(command, pipes) {
    if (command.editable) {
        const shellEdits = devnullShellEdits(command.text, parseShell(command.text), pipes);
        const mapped = shellEdits && mapEdits(command, shellEdits);
        if (mapped)
            return mapped;
    }
    const expr = command.expr;
    return [{ start: expr.startIndex, end: expr.endIndex, content: `'{ %s\\n} ${redirectionFor(pipes)}' % (${expr.text},)` }];
}
/**
 * Source edits that run the command in the background with stdout and stderr on /dev/null
 * (`CMD >/dev/null 2>&1 &`, a compound command grouped first): the shell os.popen starts then
 * exits at once, so a Python 2 parent that closes the pipe (pclose) no longer waits for the
 * command. Null when the string is already backgrounded as a whole or cannot be rewritten.
 */
export function backgroundEdits(command) {
    const script = parseShell(command.text);
    const sites = commandSites(script);
    if (sites && sites.length > 0 && sites.every((s) => s.background && !['out', 'err'].includes(s.stdout) && !['out', 'err'].includes(s.stderr)))
        return null;
    if (command.editable && script.ok && !script.hasHeredoc && script.list.items.length > 0) {
        const single = script.list.items.length === 1 && script.list.items[0].pipelines.length === 1 && !script.hasComment && !script.hasCompound && !script.placeholderCommand && !script.list.items[0].separator;
        let tail = command.text.length;
        while (tail > 0 && /\s/.test(command.text[tail - 1]))
            tail--;
        // A comment or an interpolated command may end the line: the group closes on the next one.
        const closing = script.hasComment || script.placeholderCommand
            ? { start: tail, end: tail, content: '\n} >/dev/null 2>&1 &' }
            : { start: script.lastEnd, end: tail, content: '; } >/dev/null 2>&1 &' };
        const edits = single
            ? [{ start: script.lastEnd, end: tail, content: ' >/dev/null 2>&1 &' }]
            : [{ start: script.firstStart, end: script.firstStart, content: '{ ' }, closing];
        const fixed = parseShell(applyShellEdits(command.text, edits));
        const fixedSites = commandSites(fixed);
        const mapped = fixed.ok && !shellLeaks(fixed, [1, 2]) && fixedSites?.every((s) => s.background) ? mapEdits(command, edits) : null;
        if (mapped)
            return mapped;
    }
    const expr = command.expr;
    return [{ start: expr.startIndex, end: expr.endIndex, content: `'{ %s\\n} >/dev/null 2>&1 &' % (${expr.text},)` }];
}
function mapEdits(command, edits) {
    const out = [];
    const source = command.source ? unparenthesize(command.source) : null;
    const concatenation = source?.type === 'binary_operator' && source.childForFieldName('operator')?.text === '+';
    for (const e of edits) {
        let offset = 0;
        let mapped = null;
        for (const seg of command.segments) {
            const segEnd = offset + seg.text.length;
            if (seg.map && e.start >= offset && e.end <= segEnd) {
                const content = seg.escape(e.content);
                if (content === null)
                    return null;
                mapped = { start: seg.map[e.start - offset], end: seg.map[e.end - offset], content };
                break;
            }
            offset = segEnd;
        }
        // Ex) 'python ' + script  ->  'python ' + script + ' >/dev/null': an insertion at either
        // end of a `+` chain whose end is not a literal becomes one more operand.
        if (!mapped && concatenation && source && e.start === e.end && !e.content.includes("'") && !e.content.includes('\\')) {
            const literal = `'${e.content.replace(/\n/g, '\\n')}'`;
            if (e.start === command.text.length)
                mapped = { start: source.endIndex, end: source.endIndex, content: ` + ${literal}` };
            else if (e.start === 0)
                mapped = { start: source.startIndex, end: source.startIndex, content: `${literal} + ` };
        }
        if (!mapped)
            return null;
        out.push(mapped);
    }
    return out;
}
/**
 * A `shell=True` call whose command line runs wholly in the background (`l2ping ... &`): the
 * shell it starts exits at once, and the Popen's pipes belong to the background commands.
 */
export function shellExitsAtOnce(args, model) {
    if (!args)
        return false;
    const n = unparenthesize(args);
    const first = n.type === 'list' || n.type === 'tuple' ? n.namedChildren.find((c) => c.type !== 'comment') : n;
    return !!first && allInBackground(parseShell(commandOf(first, model).text));
}
/** What the shell command line writes on stdout and stderr (knowledge/commands.ts). */
export function shellOutput(command) {
    return classifyShell(command.text);
}
