import { ts } from '../src/typescript/load.js';
import { BLUEBIRD } from '../src/typescript/resolve.js';
import { isFunctionLike } from '../src/typescript/scope.js';
import { calledMember, valueUse } from '../src/typescript/usage.js';
import { commandOutput } from '../src/typescript/command.js';
const PROMISIFIED = new Set(['promisify(child_process.exec)', 'promisify(child_process.execFile)']);
/** Methods whose second argument (or only argument, for catch) handles a rejection. */
function handles(method, call) {
    return method === 'catch' || (method === 'then' && call.arguments.length >= 2);
}
// Ex) execAsync(cmd); / const p = execAsync(cmd); with p never read / execAsync(cmd).then(log);
// but not await / return / .catch() / void / Promise.all([...]) / an escape.
function floating(ctx, expr, depth = 0) {
    if (depth > 8)
        return false;
    const use = valueUse(ctx.model, expr, false);
    switch (use.kind) {
        case 'dropped':
            return true;
        case 'bound':
            return ctx.model.references(use.binding).length === 0;
        case 'member': {
            const call = calledMember(use.access);
            if (!call)
                return false;
            if (handles(use.name, call))
                return false;
            // .then(onFulfilled) and .finally(f) return a promise that rejects the same way.
            return (use.name === 'then' || use.name === 'finally') && floating(ctx, call, depth + 1);
        }
        default:
            return false;
    }
}
/** `await` is allowed here: inside an async function, or at the top of an ES module. */
function canAwait(ctx, node) {
    for (let n = node.parent; n; n = n.parent) {
        if (isFunctionLike(n))
            return (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Async) !== 0;
        if (ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n))
            return false;
    }
    return ctx.topLevelAwait;
}
/** The end of `call.then(f).finally(g)`: where a `.catch()` covers the whole chain. */
function chainEnd(call) {
    let end = call;
    for (;;) {
        const p = end.parent;
        const name = ts.isPropertyAccessExpression(p) && p.expression === end ? p.name.text : null;
        const next = name === 'then' || name === 'finally' ? calledMember(p) : null;
        if (!next)
            return end;
        end = next;
    }
}
// Ex) execAsync(cmd) -> await execAsync(cmd)   or   execAsync(cmd).catch((error) => console.error(error))
function readFix(ctx, call) {
    const start = call.getStart(ctx.sourceFile);
    if (canAwait(ctx, call)) {
        return [{
                strategy: 'read',
                applicability: 'unsafe',
                description: 'Await the command',
                edits: [{ start, end: start, content: 'await ' }],
            }];
    }
    const end = chainEnd(call).end;
    return [{
            strategy: 'read',
            applicability: 'unsafe',
            description: 'Report the rejection with .catch()',
            edits: [{ start: end, end, content: '.catch((error) => console.error(error))' }],
        }];
}
export const rule = {
    meta: {
        id: 'POP103',
        name: 'exec-promise-floating',
        language: 'javascript',
        summary: 'Promisified exec()/execFile() whose promise nobody awaits or handles: failures become unhandled rejections',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['read'],
        needles: ['child_process'],
        resolves: ['promisify(child_process.exec)', 'promisify(child_process.execFile)'],
        docs: {
            whatItDoes: "Checks for calls of a promisified `exec` or `execFile` (`util.promisify(exec)`, `promisify(cp.execFile)`, `require('util').promisify(require('child_process').exec)`) whose promise is dropped: a bare statement, a variable never read, or `.then(f)`/`.finally(f)` with no rejection handler. Not reported: `await`, `return`, `.catch()`, `.then(f, onRejected)`, `void p` (discarded on purpose), promises passed on (`Promise.all([...])`), and a command that cannot fail in practice, which exits 0 on every run but a fault of the machine: `rm -f` and `rm -rf` (missing files are not an error), `mkdir -p`, `true`, `echo`, `sleep`, `whoami`, `pwd`, `uname` (blind audits 12 and 36 judged every such finding false).",
            whyIsThisBad: "The promise rejects when the command exits non-zero, is killed at `maxBuffer` (1 MiB of output), or cannot start. Nobody handles that: it becomes an unhandled rejection, which since Node 15 crashes the process at an unrelated later point, with a stack that does not show the caller. Nothing waits for the command either, so the caller goes on as if it had finished, and a `process.exit()` elsewhere kills it half-way.",
            example: "const { exec } = require('child_process');\nconst { promisify } = require('util');\nconst execAsync = promisify(exec);\n\nasync function deploy() {\n  execAsync('git push');\n}\n",
            useInstead: "const { exec } = require('child_process');\nconst { promisify } = require('util');\nconst execAsync = promisify(exec);\n\nasync function deploy() {\n  await execAsync('git push');\n}\n",
            fixSafety: "`read` (unsafe): inside an async function (or at the top of an .mjs/.mts module) adds `await`, so the caller waits for the command and its failure throws there; elsewhere appends `.catch((error) => console.error(error))`, so a failure is logged instead of crashing the process as an unhandled rejection. Both change timing or error flow, hence unsafe.",
            reproduction: {
                files: {
                    'task.js': 'const { promisify } = require(\'util\');\nconst execAsync = promisify(require(\'child_process\').exec);\nasync function deploy() {\n  execAsync(\'exit 3\');\n  await new Promise((resolve) => setTimeout(resolve, 500));\n  console.log(\'deployed\');\n}\ndeploy().catch((error) => console.log(\'deploy failed, handled:\', error.code));\n',
                },
                run: 'node task.js; echo "exit status $?"',
                shows: 'exit status 1\\b',
                says: 'exit status 1: the rejection nobody handled crashed the process; the caller\'s catch never saw it',
                fix: 'task.js',
            },
            references: [
                'https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback',
                'https://nodejs.org/api/util.html#utilpromisifyoriginal',
                'https://nodejs.org/api/cli.html#--unhandled-rejectionsmode',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of ctx.model.callsTo(PROMISIFIED)) {
            if (!floating(ctx, call))
                continue;
            // bluebird's promisifyAll twin (`cp.execAsync`): bluebird prints an unhandled rejection as a
            // warning on stderr; Node's crash applies to its own promises only.
            if (ctx.model.wrappedName(call.expression)?.startsWith(BLUEBIRD))
                continue;
            // execFile('rm', ['-rf', tmp]): a command that exits 0 on every run but a fault of the machine
            // (exit-status.data.ts) never rejects, so nothing is lost (blind audits 12 and 36: all three
            // findings of this rule, `whoami` and `rm -rf`, were such commands).
            if (commandOutput(ctx.model, call, qualified).cannotFail)
                continue;
            const fn = qualified.slice(qualified.indexOf('.') + 1, -1);
            ctx.report(call, {
                // Node 15 made an unhandled rejection fatal (--unhandled-rejections=throw); before, a warning.
                message: ctx.nodeMajor >= 15
                    ? `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, which crashes the process on Node ${ctx.node.label}`
                    : `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, only a warning on Node ${ctx.node.label}, and the failure is lost`,
                fixes: readFix(ctx, call),
                // Whatever the command writes: its failure is what is lost.
                evidence: 'any-size',
            });
        }
    },
};
