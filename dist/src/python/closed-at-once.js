import { pipeHazard } from '../knowledge/runtimes.js';
import { argument, enclosingStatement, handleUses, parentLifetime } from './analysis.js';
import { judgeCallers, parameterOf, unseenCallers } from './callers.js';
import { isTestPath } from '../test-files.js';
import { processOutput } from './argv.js';
import { isShell, nameEvents } from './pipe-site.js';
function touches(e, stream) {
    return (e.kind === 'drain' && e.streams.includes(stream)) || ((e.kind === 'partial' || e.kind === 'close') && e.stream === stream);
}
/** The pipe closed unread at once while the other one is read, or null. */
export function closedAtOnce(ctx, call, pipes) {
    if (!pipes.stdout || !pipes.stderr || pipes.merged)
        return null;
    const handle = handleUses(ctx.model, call);
    const events = handle && nameEvents(ctx, call);
    if (!handle || !events)
        return null;
    const popenStatement = enclosingStatement(call);
    // Only the uses after the Popen, in order (a use before it is reached round a loop).
    const after = events.all.filter((e) => e.node.startIndex > call.endIndex);
    const first = after.find((e) => e.kind !== 'neutral');
    if (first?.kind !== 'close')
        return null;
    const statement = enclosingStatement(first.node);
    // The close runs whenever the Popen does: a statement of the same block, not under an `if`.
    if (!popenStatement || !statement || statement.parent?.id !== popenStatement.parent?.id || statement.firstNamedChild?.id !== first.node.id)
        return null;
    const other = first.stream === 'stdout' ? 'stderr' : 'stdout';
    const rest = after.slice(after.indexOf(first) + 1);
    // The code reads the other pipe while the child runs: nothing waited, ended or handed on first.
    for (const e of rest) {
        if (e.kind === 'wait' || e.kind === 'end' || e.kind === 'escape')
            return null;
        if (touches(e, other) && e.kind !== 'close')
            return { closed: first.stream, read: other, close: first.node };
    }
    return null;
}
/** The evidence for a child killed at its first write to a closed pipe: what it writes there. */
function closedEvidence(output) {
    if (output.basis === 'value')
        return 'external-command';
    if (output.basis === 'unlisted')
        return 'unlisted-program';
    return 'any-size';
}
/**
 * What the command writes, for a wrapper whose command is its parameter: the first caller of the
 * repository whose command writes on the closed stream; null when every caller is seen and none does.
 */
function commandOf(ctx, call, closed) {
    const output = processOutput(argument(call, 0, 'args'), isShell(call), ctx.model);
    const wrapper = output.program === null ? parameterOf(ctx.model, argument(call, 0, 'args')) : null;
    if (!wrapper)
        return output;
    const judged = judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => processOutput(a, isShell(call), m), (o) => o[closed] !== 'none');
    if (judged && !judged.growing && judged.unseen === 0)
        return null;
    const shown = judged?.growing;
    if (shown && !(isTestPath(shown.file) && judged.unseenOutsideTests > 0))
        return { ...shown.output, evidence: `${shown.output.evidence}, passed to ${shown.fn}() at ${shown.at}` };
    return { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
}
/** Reports the shape above; true when it did (or when the shape is there and nothing breaks). */
export function reportClosedAtOnce(ctx, call, pipes, qualified) {
    const found = closedAtOnce(ctx, call, pipes);
    if (!found)
        return false;
    const output = commandOf(ctx, call, found.closed);
    // A command that writes nothing on the closed stream (`2>/dev/null`, a quiet tool) is not hurt.
    if (!output || output[found.closed] === 'none')
        return true;
    const hazard = pipeHazard('closed-unread', ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
    if (!hazard.breaks)
        return true;
    const what = found.closed === 'stderr' ? 'stderr (a warning, an error message)' : 'stdout';
    const how = hazard.how.replaceAll('at its next write', `at its next write to ${found.closed}`).replace(/ to (stderr|stdout)(?!.* to (stderr|stdout))/, ` to ${what}`);
    ctx.report(call, {
        message: `${found.closed} pipe of ${qualified}() is closed before it is read, while the command runs and its ${found.read} is read (${output.evidence}): ${how}, and where it dies the ${found.read} the code reads stops there: the rest of its output is lost (redirect ${found.closed} to /dev/null instead of closing the pipe)`,
        fixes: [],
        evidence: closedEvidence(output),
    });
    return true;
}
