import { argument, parentLifetime } from './analysis.js';
import { parameterOf } from './wrappers.js';
import { shellExitsAtOnce } from './command.js';
import { isShell, nameEvents, siteOf } from './pipe-site.js';
import { describe, patternOf, waitHow } from './site-words.js';
import { readFix } from './read-fix.js';
import { choiceNote, parameterNames, ruledOutAt } from './pipe-choice.js';
import { returnedToCallers } from './returned.js';
import { unparenthesize } from './semantic.js';
import { pipeHazard } from '../knowledge/runtimes.js';
/**
 * POP005 at the callers of a function of the module that returns its own Popen: each caller's
 * handle is judged where it holds it (the function is found in returned.ts).
 */
// Ex) def start_server(): return Popen(['python3', '-m', 'http.server'], stdout=PIPE)
//     ...  self.web = start_server()   (never read; killed at stop())
// A function with its own command hands the Popen back: each caller in the module is judged
// where it holds the handle, as a Popen made there would be. (A command that is the function's
// parameter makes it a wrapper, judged with each caller's command: wrappers.ts.)
// Ex) @staticmethod def _spawn(cmds): return Popen(cmds, ...): the command is the caller's (a method
// or a nested def as well as a module-level function): the function is a wrapper, not a command.
export function commandIsParameter(model, call) {
    const arg = argument(call, 0, 'args');
    if (!arg)
        return true;
    const n = unparenthesize(arg);
    if (n.type !== 'identifier')
        return !!parameterOf(model, arg);
    return !!model.lookup(n.text, model.scopeOf(n))?.bindings.some((b) => b.kind === 'param');
}
/** `choice`: the pipes are chosen by a condition (pipe-choice.ts): a caller whose literal arguments rule them out is not judged. */
export function returnedCapture(ctx, call, growing, output, choice = null) {
    if (growing.length === 0 || commandIsParameter(ctx.model, call))
        return false;
    const returned = returnedToCallers(ctx.model, call, nameEvents(ctx, call)?.all ?? null);
    if (!returned)
        return false;
    const capture = { name: returned.name, where: 'defined in this module', growing, output, shellExits: isShell(call) && shellExitsAtOnce(argument(call, 0, 'args'), ctx.model), choice };
    let reported = false;
    for (const c of returned.calls) {
        if (choice && ruledOutAt(c, choice, parameterNames(returned.fn)))
            continue;
        reported = reportAtCaller(ctx, c, capture) || reported;
    }
    return reported;
}
/** Judges the handle where caller `c` of the function holds it, as a Popen made there would be; true when reported. */
export function reportAtCaller(ctx, c, capture) {
    const { growing, output, choice } = capture;
    const site = siteOf(ctx, c, growing);
    if (!site)
        return false;
    const pattern = patternOf(site.verdict, capture.shellExits);
    if (!pattern)
        return false;
    const hazard = pipeHazard(pattern, ctx.versions, 'unbounded', output, parentLifetime(ctx.model, c));
    if (!hazard.breaks)
        return false;
    const text = describe(site, site.verdict.full.join('/')).replace('subprocess.Popen()', `subprocess.Popen()${choiceNote(choice)} returned by ${capture.name}() (${capture.where})`);
    // The Popen serves every caller: only this caller's wait can change; its stdin is not known here.
    const read = readFix(ctx, c, site, true);
    ctx.report(c, { message: `${text} (${output.evidence}): ${waitHow(site, hazard.how)}`, fixes: read ? [read] : [], evidence: hazard.evidence });
    return true;
}
