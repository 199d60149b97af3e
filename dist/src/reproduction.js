/**
 * The article's child, for reproductions: it sleeps, writes 4 KiB to stdout, and only then
 * leaves its marker. If its stdout pipe is gone by then, the write fails (a Python child gets
 * BrokenPipeError; Python ignores SIGPIPE) and the marker never comes.
 */
export const ARTICLE_CHILD = `import sys, time
time.sleep(0.3)
sys.stdout.write('1000' * 1024)
sys.stdout.flush()
open('marker', 'w').write('done')
`;
/** A reproduction as a shell session: heredocs for its files, its command, what it shows, the fix. */
export function renderReproduction(id, r) {
    const lines = ['```sh', 'cd "$(mktemp -d)"'];
    for (const [name, content] of Object.entries(r.files)) {
        const tag = name.endsWith('.py') ? 'PY' : 'JS';
        lines.push(`cat > ${name} <<'${tag}'`, content.replace(/\n$/, ''), tag);
    }
    lines.push(`${r.run}   # -> ${r.says}`);
    lines.push(`popenlint fix ${r.fix} --unsafe-fixes --select ${id}`, `${r.run}   # after the fix: the failure is gone`);
    lines.push('```');
    return lines.join('\n');
}
