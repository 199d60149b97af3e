import { shellWordValue } from '../shell.js';
/**
 * A shell line's command left running in the background: it holds the line's pipes after the
 * shell exits (POP102's race: what it writes then is missing at the child's 'exit', on every run;
 * test/e2e/exit-race.test.ts).
 */
/**
 * Ex) `cd "$dir" &`, `echo started &`: shell builtins that do their work and exit at once. Run in
 * the background, such a job is a subshell that ends as soon as it starts: it holds the line's
 * pipes for an instant, not for as long as a program runs. (`read` and `wait` wait: not listed.)
 */
const QUICK_BUILTINS = new Set(['cd', 'true', 'false', ':', 'echo', 'printf', 'export', 'unset', 'set', 'pwd', 'umask', 'alias', 'shift']);
/** A background job that ends at once: its first word is a quick builtin. */
export function endsAtOnce(words) {
    const first = words[0] === undefined ? null : shellWordValue(words[0]);
    return first !== null && QUICK_BUILTINS.has(first);
}
/**
 * Ex) `head -c 1000 /dev/zero; (sleep 0.3; head -c 1000 /dev/zero) &` -> `sleep 0.3`, stdout and stderr.
 * The first command of the line (`sites`, its commandSites) run in the background whose stdout or
 * stderr is the line's own, when nothing after it waits for it (`wait`); null otherwise.
 */
export function backgrounded(sites) {
    const words = (i) => sites[i].words.map(shellWordValue);
    if (sites.some((_, i) => words(i)[0] === 'wait'))
        return null;
    // 'out' / 'err': the line's own stdout / stderr, whichever fd of the command holds it.
    const holds = (site, ours) => site.stdout === ours || site.stderr === ours;
    const at = sites.findIndex((site) => site.background && site.words.length > 0 && !endsAtOnce(site.words) && (holds(site, 'out') || holds(site, 'err')));
    if (at < 0)
        return null;
    const site = sites[at];
    const text = words(at).slice(0, 3).map((w) => w ?? '…').join(' ');
    return { command: text, stdout: holds(site, 'out'), stderr: holds(site, 'err') };
}
