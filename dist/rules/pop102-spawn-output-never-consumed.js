import { stdioEdits } from '../src/typescript/edit.js';
import { optionsOf, stdoutConfig } from '../src/typescript/options.js';
import { childUses } from '../src/typescript/usage.js';
const SPAWN = new Set(['child_process.spawn', 'child_process.fork']);
// Ex) spawn(cmd, args) / spawn(cmd, { stdio: ['ignore', 'pipe', 'inherit'] }) / fork(m, { silent: true })
// but not spawn(cmd, { stdio: 'inherit' }), fork(m), or options we cannot see into.
function pipedStdout(ctx, call, fork) {
    const options = optionsOf(ctx.model, call, true);
    if (!options)
        return null;
    const config = stdoutConfig(ctx.model, options, fork);
    return config.state === 'pipe' ? { options, config } : null;
}
// Ex) child.stdout.on('data', f) / child.stdout.pipe(out) / for await (const c of child.stdout)
// / readline.createInterface({ input: child.stdout }) / return child
function drained(uses) {
    return uses.escapes || uses.stdoutConsumed;
}
// Ex) spawn(cmd, args) -> spawn(cmd, args, { stdio: 'ignore' })
function devnullFix(ctx, call, piped, uses, fork) {
    // Code that still mentions child.stdout would meet null after the fix.
    if (uses.stdoutTouched)
        return [];
    const edits = stdioEdits(ctx.source, ctx.sourceFile, call, piped.options, piped.config, uses.otherStreams, fork);
    if (!edits)
        return [];
    return [{ strategy: 'devnull', applicability: 'safe', description: "Send the child's stdout to /dev/null with stdio: 'ignore'", edits }];
}
export const rule = {
    meta: {
        id: 'POP102',
        name: 'spawn-output-never-consumed',
        language: 'javascript',
        summary: "spawn() with stdout piped (the default) and never read: the child blocks once the pipe fills, and the parent hangs",
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull'],
        docs: {
            whatItDoes: "Checks for `child_process.spawn(...)`, and `fork(..., { silent: true })`, whose stdout is a pipe (the default, `'pipe'`, or `'pipe'` at index 1 of a `stdio` array) that nothing reads: no `.stdout.on('data')`, `.pipe()`, `.resume()`, `for await`, `readline.createInterface({ input })` or any hand-over of the stream or the child. Not reported: `stdio: 'ignore'` or `'inherit'` (string or array), fork with its default stdio, and options the linter cannot see into.",
            whyIsThisBad: "Node reads a child's stdout only once the stream flows. Until then the bytes sit in the pipe (64 KiB on Linux) and Node's buffer; beyond that the child blocks in write() and never exits, so a parent waiting for 'exit' or 'close' hangs too (reproduced with 20 MB of output: it hung until killed). If the parent exits first, the child's next write dies of SIGPIPE instead.",
            example: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/']);\nchild.on('close', (code) => console.log('done', code));\n",
            useInstead: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/'], { stdio: 'ignore' });\nchild.on('close', (code) => console.log('done', code));\n",
            fixSafety: "`devnull` (safe): sets `stdio: 'ignore'` - merged into the inline options object, replacing a `'pipe'` string or the stdout entry of a `stdio` array, or added as a new options argument. The child's output was never read, so sending it to /dev/null changes nothing but the hang. When the code still uses `child.stdin` or `child.stderr`, those stay pipes (`['pipe', 'ignore', 'pipe']`, plus `'ipc'` for fork). With plain `'ignore'` the child's stdin reads end-of-file instead of an open pipe that nothing writes to. No fix is offered when the code mentions `child.stdout` at all (it would be null) or when the options object is shared.",
            reproduction: [
                '```sh',
                'cd "$(mktemp -d)"',
                "cat > task.js <<'JS'",
                "const { spawn } = require('child_process');",
                "const child = spawn(process.execPath, ['-e', \"process.stdout.write('x'.repeat(1 << 20))\"]);",
                "child.on('exit', (code) => console.log('child exited', code));",
                'JS',
                'timeout 5 node task.js; echo "exit status $?"   # -> 124: the child blocked in write(), the parent never finished',
                '# after `popenlint fix task.js` it prints "child exited 0".',
                '```',
            ].join('\n'),
            references: [
                'https://nodejs.org/api/child_process.html#optionsstdio',
                'https://nodejs.org/api/child_process.html#subprocessstdout',
                'https://nodejs.org/api/stream.html#two-reading-modes',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of ctx.model.callsTo(SPAWN)) {
            const fork = qualified === 'child_process.fork';
            const piped = pipedStdout(ctx, call, fork);
            if (!piped)
                continue;
            const uses = childUses(ctx.model, call);
            if (drained(uses))
                continue;
            const fn = fork ? 'fork' : 'spawn';
            ctx.report(call, {
                message: `stdout of ${fn}() is a pipe that is never read: once it fills (64 KiB) the child blocks and never exits`,
                fixes: devnullFix(ctx, call, piped, uses, fork),
            });
        }
    },
};
