import { unparenthesize } from './semantic.js';
import { reachingAssignments } from './analysis.js';
import { PLACEHOLDER } from '../shell.js';
import { applyTemplate, applyTemplateValues, decodeString, OPAQUE, unedited } from './strings.js';
import { programNamed, soleSelfAssignment } from './program-name.js';
/**
 * The text of a command expression, in segments that map back to the source where an edit may
 * land: string literals, `+` concatenations, %- and format-templates with the values the code
 * shows for their fields (a literal, `sys.executable`, a name bound once to a literal, the POSIX
 * arm of a Windows test), and `sys.executable` itself. Anything else is OPAQUE.
 */
export function segmentsOf(node, model) {
    const n = unparenthesize(node);
    switch (n.type) {
        case 'string': {
            const seg = decodeString(n);
            if (!seg)
                return [OPAQUE];
            // Ex) f"{upx_path} -9 -q {src}": the field the command line starts with names its program.
            const first = model && seg.map ? leadingField(seg) : -1;
            const interp = first >= 0 ? n.namedChildren.find((c) => c.type === 'interpolation' && c.startIndex === seg.map[first]) : null;
            const expr = interp?.namedChildren.find((c) => c.type !== 'comment' && c.type !== 'type_conversion' && c.type !== 'format_specifier');
            const program = expr ? programNamed(expr, model) : null;
            if (program)
                return [{ text: seg.text.slice(0, first) + program, map: null, escape: () => null }, { text: seg.text.slice(first + 1), map: seg.map.slice(first + 1), escape: seg.escape }];
            return model ? jarField(n, seg, model) : [seg];
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
                return [...segmentsOf(left, model), ...segmentsOf(right, model)];
            if (op === '%' && isStringNode(left)) {
                // Ex) 'ping -c %d %s' % (count, host) / 'kill %s' % pid
                const r = unparenthesize(right);
                const items = r.type === 'tuple' ? r.namedChildren.filter((c) => c.type !== 'comment') : [r];
                return filled(segmentsOf(left), 'percent', model ? commandValues(left, /^\s*%s/, items, model) : []);
            }
            return [OPAQUE];
        }
        case 'call': {
            // '...{}...'.format(x)
            const fn = n.childForFieldName('function');
            const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
            if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && object && isStringNode(object)) {
                const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
                const positional = args.findIndex((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat');
                const values = model ? commandValues(object, /^\s*\{0?\}/, positional < 0 ? args : args.slice(0, positional), model) : [];
                return filled(segmentsOf(object), 'format', values);
            }
            return [OPAQUE];
        }
        case 'attribute':
            // Ex) sys.executable + ' child.py': the running interpreter, a segment no edit lands in.
            if (model?.qualifiedName(n) === 'sys.executable')
                return [{ text: 'python', map: null, escape: () => null }];
            // Ex) self.scp_pre + slave: a part of the line held on self, when the code writes it as a string.
            return (model && partDepth < MAX_PART_DEPTH ? heldOnSelf(n, (value) => writtenPart(value, model)) : null) ?? [OPAQUE];
        default: {
            // Ex) exename = 'cowpatty'; cmd = exename + ' -r ' + cap: a name whose every reaching
            // assignment writes the same text (audit 23: waidps), a segment no edit lands in.
            const choices = model ? textChoices(n, model) : null;
            if (choices?.length === 1)
                return [{ text: choices[0], map: null, escape: () => null }];
            return model && n.type === 'identifier' ? partOfLine(n, model) : [OPAQUE];
        }
    }
}
// How deep partOfLine follows names inside names (`out = '> ' + path; cmd = tool + out`).
const MAX_PART_DEPTH = 3;
let partDepth = 0;
/**
 * Ex) out = f"> {self.out_path}"; cmd = f"tshark -r {pcap} " + out: a name bound once to a string
 * the code writes in part (a template with fields known only at run time): its text, fields left
 * unknown, so that a redirection or a program it holds is read (audit 35: MeasurementFramework's
 * tshark line). A segment no edit lands in; OPAQUE for anything else.
 */
function partOfLine(n, model) {
    const bindings = partDepth < MAX_PART_DEPTH ? reachingAssignments(model, n) : null;
    const part = bindings?.length === 1 ? writtenPart(bindings[0].value, model) : null;
    return part ? unedited(part) : [OPAQUE];
}
/**
 * Ex) def __init__(self): self.command = "sudo iftop -t -s " + str(self.interval) + " -B"
 *     def run(self): Popen(self.command, shell=True, stdout=PIPE)
 * Ex) def __init__(self, host): self.scp_pre = "scp " + host + "@"  ...  cmd = self.scp_pre + slave + src
 * A command line, or a part of one, held on `self`: an attribute assigned once in its class, in
 * `__init__`, holds that value for the object's life (audit 43: IntensiveCPU-simple's monitors and
 * Fetch.py). Its segments as `read` gives them from the value (a whole line as commandOf reads one,
 * a part only when the code writes it as a string), none editable: the text is `__init__`'s, so
 * no edit lands in it here. Null when `n` is no such attribute, or `read` gives null.
 */
export function heldOnSelf(n, read) {
    const value = soleSelfAssignment(unparenthesize(n), true);
    const segments = value && read(value);
    return segments ? unedited(segments) : null;
}
// The segments of a string or `+` concatenation a name or an attribute holds; null for any other value.
function writtenPart(value, model) {
    const v = value && unparenthesize(value);
    if (!v || !(isStringNode(v) || (v.type === 'binary_operator' && v.childForFieldName('operator')?.text === '+')))
        return null;
    partDepth++;
    try {
        return segmentsOf(v, model);
    }
    finally {
        partDepth--;
    }
}
// How many texts textChoices follows: a word built from a few flags, not a product of many.
const MAX_CHOICES = 8;
/**
 * Every text a string expression may take, when the code writes them all: a string or integer
 * literal, `a + b` of such (each pair), either arm of `a if c else b`, `str(x)` / `unicode(x)` of
 * the builtins, and a name whose every reaching assignment (analysis.ts) is one of these. Null
 * when a part is known only at run time (a parameter, a call, a placeholder), or past a few texts.
 * Ex) verbose = ''; if debug: verbose = 'v'; ['tar', '-c' + verbose, ...]: `-c` or `-cv`.
 */
export function textChoices(node, model, depth = 0) {
    const n = unparenthesize(node);
    if (n.type === 'integer')
        return [n.text];
    if (isStringNode(n)) {
        const text = literalText(n);
        return text === null || text.includes(PLACEHOLDER) ? null : [text];
    }
    if (depth >= 4)
        return null;
    let out = null;
    if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '+') {
        const left = textChoices(n.childForFieldName('left'), model, depth + 1);
        const right = left && textChoices(n.childForFieldName('right'), model, depth + 1);
        out = left && right ? left.flatMap((l) => right.map((r) => l + r)) : null;
    }
    else if (n.type === 'conditional_expression') {
        const [yes, , no] = n.namedChildren.filter((c) => c.type !== 'comment');
        const a = yes && textChoices(yes, model, depth + 1);
        const b = a && no ? textChoices(no, model, depth + 1) : null;
        out = a && b ? [...a, ...b] : null;
    }
    else if (n.type === 'call') {
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        const builtin = fn?.type === 'identifier' && (fn.text === 'str' || fn.text === 'unicode') && !model.lookup(fn.text, model.scopeOf(n));
        out = builtin && args.length === 1 && !['keyword_argument', 'list_splat', 'dictionary_splat'].includes(args[0].type) ? textChoices(args[0], model, depth + 1) : null;
    }
    else if (n.type === 'identifier') {
        const bindings = reachingAssignments(model, n);
        out = [];
        for (const b of bindings ?? []) {
            const texts = b.value ? textChoices(b.value, model, depth + 1) : null;
            if (!texts)
                return null;
            out.push(...texts);
        }
        if (!bindings?.length)
            return null;
    }
    if (!out)
        return null;
    const unique = [...new Set(out)];
    return unique.length <= MAX_CHOICES ? unique : null;
}
/**
 * The values a template's fields take (templateValue), and for a field the command line starts
 * with (`'%s -9 -q %s' % (upx_path, f)`, `'{} -i {}'.format(self.ffmpeg_path, src)`), left unknown
 * there, the program a name holding its path names (program-name.ts): the first word of a
 * command line is its program, as the first item of an argv is.
 */
