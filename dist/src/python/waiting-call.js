import { isListed } from '../knowledge/commands.js';
import { pipeHazard } from '../knowledge/runtimes.js';
import { compareVersions, describeTarget, targetIncludes } from '../knowledge/targets.js';
import { argument, parentLifetime } from './analysis.js';
import { processOutput } from './argv.js';
import { devnullFix } from './devnull-fix.js';
import { growingStreams, isShell, pipesOf } from './pipe-site.js';
/**
 * `subprocess.call()` / `check_call()` with `stdout=PIPE` or `stderr=PIPE` (POP005, shape 1).
 * Both are `Popen(...).wait()`: nothing reads the pipe they ask for, which the Python docs warn
 * against ("Do not use stdout=PIPE or stderr=PIPE with this function"). Two things break: a
 * command that writes more than the pipe holds blocks while the parent waits (a deadlock), and
 * whatever the command writes there is lost - so check_call()'s CalledProcessError carries
 * `output`/`stdout`/`stderr` None, and a handler that reads them for its message gets nothing.
 */
// call() and check_call() run a command once and wait: it fills the 64 KiB pipe only if it is known
// to write that much. Code that asks call() for a PIPE it cannot read runs short commands whose
// output it does not want (`vmrun stop`, `ping -c 1`, `ip link show`: quiet in a blind audit of
// real code), so a command not known (a variable, an unlisted program) is not reported here.
// The same holds for a Popen the code waits for before reading (or reads one pipe of to its end)
// when it names the program itself and the table does not list it (`osslsigncode sign`, `encfs
// --version`): a one-shot program writes what the invocation asks, the same on every run, and
// the programs whose output grows with their input or their work (builds, listings, fetchers,
// capture tools, interpreters) are listed. A command line that is a value as a whole (a hook, a
// user's command, a wrapper's parameter) is still reported: it can be any of those.
export function knownToFill(output) {
    return output.program !== null && isListed(output.program);
}
// The exception classes a handler may name that catch CalledProcessError.
const CATCHES = new Set(['CalledProcessError', 'SubprocessError', 'Exception', 'BaseException', 'StandardError']);
// What each attribute of CalledProcessError holds: `output` (and its alias `stdout`, 3.5+) the
// stdout the call captured, `stderr` (3.5+) its stderr.
const CARRIES = { output: 'stdout', stdout: 'stdout', stderr: 'stderr' };
// Ex) except subprocess.CalledProcessError as error:  /  except (OSError, CalledProcessError) as e:  /  except Exception, e:
function caughtName(clause) {
    const values = clause.childrenForFieldName('value');
    let types;
    let name;
    if (values.length === 2)
        [types, name] = values; // Python 2: `except E, e:`
    else if (values[0]?.type === 'as_pattern') {
        types = values[0].namedChildren[0];
        name = values[0].childForFieldName('alias')?.namedChildren[0];
    }
    if (!types || name?.type !== 'identifier')
        return null;
    const named = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren : [types];
    return named.some((t) => CATCHES.has(t.text.slice(t.text.lastIndexOf('.') + 1))) ? { name: name.text, caught: types.text } : null;
}
/**
 * Ex) try: subprocess.check_call(cmd, stderr=subprocess.PIPE)
 *     except subprocess.CalledProcessError as error: raise SetupError(f"failed: {error.stderr}")
 * The reads of the caught exception's output attributes in the handlers of every `try` the call
 * is in (its body, in the same function), for the streams `piped`.
 */
