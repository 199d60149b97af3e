import { isListed } from '../knowledge/commands.js';
import { unparenthesize } from './semantic.js';
import { PLACEHOLDER } from '../shell.js';
import { decodeString } from './strings.js';
/**
 * The program an expression names without writing it: `shutil.which('x')`, or a name that holds
 * a program's path by the convention such code follows (`FFMPEG_BINARY`, `self.ffmpeg_path`,
 * `get_ffmpeg_exe()`). Used for an argv's first word (argv.ts) and for the first field of a
 * command-line template (`'%s -9 -q %s' % (upx_path, f)`, command-text.ts).
 */
/**
 * Functions that return the path of the program named by their argument: the standard ones, and
 * a project's own helper of the same name (catkin_tools.utils.which, a `def which(program)` that
 * walks PATH), which by the name's convention returns that program's path or None.
 */
const WHICH = new Set(['shutil.which', 'distutils.spawn.find_executable']);
const WHICH_NAMES = new Set(['which', 'find_executable']);
// Ex) shutil.which('ffmpeg') / which('notify-send') / utils.which('git')
function isWhich(call, model) {
    const fn = call.childForFieldName('function');
    if (!fn)
        return false;
    const q = model.qualifiedName(fn);
    if (q && WHICH.has(q))
        return true;
    const name = fn.type === 'identifier' ? fn.text : fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
    return !!name && WHICH_NAMES.has(name);
}
/** The program `which('x')` looks up, when `node` is such a call with a literal name. */
export function whichProgram(node, model) {
    if (node.type !== 'call' || !isWhich(node, model))
        return null;
    const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    return args.length >= 1 ? plainText(args[0]) : null;
}
/** The words a name holding a program's path adds to the program's own name (`ffmpeg_path`, `FFMPEG_BINARY`, `get_ffmpeg_exe()`). */
const PATH_WORDS = new Set(['get', 'find', 'which', 'locate', 'resolve', 'default', 'local', 'system', 'exe', 'executable', 'bin', 'binary', 'path', 'program', 'prog', 'location', 'file', 'cmd', 'command', 'name']);
/**
 * Ex) [shutil.which('ffmpeg'), '-i', src]  /  [FFMPEG_BINARY, ...]  /  [self.ffmpeg_path, ...]  /  [get_ffmpeg_exe(), ...]
 * The first word of an argv given by a value that names its program: `shutil.which('x')`
 * returns the path of `x`; a name (a variable, an attribute, a function called without
 * arguments) made of a program the command table lists and words that say "the path of"
 * (`_path`, `_bin`, `_exe`, `get_`) holds that program's path, by the convention such code
 * follows. Null for anything else (`self.binary`, `tool_path`: no program named).
 */
export function programNamed(node, model, depth = 0) {
    const own = nameProgram(node, model);
    if (own !== null || depth > 0)
        return own;
    // Ex) self._fvs2 = self._get_fvs2_bin() in __init__, then [self._fvs2, 'restore', ...]: an
    // attribute of self set once in its class holds what that value names (audit 9: Bottles).
    const value = soleSelfAssignment(unparenthesize(node));
    return value ? programNamed(value, model, depth + 1) : null;
}
function nameProgram(node, model) {
    let n = unparenthesize(node);
    if (n.type === 'call') {
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        if (isWhich(n, model))
            return args.length >= 1 ? plainText(args[0]) : null;
        const named = args.length === 1 && fn ? pathOfNamed(fn, args[0]) : null;
        if (named)
            return named;
        if (args.length > 0 || !fn)
            return null;
        n = fn;
    }
    const name = n.type === 'identifier' ? n.text : n.type === 'attribute' ? n.childForFieldName('attribute')?.text : null;
    if (!name)
        return null;
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/_+/).filter(Boolean);
    const programs = words.filter((w) => !PATH_WORDS.has(w));
    if (programs.length !== 1)
        return null;
    const program = programs[0];
    // A shell builtin has no path to hold: `set_path` is the path of something called set (audit 11:
    // social-engineer-toolkit's SET shell), `test_path` of a test, not of `set` or `test`.
    if (BUILTINS.has(program))
        return null;
    if (isListed(program))
        return program;
    // Ex) self.simarrange_path / UPX_BIN: a name ending in a word for "the path of" names its program
    // as surely for a program the table does not list; the command is then that unlisted program
    // (evidence `unlisted-program`), not a value from outside. Not a word for a role (`player_path`,
    // `tool_bin`: any program may fill it), nor a name a path word only starts (`get_tokens`).
    return ENDS_IN_PATH.has(words[words.length - 1]) && /^[a-z][a-z0-9+-]*$/.test(program) && program.length >= 3 && !ROLE_WORDS.has(program) ? program : null;
}
/**
 * Ex) thirdparty_binary('ngramsymbols') / get_executable('ffmpeg') / tool_path('sox')
 * A function whose name ends in a word for "the path of", given one literal program name, returns
 * the path of that program, as `which('x')` does (audit 33: Montreal-Forced-Aligner runs its
 * bundled OpenGrm and Kaldi tools so). The literal must read as a program's name (no folder, no
 * space, no placeholder), and not as a shell builtin.
 */
