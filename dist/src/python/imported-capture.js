import { argument, callsTo, handleUses } from './analysis.js';
import { processOutput } from './argv.js';
import { shellExitsAtOnce } from './command.js';
import { handedParameter } from './handed-parameter.js';
import { chosenStreams } from './pipe-choice.js';
import { growingStreams, isShell, pipesIn } from './pipe-site.js';
import { resolvedCalls } from './project-imports.js';
import { returningFunction } from './returned.js';
import { commandIsParameter, reportAtCaller } from './returned-capture.js';
import { outerExpression } from './semantic.js';
import { returningModule } from './wrappers.js';
/**
 * POP005 at the callers of a function of another module of the project that returns a Popen of
 * its own command (blind audit 43: deployment-and-monitoring's utils/run.py returns
 * `Popen(['ansible-playbook', ...], stdout=PIPE, stderr=PIPE)`; server.py polls it until it
 * exits and never reads it). A caller in the function's own module is judged by
 * returned-capture.ts; one in another module, reaching the function through an import
 * (project-imports.ts, as a wrapper's callers do), is judged here, where it holds the handle,
 * with what the function's module says of the command. Kept to the plain forms: a module-level
 * function, defined once, whose one returned Popen pipes with PIPE written out (no pipe chosen
 * by a condition) a command that is neither its parameter nor handed on by its program.
 */
// psutil.Popen is a subclass of subprocess.Popen: the same pipes, the same wait().
const POPEN = new Set(['subprocess.Popen', 'psutil.Popen']);
// Ex) return subprocess.Popen([...])  /  proc = subprocess.Popen([...]); return proc  (its one use)
// A handle read, waited or kept before the return is not handed back as it was made.
function returnedAsIs(model, call) {
    const parent = outerExpression(call).parent;
    if (parent?.type === 'return_statement')
        return true;
    if (parent?.type !== 'assignment')
        return false;
    const uses = handleUses(model, call)?.uses ?? [];
    return uses.length === 1 && outerExpression(uses[0].ref).parent?.type === 'return_statement';
}
// Per module file, for the run: the functions whose returned Popen its callers hold.
const cache = new Map();
function capturesOf(file) {
    let out = cache.get(file);
    if (out)
        return out;
    out = new Map();
    cache.set(file, out);
    const model = returningModule(file);
    if (!model)
        return out;
    const returned = new Map();
    for (const { call } of callsTo(model, POPEN)) {
        if (!returnedAsIs(model, call))
            continue;
        const fn = returningFunction(call);
        if (fn?.holder?.type !== 'module')
            continue;
        returned.set(fn.name, (returned.get(fn.name) ?? 0) + 1);
        if (model.lookup(fn.name, model.module)?.bindings.length !== 1)
            continue;
        // Ex) pipeout = PIPE if capture else None: the caller's values decide (pipe-choice.ts), not followed here.
        if (chosenStreams(model, call))
            continue;
        const args = argument(call, 0, 'args');
        if (commandIsParameter(model, call) || handedParameter(args, model))
            continue;
        const output = processOutput(args, isShell(call), model);
        const growing = growingStreams(pipesIn(model, call), output);
        if (!growing.length)
            continue;
        out.set(fn.name, { name: fn.name, growing, output, shellExits: isShell(call) && shellExitsAtOnce(args, model), choice: null });
    }
    // A function that returns one of two Popens hands each caller the one its path makes.
    for (const [name, count] of returned)
        if (count > 1)
            out.delete(name);
    return out;
}
/** Ex) from utils.run import run_playbook ... proc = run_playbook(path); while proc.poll() is None: sleep(3) */
export function importedCaptures(ctx) {
    for (const { call, value, where } of resolvedCalls(ctx.model, ctx.path, new Map(), capturesOf))
        reportAtCaller(ctx, call, { ...value, where });
}
