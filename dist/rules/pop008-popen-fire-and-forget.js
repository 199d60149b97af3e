/**
 * POP008 popen-fire-and-forget (opt-in)
 *
 * ## What it does
 * Checks for `os.popen(cmd)` results dropped where the command cannot break: it prints nothing
 * (`iptables -A ...`, `kill`, `mkdir`), a few lines at most, or its output is redirected. The
 * pipe is not a hazard there (POP001 reports the ones that are); what is lost is the exit
 * status and any error the command reports.
 *
 * ## Why is this bad?
 * Nothing breaks, but nothing is checked either: a failing command goes unnoticed, and on
 * Python 2 the parent still waits for the command when the pipe is collected. For strict
 * migrations that want every os.popen gone.
 */
import { droppedPopens, popenBackgroundFix, subprocessFix } from './pop001-popen-result-discarded.js';
import { includesPython2 } from '../src/knowledge/targets.js';
export const rule = {
    meta: {
        id: 'POP008',
        name: 'popen-fire-and-forget',
        language: 'python',
        summary: 'os.popen() used to fire and forget a command: its exit status and errors are lost',
        defaultEnabled: false,
        severity: 'warning',
        strategies: ['subprocess', 'background'],
        needles: ['popen'],
        resolves: ['os.popen', 'platform.popen'],
        docs: {
            whatItDoes: "Checks for `os.popen(cmd)` whose result is dropped where the command cannot break: it prints nothing on stdout (`iptables -A`, `ifconfig IF up`, `kill`, `cp`), a few lines at most (`git rev-parse`, `dot -V`), or its stdout is redirected. These are the calls POP001 leaves alone. Off by default: enable with `--select POP008` for a migration away from `os.popen`.",
            whyIsThisBad: 'The pipe cannot fill and the command writes nothing that matters, so nothing breaks. But the exit status is thrown away and errors go unnoticed, and on Python 2 the parent still waits for the command when the pipe object is collected (`pclose`).',
            example: "import os\nos.popen('iptables -A INPUT -j DROP')\n",
            useInstead: "import subprocess\nsubprocess.run(['iptables', '-A', 'INPUT', '-j', 'DROP'], check=True)\n",
            fixSafety: "`subprocess` (unsafe): `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, check=True)` (`subprocess.check_call` when the target includes Python 3.4 or older, with an open devnull before 3.3, reusing a devnull handle already in scope); the parent now waits for the command, and a failure raises `CalledProcessError` instead of passing unseen.\n`background` (unsafe), offered when the target includes Python 2: `subprocess.Popen(cmd, shell=True, stdout=<devnull>)`, left to run. On Python 2 the dropped pipe is closed with `pclose()`, which waits for the command, so the call was never fire-and-forget there; a dropped Popen is not waited for (2.7 reaps it later). To keep `os.popen`, end the command with `>/dev/null 2>&1 &` instead (POP001 offers that form). Code after the call may have relied on the command being done.",
            reproduction: {
                files: {
                    'task.py': "import os, time\nos.popen('sleep 1; touch done')\nprint('done' if os.path.exists('done') else 'not done yet')\n",
                },
                run: 'python3 task.py',
                shows: 'not done yet',
                says: 'not done yet: the parent went on without the command, and never hears how it ended',
                fix: 'task.py',
            },
            references: ['https://docs.python.org/3/library/subprocess.html#subprocess.run', 'https://docs.python.org/3/library/os.html#os.popen'],
        },
    },
    check(ctx) {
        for (const d of droppedPopens(ctx)) {
            if (d.hazard.breaks)
                continue;
            const fixes = [];
            const statement = d.dropped.kind === 'with' ? null : d.dropped.statement;
            if (statement) {
                const fix = subprocessFix(ctx, d.call, d.dropped.kind === 'close' ? d.dropped.closeCall : d.call, d.command, true);
                if (fix)
                    fixes.push(fix);
            }
            const background = popenBackgroundFix(ctx, d);
            if (background)
                fixes.push(background);
            const waits = includesPython2(ctx.versions) ? '; on Python 2 the parent still waits for it when the pipe is collected' : '';
            ctx.report(d.call, {
                message: `${d.wrapper ? d.qualified.replace(/: the pipe$/, '') : `${d.qualified}()`} used to fire and forget (${d.output.evidence}): nothing breaks, but its exit status and errors are lost${waits}`,
                fixes,
            });
        }
    },
};