function commandValues(template, leading, items, model) {
    const values = items.map((v) => templateValue(v, model));
    if (values[0] === null && items[0] && leading.test(literalText(template) ?? ''))
        values[0] = programNamed(items[0], model);
    return values;
}
// The offset of the f-string field a command line starts with (blanks before it allowed), or -1.
/**
 * Ex) jar = Path(here) / 'apksigner.jar'; f"java -jar {jar} verify {apk}": the field after
 * `-jar ` holds a path whose file name the code writes (a literal, `dir / 'x.jar'`,
 * `os.path.join(dir, 'x.jar')`, through a name assigned once): the jar the JVM runs is named,
 * its directory stays unknown (knowledge/commands.ts reads the jar's name as its program).
 */
function jarField(n, seg, model) {
    const at = seg.map ? seg.text.search(/-jar\s+\uE000/) : -1;
    if (at < 0)
        return [seg];
    const field = seg.text.indexOf(PLACEHOLDER, at);
    const interp = n.namedChildren.find((c) => c.type === 'interpolation' && c.startIndex === seg.map[field]);
    const expr = interp?.namedChildren.find((c) => c.type !== 'comment' && c.type !== 'type_conversion' && c.type !== 'format_specifier');
    const name = expr ? jarName(expr, model, 0) : null;
    if (!name)
        return [seg];
    return [
        { text: seg.text.slice(0, field), map: seg.map.slice(0, field), escape: seg.escape },
        { text: `${PLACEHOLDER}/${name}`, map: null, escape: () => null },
        { text: seg.text.slice(field + 1), map: seg.map.slice(field + 1), escape: seg.escape },
    ];
}
const JAR_PATH_FUNCTIONS = new Set(['os.path.join', 'os.path.abspath', 'os.path.realpath', 'posixpath.join']);
// The `x.jar` a path expression ends in, when the code writes it; null otherwise.
function jarName(node, model, depth) {
    const n = unparenthesize(node);
    if (depth > 3)
        return null;
    let last = null;
    if (isStringNode(n))
        last = n;
    else if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '/')
        last = n.childForFieldName('right');
    else if (n.type === 'call') {
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        if (fn && (JAR_PATH_FUNCTIONS.has(model.qualifiedName(fn) ?? '') || (fn.type === 'identifier' && fn.text === 'str' && args.length === 1)))
            last = args.at(-1) ?? null;
    }
    else if (n.type === 'identifier') {
        const reaching = reachingAssignments(model, n);
        return reaching?.length === 1 && reaching[0].value ? jarName(reaching[0].value, model, depth + 1) : null;
    }
    if (!last)
        return null;
    if (!isStringNode(unparenthesize(last)))
        return last === n ? null : jarName(last, model, depth + 1);
    const text = literalText(unparenthesize(last));
    const base = text?.slice(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
    return base && /^[\w.+-]+\.jar$/.test(base) ? base : null;
}
function leadingField(seg) {
    const at = seg.text.search(/\S/);
    return at >= 0 && seg.text[at] === PLACEHOLDER ? at : -1;
}
function filled(segments, kind, values) {
    // One template literal: its fields take the values; a concatenation of literals keeps them unknown.
    return segments.length === 1 ? applyTemplateValues(segments[0], kind, values) : segments.map((s) => applyTemplate(s, kind));
}
/**
 * The text a template field is filled with, where the code shows it: a string or number literal,
 * the running interpreter (`sys.executable`), a name bound once to a literal, and of `a if
 * <Windows test> else b` the branch taken elsewhere (the hazards are those of a POSIX pipe:
 * `'ping -{} 1'.format('n' if os.name == 'nt' else 'c')` runs `ping -c 1`). Null otherwise.
 */
