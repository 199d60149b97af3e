import { shellWordValue } from '../shell.js';
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
    const at = sites.findIndex((site) => site.background && site.words.length > 0 && (holds(site, 'out') || holds(site, 'err')));
    if (at < 0)
        return null;
    const site = sites[at];
    const text = words(at).slice(0, 3).map((w) => w ?? '…').join(' ');
    return { command: text, stdout: holds(site, 'out'), stderr: holds(site, 'err') };
}