function pathOfNamed(fn, arg) {
    const name = fn.type === 'identifier' ? fn.text : fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
    const words = name?.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/_+/).filter(Boolean) ?? [];
    if (!words.length || !ENDS_IN_PATH.has(words[words.length - 1]))
        return null;
    const text = plainText(arg);
    return text !== null && /^[A-Za-z][\w.+-]*$/.test(text) && !BUILTINS.has(text) ? text : null;
}
/** Shell builtins (and `test`, `true`, `false`, whose binaries no code keeps a path to). */
const BUILTINS = new Set(['set', 'unset', 'export', 'source', 'exit', 'wait', 'test', 'true', 'false', 'cd', 'alias', 'shift', 'trap', 'read', 'eval', 'exec', 'type', 'umask', 'ulimit', 'echo', 'printf']);
/** The last words of a name that says it holds a program's path (`x_path`, `X_BIN`, `x_exe`). */
const ENDS_IN_PATH = new Set(['path', 'bin', 'binary', 'exe', 'executable', 'prog', 'program']);
/**
 * Words that name what a program does or where a file is, not which program it is: `player_path`
 * may hold mpv or vlc, `script_path` any script, `output_path` no program at all.
 */
const ROLE_WORDS = new Set([
    'app', 'application', 'tool', 'tools', 'util', 'utility', 'script', 'helper', 'wrapper', 'launcher', 'runner', 'loader', 'installer', 'updater',
    'player', 'browser', 'editor', 'viewer', 'reader', 'writer', 'shell', 'terminal', 'term', 'interpreter', 'compiler', 'linker', 'debugger', 'encoder', 'decoder',
    'converter', 'renderer', 'driver', 'daemon', 'service', 'server', 'client', 'agent', 'worker', 'engine', 'backend', 'frontend', 'plugin', 'module',
    'main', 'base', 'root', 'home', 'dir', 'folder', 'src', 'source', 'dest', 'destination', 'target', 'output', 'input', 'out', 'log', 'temp', 'tmp',
    'data', 'config', 'conf', 'cache', 'work', 'install', 'abs', 'full', 'real', 'user', 'custom', 'external', 'current', 'new', 'old', 'this', 'my',
    'the', 'venv', 'env', 'build', 'test', 'run', 'exec', 'process', 'proc', 'sub', 'child', 'parent', 'cli', 'gui', 'web',
]);
// A plain string literal's text (no f-string field, no escape for a character not known): a program name as written.
function plainText(node) {
    const n = unparenthesize(node);
    const text = n.type === 'string' ? decodeString(n)?.text ?? null : null;
    return text !== null && !text.includes(PLACEHOLDER) ? text : null;
}
/**
 * The value of the one assignment `self.x = value` in the class round `self.x`, or null (none, or
 * several). With `inInit`, only when that assignment is in the class's `__init__`: the attribute
 * holds that value from the object's start (audit 43: `self.command = "sudo iftop -t -s 1 -B"`).
 */
export function soleSelfAssignment(attr, inInit = false) {
    if (attr.type !== 'attribute' || attr.childForFieldName('object')?.text !== 'self')
        return null;
    const name = attr.childForFieldName('attribute')?.text;
    let cls = attr.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    const body = cls?.childForFieldName('body');
    if (!name || !body)
        return null;
    const values = [];
    const stack = [body];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'class_definition' && n.id !== cls.id)
            continue;
        if (n.type === 'assignment' || n.type === 'augmented_assignment') {
            const left = n.childForFieldName('left');
            const targets = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren : left ? [left] : [];
            if (targets.some((t) => t.type === 'attribute' && t.childForFieldName('object')?.text === 'self' && t.childForFieldName('attribute')?.text === name)) {
                const right = n.childForFieldName('right');
                if (n.type === 'augmented_assignment' || !right || targets.length > 1)
                    return null;
                values.push(right);
            }
        }
        stack.push(...n.namedChildren);
    }
    if (values.length !== 1)
        return null;
    return !inInit || enclosingDefName(values[0]) === '__init__' ? values[0] : null;
}
// The name of the function a node is in (its nearest `def`), or null at a class's or module's top.
function enclosingDefName(node) {
    let n = node.parent;
    while (n && n.type !== 'function_definition' && n.type !== 'class_definition')
        n = n.parent;
    return n?.type === 'function_definition' ? n.childForFieldName('name')?.text ?? null : null;
}