function templateValue(node, model, depth = 0) {
    const v = unparenthesize(node);
    if (v.type === 'integer')
        return v.text;
    if (v.type === 'string')
        return literalText(v);
    if (v.type === 'attribute' && model.qualifiedName(v) === 'sys.executable')
        return 'python';
    if (v.type === 'conditional_expression' && depth < 2) {
        const [yes, test, no] = v.namedChildren.filter((c) => c.type !== 'comment');
        const windows = test ? windowsTest(test, model) : null;
        if (windows === null || !yes || !no)
            return null;
        return templateValue(windows ? no : yes, model, depth + 1);
    }
    if (v.type === 'identifier' && depth < 2) {
        const bindings = reachingAssignments(model, v);
        return bindings?.length === 1 && bindings[0].value ? templateValue(bindings[0].value, model, depth + 1) : null;
    }
    return null;
}
// Ex) os.name == 'nt' / sys.platform == 'win32' / sys.platform.startswith('win') /
// platform.system() == 'Windows': true when the test holds on Windows (false: `!= 'nt'`, `not ...`), else null.
function windowsTest(test, model) {
    const t = unparenthesize(test);
    if (t.type === 'not_operator') {
        const inner = t.childForFieldName('argument');
        const value = inner ? windowsTest(inner, model) : null;
        return value === null ? null : !value;
    }
    if (t.type === 'comparison_operator' && t.namedChildren.length === 2) {
        const [left, right] = t.namedChildren;
        const op = t.text.slice(left.endIndex - t.startIndex, right.startIndex - t.startIndex).trim();
        const value = literalText(right);
        const subject = left.type === 'call' ? left.childForFieldName('function') : left;
        const q = subject ? model.qualifiedName(subject) : null;
        const windows = (q === 'os.name' && value === 'nt') || (q === 'sys.platform' && !!value && value.startsWith('win')) || (q === 'platform.system' && value === 'Windows');
        if (!windows)
            return null;
        return op === '==' ? true : op === '!=' ? false : null;
    }
    if (t.type === 'call') {
        // sys.platform.startswith('win')
        const fn = t.childForFieldName('function');
        const object = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'startswith' ? fn.childForFieldName('object') : null;
        const arg = t.childForFieldName('arguments')?.namedChildren[0];
        return object && model.qualifiedName(object) === 'sys.platform' && arg && literalText(arg) === 'win' ? true : null;
    }
    return null;
}
/**
 * Ex) if os.name == 'nt': subprocess.Popen('cd /d "%s" & run.bat' % d, shell=True, stdout=PIPE)
 * A node in an arm of `if`/`elif` taken only on Windows (the test holds there, or the `else` of
 * one that holds nowhere else). There `shell=True` runs cmd.exe, not sh: `&` separates two
 * commands, it backgrounds neither.
 */
