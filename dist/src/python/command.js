import { devnullShellEdits, parseShell, redirectionFor, shellLeaks } from '../shell.js';
import { unparenthesize } from './semantic.js';
import { applyTemplate, decodeString, OPAQUE } from './strings.js';
function segmentsOf(node) {
    const n = unparenthesize(node);
    switch (n.type) {
        case 'string': {
            const seg = decodeString(n);
            return seg ? [seg] : [OPAQUE];
        }
        case 'concatenated_string':
            return n.namedChildren.flatMap((c) => segmentsOf(c));
        case 'binary_operator': {
            const op = n.childForFieldName('operator')?.text;
            const left = n.childForFieldName('left');
            const right = n.childForFieldName('right');
            if (!left || !right)
                return [OPAQUE];
            if (op === '+')
                return [...segmentsOf(left), ...segmentsOf(right)];
            if (op === '%' && isStringNode(left))
                return segmentsOf(left).map((s) => applyTemplate(s, 'percent'));
            return [OPAQUE];
        }
        case 'call': {
            // '...{}...'.format(x)
            const fn = n.childForFieldName('function');
            const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
            if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && object && isStringNode(object)) {
                return segmentsOf(object).map((s) => applyTemplate(s, 'format'));
            }
            return [OPAQUE];
        }
        default:
            return [OPAQUE];
    }
}
function isStringNode(node) {
    const n = unparenthesize(node);
    return n.type === 'string' || n.type === 'concatenated_string';
}
export function commandOf(expr, model) {
    let source = unparenthesize(expr);
    let editable = true;
    if (source.type === 'identifier') {
        // cmd = 'python test.py'; os.popen(cmd): the article's own shape.
        const found = model.lookup(source.text, model.scopeOf(source));
        const only = found?.bindings.length === 1 ? found.bindings[0] : null;
        if (only && only.kind === 'assign' && only.value && only.node.parent?.type === 'assignment') {
            editable = model.references(only).length === 1;
            source = only.value;
        }
        else
            editable = false;
    }
    const segments = segmentsOf(source);
    if (segments.some((s) => s.map === null))
        editable = editable && segments.length > 1;
    return { expr, segments, text: segments.map((s) => s.text).join(''), editable, source };
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
// Commands that write nothing to stdout unless asked to (-v): a pipe they never write to
// cannot break. `os.popen("exit 42").close()` is how some code reads an exit status.
const SILENT = new Set(['exit', 'true', 'false', ':', 'sleep', 'cd', 'mkdir', 'rmdir', 'rm', 'mv', 'cp', 'ln', 'touch', 'chmod', 'chown', 'chgrp', 'kill', 'killall', 'pkill', 'export', 'unset', 'umask', 'test', '[', 'wait']);
/** Every command in the string is one that prints nothing to stdout. */
export function isSilent(command) {
    const words = command.text.split(/\s*(?:&&|\|\||;|\n)\s*/).map((c) => c.trim().split(/\s+/).filter((w) => !/^\w+=/.test(w)));
    return words.length > 0 && words.every((w) => w.length > 0 && SILENT.has(w[0]) && !w.some((a) => /^-\w*v|^--verbose$/.test(a) || a.includes('|') || a.includes('>')));
}
