import { parseShell, shellLeaks } from '../src/shell.js';
import { spawnCallee, spawnOptionEdits } from '../src/typescript/edit.js';
import { callbackOf, commandText, optionsOf } from '../src/typescript/options.js';
import { childUses } from '../src/typescript/usage.js';
const EXEC = new Set(['child_process.exec', 'child_process.execFile']);
// Ex) exec('make >/dev/null 2>&1 &') - neither pipe can be written, so neither can break.
function outputRedirected(ctx, call, qualified) {
    const cmd = call.arguments[0];
    if (qualified !== 'child_process.exec' || !cmd)
        return false;
    const text = commandText(ctx.model, cmd);
    return text !== null && !shellLeaks(parseShell(text), [1, 2]);
}
// Ex) exec(cmd).on('exit', done) / child.stdout.pipe(log) / return exec(cmd) - someone is
// listening, or the child is handed to code that may.
function observed(ctx, call) {
    const uses = childUses(ctx.model, call);
    return uses.escapes || uses.listens || uses.stdoutTouched || uses.otherStreams;
}
// Ex) exec(cmd) -> spawn(cmd, { shell: true, stdio: 'ignore' })
function spawnFix(ctx, call, qualified) {
    const isExec = qualified === 'child_process.exec';
    const options = optionsOf(ctx.model, call, !isExec);
    if (!options)
        return [];
    const callee = spawnCallee(ctx.model, ctx.source, call.expression);
    const args = spawnOptionEdits(ctx.source, ctx.sourceFile, call, options, isExec);
    if (!callee || !args)
        return [];
    return [{
            strategy: 'subprocess',
            applicability: 'unsafe',
            description: isExec ? "Run it with spawn(cmd, { shell: true, stdio: 'ignore' })" : "Run it with spawn(file, args, { stdio: 'ignore' })",
            edits: [...callee, ...args],
        }];
}
export const rule = {
    meta: {
        id: 'POP101',
        name: 'exec-result-discarded',
        language: 'javascript',
        summary: 'exec()/execFile() without a callback, ChildProcess dropped: errors lost, child killed at maxBuffer or by SIGPIPE',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['subprocess'],
        docs: {
            whatItDoes: "Checks for `child_process.exec(cmd)` and `execFile(file, args)` (any import spelling: `import { exec as run }`, `require('node:child_process').exec`, destructured or namespace bindings) called without a callback, whose returned ChildProcess is dropped, or kept but never listened to (no `.on(...)`, no use of its streams, not passed on).",
            whyIsThisBad: "Without a callback, exec swallows spawn errors and the exit status, so a failed command goes unnoticed. Its stdout and stderr still go through pipes into buffers that nobody reads: once either passes `maxBuffer` (1 MiB) Node kills the child with SIGTERM, silently. When the parent exits first (`process.exit()` in a CLI, or a crash), the read ends close and the child's next write dies of SIGPIPE (EPIPE), half-way through its work. A command whose stdout and stderr are both redirected in the shell string (`cmd >/dev/null 2>&1`) is not reported.",
            example: "const { exec } = require('child_process');\nexec('npm run build');\nprocess.exit(0);\n",
            useInstead: "const { exec } = require('child_process');\nexec('npm run build', (error) => {\n  if (error) console.error(error);\n  process.exit(error ? 1 : 0);\n});\n",
            fixSafety: "`subprocess` (unsafe): rewrites the call to `spawn(cmd, { shell: true, stdio: 'ignore' })` (exec; an explicit `shell` option is kept) or `spawn(file, args, { stdio: 'ignore' })` (execFile). The child stays fire-and-forget but writes to /dev/null, so neither maxBuffer nor SIGPIPE can kill it. `spawn` is reached the way `exec` was (`cp.exec` becomes `cp.spawn`), through an existing `spawn` binding, or by adding `spawn` to the file's child_process import or require; a named options object is spread into the new one. It is unsafe because behaviour changes beyond the hazard: the child's stdin becomes /dev/null instead of an open pipe; a spawn error (bad `cwd`, missing shell) that exec swallowed is now an unhandled 'error' event; a command that exec would have killed at maxBuffer now runs to completion; and in TypeScript, exec-only options such as `maxBuffer` or `encoding` in an inline options object no longer type-check, and an `exec` import left unused may trip `noUnusedLocals`.",
            references: [
                'https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback',
                'https://nodejs.org/api/child_process.html#maxbuffer-and-unicode',
                'https://nodejs.org/api/child_process.html#optionsstdio',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of ctx.model.callsTo(EXEC)) {
            if (callbackOf(ctx.model, call) !== 'no')
                continue;
            if (outputRedirected(ctx, call, qualified) || observed(ctx, call))
                continue;
            const fn = qualified.slice(qualified.indexOf('.') + 1);
            ctx.report(call, {
                message: `${fn}() without a callback and its ChildProcess unused: errors and exit status are lost, and the child is killed at maxBuffer or by SIGPIPE when the parent exits`,
                fixes: spawnFix(ctx, call, qualified),
            });
        }
    },
};
