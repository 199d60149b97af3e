import { argument, callsTo, classifyUse, handleUses, literalString } from './analysis.js';
import { backgroundEdits, commandOf } from './command.js';
import { inWindowsArm } from './command-text.js';
import { outerExpression, unparenthesize } from './semantic.js';
import { parseShell } from '../shell.js';
import { commandSites } from '../shell-fds.js';
import { endsAtOnce } from '../knowledge/background.js';
const SHELL_READERS = new Set(['subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput', 'commands.getstatusoutput']);
const CAPTURE = new Set(['subprocess.check_output', 'subprocess.run']);
const OPENERS = new Set(['os.popen', 'platform.popen', 'subprocess.Popen']);
const PIPE = new Set(['subprocess.PIPE']);
const STDOUT = new Set(['subprocess.STDOUT']);
const READ_METHODS = new Set(['read', 'readlines']);
const FALSY = new Set(['False', '0', 'None']);
function keyword(call, name) {
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
            return a.childForFieldName('value');
    }
    return null;
}
const truthy = (n) => !!n && !FALSY.has(n.text);
/** The fds of the child the parent gets as pipes and reads: [1], [1, 2], or [] when none. */
function readFds(ctx, call, qualified) {
    if (SHELL_READERS.has(qualified))
        return [1, 2];
    if (qualified === 'os.popen' || qualified === 'platform.popen') {
        const mode = literalString(argument(call, 1, 'mode'));
        return mode === null || mode.startsWith('r') ? [1] : [];
    }
    if (!truthy(keyword(call, 'shell')))
        return [];
    const is = (n, names) => !!n && names.has(ctx.model.qualifiedName(unparenthesize(n)) ?? '');
    const stdout = keyword(call, 'stdout');
    const stderr = keyword(call, 'stderr');
    const capture = qualified === 'subprocess.run' && truthy(keyword(call, 'capture_output'));
    const out = qualified === 'subprocess.check_output' || capture || is(stdout, PIPE);
    const err = capture || is(stderr, PIPE) || (out && is(stderr, STDOUT));
    return [...(out ? [1] : []), ...(err ? [2] : [])];
}
/** How the parent reads the opener's handle to EOF, or null: `.read()`, a `for` over it, `communicate()`. */
function readsToEof(ctx, call, qualified) {
    const popen = qualified === 'subprocess.Popen';
    const judge = (ref) => {
        const use = classifyUse(ref);
        if (popen) {
            if (use.kind === 'method' && use.name === 'communicate')
                return 'communicate()';
            // Ex) p.stdout.read()
            if (use.kind === 'attribute' && (use.name === 'stdout' || use.name === 'stderr')) {
                const inner = classifyUse(use.node);
                if (inner.kind === 'method' && READ_METHODS.has(inner.name) && inner.argCount === 0)
                    return `${use.name}.${inner.name}()`;
                if (inner.kind === 'iterate')
                    return `a loop over ${use.name}`;
            }
            return null;
        }
        if (use.kind === 'method' && READ_METHODS.has(use.name) && use.argCount === 0)
            return `${use.name}()`;
        if (use.kind === 'iterate')
            return 'a loop over it';
        return null;
    };
    const expr = outerExpression(call);
    if (expr.parent?.type === 'attribute' || expr.parent?.type === 'for_statement' || expr.parent?.type === 'for_in_clause')
        return judge(call);
    const handle = handleUses(ctx.model, call);
    for (const { ref } of handle?.uses ?? []) {
        const how = judge(ref);
        if (how)
            return how;
    }
    return null;
}
function backgroundHolder(ctx, cmd, fds) {
    if (!cmd)
        return null;
    const command = commandOf(cmd, ctx.model);
    if (!command.text.includes('&'))
        return null;
    const sites = commandSites(parseShell(command.text));
    const site = sites?.find((s) => s.background && !endsAtOnce(s.words) && ((fds.includes(1) && s.stdout === 'out') || (fds.includes(2) && s.stderr === 'err')));
    // Ex) `wait` in the same line waits for the job: the shell exits after it.
    if (!site || sites.some((s) => s.words[0] === 'wait'))
        return null;
    const holder = site.words.find((w) => !/^(nohup|setsid|exec|nice|env|[A-Za-z_]\w*=.*)$/.test(w)) ?? site.words[0];
    return { holder, quiet: sites.every((s) => s.background) ? backgroundEdits(command) : null };
}
export function eofReads(ctx) {
    const out = [];
    for (const { call, qualified } of callsTo(ctx.model, new Set([...SHELL_READERS, ...CAPTURE, ...OPENERS]))) {
        const fds = readFds(ctx, call, qualified);
        // Ex) if sys.platform == 'win32': check_output('cd /d %s & build.bat' % d, shell=True) - cmd.exe's `&` runs one command after the other.
        if (fds.length === 0 || inWindowsArm(call, ctx.model))
            continue;
        const how = SHELL_READERS.has(qualified) || CAPTURE.has(qualified) ? `${qualified.slice(qualified.indexOf('.') + 1)}()` : readsToEof(ctx, call, qualified);
        if (!how)
            continue;
        const holder = backgroundHolder(ctx, argument(call, 0, qualified === 'subprocess.Popen' || CAPTURE.has(qualified) ? 'args' : 'cmd'), fds);
        if (holder)
            out.push({ call, qualified, how, ...holder });
    }
    return out;
}
/** Words a module with such a read holds besides the call's name (for the prefilter's `requires`). */
export const EOF_READ_WORDS = ['popen', 'PIPE', 'check_output', 'getoutput', 'getstatusoutput', 'capture_output'];
/** The names of the calls that read a command's output (for the prefilter's `needles`). */
export const EOF_READ_CALLS = [...new Set([...SHELL_READERS, ...CAPTURE, ...OPENERS].map((q) => q.slice(q.lastIndexOf('.') + 1)))];
/**
 * Text a module with such a read holds somewhere (for the prefilter's `bytes`): the `&` of the
 * background job, as it is, or as an escape that decodeString turns into one (`\x26`, `\46`,
 * `\046`; `\u` and `\U`, whose digits it reads loosely). No `&`, no background job: the
 * command text is made of the module's own string literals (commandOf).
 */
export const BACKGROUND_TEXT = ['&', '\\x26', '\\46', '\\046', '\\u', '\\U'];