function exceptionReads(ctx, call, piped) {
    const out = [];
    for (let n = call; n?.parent; n = n.parent) {
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            break;
        const tryStatement = n.parent;
        if (tryStatement.type !== 'try_statement' || tryStatement.childForFieldName('body')?.id !== n.id)
            continue;
        for (const clause of tryStatement.namedChildren) {
            if (clause.type !== 'except_clause')
                continue;
            const caught = caughtName(clause);
            if (!caught)
                continue;
            for (const id of ctx.model.occurrences(caught.name)) {
                if (id.startIndex < clause.startIndex || id.endIndex > clause.endIndex)
                    continue;
                const attr = id.parent;
                if (attr?.type !== 'attribute' || attr.childForFieldName('object')?.id !== id.id)
                    continue;
                const attribute = attr.childForFieldName('attribute')?.text ?? '';
                const stream = CARRIES[attribute];
                if (stream && piped.includes(stream))
                    out.push({ text: attr.text, caught: caught.caught, attribute });
            }
        }
    }
    return out;
}
// What the handler gets, on the target: `output` is None on every version; `stdout` and `stderr`
// came with 3.5, and before it reading them raises AttributeError.
function whatItGets(ctx, read) {
    if (read.attribute === 'output')
        return 'is always None';
    const before = { ...ctx.versions, max: ctx.versions.max && compareVersions(ctx.versions.max, [3, 4]) < 0 ? ctx.versions.max : [3, 4] };
    if (!targetIncludes(ctx.versions, [3, 5], null))
        return `does not exist on ${describeTarget(ctx.versions)} (CalledProcessError has no \`${read.attribute}\` before 3.5): reading it raises AttributeError`;
    if (compareVersions(ctx.versions.min, [3, 5]) < 0)
        return `is always None (on ${describeTarget(before)} CalledProcessError has no \`${read.attribute}\`: reading it raises AttributeError)`;
    return 'is always None';
}
// Ex) subprocess.call(['make'], stdout=subprocess.PIPE) - call() waits for the command and never
// reads the pipe it asked for: nothing can read it, so DEVNULL changes nothing but the hazard.
export function waitingCall(ctx, call, qualified) {
    const pipes = pipesOf(ctx, call);
    if (!pipes.stdout && !pipes.stderr)
        return;
    const name = qualified.slice(qualified.lastIndexOf('.') + 1);
    const piped = [];
    if (pipes.stdout)
        piped.push('stdout');
    if (pipes.stderr)
        piped.push('stderr');
    // Only check_call() raises CalledProcessError; call() returns the status.
    const reads = name === 'check_call' ? exceptionReads(ctx, call, piped) : [];
    const lost = reads[0] ? `\`${reads[0].text}\`, which the \`except ${reads[0].caught}\` handler reads, ${whatItGets(ctx, reads[0])}` : null;
    const output = processOutput(argument(call, 0, 'args'), isShell(call), ctx.model);
    const growing = growingStreams(pipes, output);
    // A program the table does not list is still a finding, resting on that alone (`--evidence possible`).
    const fills = growing.length > 0 && (knownToFill(output) || output.basis === 'unlisted');
    const hazard = fills ? pipeHazard('waited', ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call)) : null;
    if (hazard?.breaks) {
        const timed = !!argument(call, 99, 'timeout');
        // On a timeout call() kills the child before it raises.
        const how = timed ? hazard.how.replace(/: a deadlock$/, `, until the timeout, when ${name}() kills it, its work unfinished`) : hazard.how;
        const values = growing.map((st) => (st === 'stdout' ? pipes.stdout : pipes.stderr)).filter((v) => v !== null);
        // The handler wants what the pipe would carry: /dev/null would only make its loss certain.
        const devnull = lost ? null : devnullFix(ctx, call, values);
        ctx.report(call, { message: `${growing.join('/')} pipe of ${qualified}() is never read: ${name}() waits for the command without reading it (${output.evidence}): ${how}${lost ? `; and ${lost}` : ''}`, fixes: devnull ? [devnull] : [], evidence: hazard.evidence });
        return;
    }
    if (!lost)
        return;
    // Ex) except CalledProcessError as e: log(e.stderr) - the error text is lost whatever its size.
    const streams = [...new Set(reads.map((r) => CARRIES[r.attribute]))];
    ctx.report(call, {
        message: `${streams.join('/')} pipe of ${qualified}() is never read: ${name}() waits for the command without reading it, so ${lost}: the command's error text is lost, whatever its size`,
        fixes: [],
        evidence: 'any-size',
    });
}