export function inWindowsArm(node, model) {
    for (let child = node, n = node.parent; n; child = n, n = n.parent) {
        if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda')
            return false;
        if (n.type !== 'if_statement' && n.type !== 'elif_clause')
            continue;
        const condition = n.childForFieldName('condition');
        const test = condition ? windowsTest(condition, model) : null;
        if (test === null)
            continue;
        if (n.childForFieldName('consequence')?.id === child.id)
            return test;
        // The `else` after `if not windows` (an `elif` chain stays unknown: its later tests narrow it).
        if (child.type === 'else_clause' && n.type === 'if_statement' && !n.childrenForFieldName('alternative').some((a) => a.type === 'elif_clause'))
            return !test;
    }
    return false;
}
export function isStringNode(node) {
    const n = unparenthesize(node);
    return n.type === 'string' || n.type === 'concatenated_string';
}
/** The text of a string literal (or adjacent literals) with no placeholder-only content, else null. */
export function literalText(node) {
    const n = unparenthesize(node);
    if (n.type !== 'string' && n.type !== 'concatenated_string')
        return null;
    const segs = n.type === 'string' ? [decodeString(n)] : n.namedChildren.map((c) => (c.type === 'string' ? decodeString(c) : null));
    if (segs.some((x) => !x))
        return null;
    const text = segs.map((x) => x.text).join('');
    return text.includes(PLACEHOLDER) && [...text].every((c) => c === PLACEHOLDER) ? null : text;
}
const RANK = { none: 0, bounded: 1, unbounded: 2 };
/** How loud a command's output is: the larger, the more it can write. */
export const rank = (c) => RANK[c.stdout] + RANK[c.stderr];
/** The text of a command expression, its unknown parts as placeholders. */
export const textOf = (node) => segmentsOf(node).map((s) => s.text).join('');
