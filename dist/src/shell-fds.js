/**
 * Where each command of a parsed shell line writes (the fd table after its redirections), and
 * the edits that send what the parent drops to /dev/null. The parser is src/shell.ts.
 */
import { parseShell } from './shell.js';
function applyRedirs(fds, redirs) {
    const out = new Map(fds);
    for (const r of redirs) {
        const op = r.text;
        const target = r.target ?? '';
        if ((op === '&>' || op === '&>>') || (op === '>&' && r.fd === null && !/^\d+$|^-$/.test(target))) {
            out.set(1, 'file');
            out.set(2, 'file');
        }
        else if (op === '>&' || op === '<&') {
            const fd = r.fd ?? (op === '>&' ? 1 : 0);
            out.set(fd, target === '-' ? 'closed' : (out.get(Number(target)) ?? 'closed'));
        }
        else if (op.startsWith('>'))
            out.set(r.fd ?? 1, 'file');
        else if (op.startsWith('<'))
            out.set(r.fd ?? 0, 'file');
        else if (r.fd !== null && r.fd !== undefined)
            out.set(r.fd, 'file');
    }
    return out;
}
function listLeaks(list, fds, hazards) {
    return list.items.some((item) => item.pipelines.some((pipeline) => pipeline.commands.some((command, i) => {
        const local = new Map(fds);
        // Every stage but the last writes into the shell's own inner pipe, not ours.
        if (i < pipeline.commands.length - 1) {
            local.set(1, 'inner');
            if (pipeline.stderrPiped[i])
                local.set(2, 'inner');
        }
        return commandLeaks(command, local, hazards);
    })));
}
function commandLeaks(command, fds, hazards) {
    const after = applyRedirs(fds, command.redirs);
    if (command.kind === 'group')
        return listLeaks(command.body, after, hazards);
    return hazards.has(after.get(1) ?? '') || hazards.has(after.get(2) ?? '');
}
/**
 * Whether a command can write into one of the dropped pipes. `pipes` names which of the
 * child's fds start connected to a pipe nobody reads: [1] for os.popen, [1, 2] for popen3/4.
 * An unparsable command is assumed to leak.
 */
export function shellLeaks(script, pipes) {
    if (!script.ok)
        return true;
    const fds = new Map([[0, 'stdin'], [1, 'inherit-1'], [2, 'inherit-2']]);
    const hazards = new Set();
    for (const fd of pipes) {
        fds.set(fd, `pipe-${fd}`);
        hazards.add(`pipe-${fd}`);
    }
    return listLeaks(script.list, fds, hazards);
}
export function redirectionFor(pipes) {
    return pipes.includes(2) ? '>/dev/null 2>&1' : '>/dev/null';
}
export function applyShellEdits(text, edits) {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.content + out.slice(e.end);
    return out;
}
/**
 * Edits that send every write to the dropped pipes to /dev/null, smallest first:
 *   `python test.py`        -> `python test.py >/dev/null`
 *   `nohup job.sh &`        -> `nohup job.sh >/dev/null &`      (the `&` stays last)
 *   `make; make install`    -> `{ make; make install; } >/dev/null`
 *   `%s` (a whole command)  -> `{ %s\n} >/dev/null`           (the value may end in `&`)
 * Each candidate is re-parsed and must no longer leak. Returns null when none qualifies.
 */
export function devnullShellEdits(text, script, pipes) {
    if (!script.ok || script.hasHeredoc || script.list.items.length === 0)
        return null;
    const redirect = redirectionFor(pipes);
    const candidates = [];
    const single = script.list.items.length === 1 && script.list.items[0].pipelines.length === 1;
    if (single && !script.hasComment && !script.hasCompound && !script.placeholderCommand) {
        candidates.push([{ start: script.lastEnd, end: script.lastEnd, content: ` ${redirect}` }]);
    }
    const lastSeparator = script.list.items.at(-1).separator;
    if (script.hasComment || script.placeholderCommand) {
        candidates.push([
            { start: script.firstStart, end: script.firstStart, content: '{ ' },
            { start: text.length, end: text.length, content: `\n} ${redirect}` },
        ]);
    }
    else {
        let tailEnd = text.length;
        while (tailEnd > script.lastEnd && /\s/.test(text[tailEnd - 1]))
            tailEnd--;
        candidates.push([
            { start: script.firstStart, end: script.firstStart, content: '{ ' },
            { start: script.lastEnd, end: tailEnd, content: `; } ${redirect}${lastSeparator === '&' ? ' &' : ''}` },
        ]);
    }
    for (const edits of candidates) {
        const fixed = parseShell(applyShellEdits(text, edits));
        if (fixed.ok && !shellLeaks(fixed, pipes))
            return edits;
    }
    return null;
}
/** Every simple command of a parsed script with its fd table after redirections; null when it did not parse. */
export function commandSites(script) {
    if (!script.ok)
        return null;
    const out = [];
    const walk = (list, fds, background) => {
        for (const item of list.items) {
            const bg = background || item.separator === '&';
            for (const pipeline of item.pipelines) {
                let feeder;
                pipeline.commands.forEach((command, i) => {
                    const local = new Map(fds);
                    if (i < pipeline.commands.length - 1) {
                        local.set(1, 'inner');
                        if (pipeline.stderrPiped[i])
                            local.set(2, 'inner');
                    }
                    const after = applyRedirs(local, command.redirs);
                    const fedBy = i > 0 && after.get(0) === fds.get(0) ? feeder : undefined;
                    feeder = undefined;
                    if (command.kind === 'group')
                        walk(command.body, after, bg);
                    else {
                        // Ex) echo "" | aircrack-ng -w -: the second command reads what the first one prints.
                        feeder = after.get(1) === 'inner' ? out.length : undefined;
                        out.push({ words: command.words.map((w) => w.text), stdout: after.get(1) ?? 'closed', stderr: after.get(2) ?? 'closed', background: bg, ...(fedBy !== undefined ? { fedBy } : {}) });
                    }
                });
            }
        }
    };
    walk(script.list, new Map([[0, 'in'], [1, 'out'], [2, 'err']]), false);
    return out;
}
/**
 * The shell runs every command of the line in the background (`cmd &`, `a & b &`) and so exits
 * at once, its children still writing to whatever it handed them. False when it did not parse.
 */
export function allInBackground(script) {
    const sites = commandSites(script);
    return !!sites && sites.length > 0 && sites.every((s) => s.background);
}
