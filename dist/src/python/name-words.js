import { isListed } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { reachingAssignments } from './analysis.js';
import { unparenthesize } from './semantic.js';
import { isStringNode, literalText, textOf } from './command-text.js';
import { parameterOf } from './wrappers.js';
import { whichProgram } from './program-name.js';
/**
 * The words of an argv item written as a name or a path rather than a string: the program a name
 * holds (`exe = 'powershell.exe'`, a parameter every call passes a string to, `which('x')`, a path
 * joined onto a written file name) and a path from this file's folder
 * (`os.path.join(os.path.dirname(__file__), 'tools', 'server.py')`). Used by argv.ts for the
 * items of an argument vector.
 */
// Ex) exe = 'powershell.exe'; Popen([exe, '-File', path]): a word held by a name. Every string
// assignment that reaches the item (a literal, a template) must name the same program, or the
// word stays unknown. Strings that differ in their directories give the file name alone.
export function wordsOfName(node, model) {
    const n = unparenthesize(node);
    if (n.type !== 'identifier')
        return null;
    const texts = (reachingAssignments(model, n) ?? []).flatMap((b) => (b.value ? valueTexts(b.value, model, 0) : [null]));
    // Ex) def test_binary(path): Popen([path, '--version']) ... test_binary('dist/app.exe'): a
    // parameter every call in the module passes a string to.
    if (texts.length === 0)
        texts.push(...parameterTexts(n, model));
    if (texts.length === 0 || texts.some((t) => t === null))
        return null;
    // Ex) r'{}\System32\powershell.exe'.format(root) or 'powershell.exe': the program's file name.
    const program = (t) => versionedStem(t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1));
    const first = texts[0];
    if (texts.some((t) => program(t).includes(PLACEHOLDER)))
        return null;
    // Ex) name = 'walsh' if found('walsh') else 'wash': programs written here, each a possibility.
    if (!texts.every((t) => program(t).toLowerCase() === program(first).toLowerCase()))
        return [...new Set(texts.map((t) => program(t)))];
    return [texts.every((t) => t === first) && !first.includes('\\') && !first.includes(PLACEHOLDER) ? first : program(first)];
}
// The strings a value may be: a literal, a template, a concatenation, either branch of
// `a if c else b`, a path joined onto a written file name (`os.path.join(d, 'lrelease')`), or
// what another name holds (`exe = exe_`); null for anything else.
function valueTexts(value, model, depth) {
    const v = unparenthesize(value);
    if (v.type === 'conditional_expression') {
        const [yes, , no] = v.namedChildren.filter((c) => c.type !== 'comment');
        return yes && no ? [...valueTexts(yes, model, depth), ...valueTexts(no, model, depth)] : [null];
    }
    // Ex) notify_send_exec = which('notify-send'): the path of the program it names.
    const found = whichProgram(v, model);
    if (found)
        return [found];
    // Ex) exe = os.path.join(qt_dir, exe_) ... exe = exe_: the file name the path ends in.
    if (depth < 3) {
        const joined = joinedName(v, model);
        if (joined)
            return valueTexts(joined, model, depth + 1).map((t) => (t === null ? null : `${PLACEHOLDER}/${t}`));
        if (v.type === 'identifier') {
            const bindings = reachingAssignments(model, v) ?? [];
            return bindings.length ? bindings.flatMap((b) => (b.value ? valueTexts(b.value, model, depth + 1) : [null])) : [null];
        }
    }
    return isStringNode(v) || v.type === 'call' || v.type === 'binary_operator' ? [textOf(v)] : [null];
}
const PATH_FUNCTIONS = new Set(['os.path.join', 'os.path.abspath', 'os.path.realpath', 'os.path.normpath', 'os.path.expanduser', 'posixpath.join', 'ntpath.join']);
/** The last part of `os.path.join(dir, ..., name)` (the one argument of `abspath(x)` and kin), or null. */
function joinedName(call, model) {
    if (call.type !== 'call')
        return null;
    const fn = call.childForFieldName('function');
    if (!fn || !PATH_FUNCTIONS.has(model.qualifiedName(fn) ?? ''))
        return null;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const last = args.at(-1);
    return last && !['list_splat', 'keyword_argument', 'dictionary_splat'].includes(last.type) ? last : null;
}
// Ex) os.path.dirname(__file__), os.path.dirname(os.path.abspath(__file__)), or a name bound once to one.
function isThisFolder(node, model, depth = 0) {
    const n = unparenthesize(node);
    if (n.type === 'identifier' && depth < 3) {
        const bindings = reachingAssignments(model, n) ?? [];
        return bindings.length === 1 && !!bindings[0].value && isThisFolder(bindings[0].value, model, depth + 1);
    }
    if (n.type !== 'call' || model.qualifiedName(n.childForFieldName('function')) !== 'os.path.dirname')
        return false;
    const arg = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    if (arg.length !== 1)
        return false;
    const inner = unparenthesize(arg[0]);
    if (inner.type === 'identifier')
        return inner.text === '__file__';
    const wrapped = inner.type === 'call' ? inner.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [] : [];
    return inner.type === 'call' && ['os.path.abspath', 'os.path.realpath'].includes(model.qualifiedName(inner.childForFieldName('function')) ?? '') && wrapped.length === 1 && wrapped[0].text === '__file__';
}
/**
 * Ex) os.path.join(os.path.dirname(__file__), 'tools', 'server.py'): a path from this file's
 * folder, as the command knowledge reads a folder known only at run time followed by a written
 * path (`<folder>/tools/server.py`), so that a script of the project is found
 * (knowledge/project-scripts.ts). Null for anything else.
 */
export function besideThisFile(node, model) {
    const n = unparenthesize(node);
    if (n.type !== 'call' || model.qualifiedName(n.childForFieldName('function')) !== 'os.path.join')
        return null;
    const [dir, ...rest] = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    if (!dir || !rest.length || !isThisFolder(dir, model))
        return null;
    const parts = rest.map((r) => literalText(r));
    return parts.every((p) => p !== null && !p.includes(PLACEHOLDER)) ? `${PLACEHOLDER}/${parts.join('/')}` : null;
}
/**
 * Ex) 'pylupdate' + qt_version[0] + '.exe' * is_windows: a program name written in the source,
 * then a part known only at run time (a version, Windows' `.exe`). The written name is the
 * program when the command table lists it; any other text is returned as it is.
 */
function versionedStem(name) {
    const at = name.indexOf(PLACEHOLDER);
    if (at < 0)
        return name;
    // `'git-' + name` is another program (`git-upload-pack`): the stem must end the word as written.
    const stem = name.slice(0, at);
    return /^[A-Za-z][\w+-]*[A-Za-z0-9]$/.test(stem) && stem.length >= 3 && isListed(stem) ? stem : name;
}
// A parameter of a module-level function, and the strings the calls of that function in this
// module pass for it; none when some call passes anything else or it has no call here.
function parameterTexts(identifier, model) {
    const param = parameterOf(model, identifier);
    if (!param)
        return [];
    const out = [];
    for (const occurrence of model.occurrences(param.name)) {
        const call = occurrence.parent;
        if (call?.type !== 'call' || call.childForFieldName('function')?.id !== occurrence.id)
            continue;
        const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        const arg = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === param.paramName)?.childForFieldName('value')
            ?? (args[param.index]?.type === 'keyword_argument' || args.slice(0, param.index + 1).some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat') ? null : args[param.index]);
        out.push(arg && isStringNode(arg) ? textOf(arg) : null);
    }
    return out;
}
