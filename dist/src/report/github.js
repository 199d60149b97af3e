import { countByRule, repoPath } from './location.js';
/**
 * GitHub Actions workflow commands: one annotation per finding, then one `::notice` with the
 * totals per rule. GitHub shows at most 10 annotations of each type per step, so the notice is
 * the only place the full count is always visible; every annotation is still printed because
 * the log keeps them all. `--changed-first REF` puts the findings of the files a pull request
 * changed first, so they are the ones shown.
 */
// Escaping exactly as @actions/core (toolkit/packages/core/src/command.ts) does it, because the
// runner un-escapes with the inverse table: a bare newline would end the command, and a `,` or
// `:` inside a property value would split it into another property.
export function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
export function command(name, properties, message) {
    const props = properties.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}\n`;
}
function annotation(f, where) {
    // GitHub ignores col/endColumn on a multi-line range and rejects some combinations, so a
    // finding that spans lines is annotated by lines only.
    const oneLine = f.start.line === f.end.line;
    // The level follows the finding's severity, as in SARIF (`level`) and GitLab (`major`/`minor`):
    // firm evidence is an error, a command from outside (or a merely unlisted program, opted in)
    // a warning, POP003 a warning. A file popenlint could not read (E902) is an error.
    return command(f.rule === 'E902' || f.severity === 'error' ? 'error' : 'warning', [
        ['file', repoPath(where, f.path)],
        ['line', f.start.line],
        ['endLine', f.end.line],
        ['col', oneLine ? f.start.column : undefined],
        ['endColumn', oneLine ? f.end.column : undefined],
        ['title', `popenlint (${f.rule})`],
    ], f.message);
}
export function formatGithub(report, where) {
    let out = '';
    for (const f of report.findings)
        out += annotation(f, where);
    const files = `${report.summary.files} file${report.summary.files === 1 ? '' : 's'} checked`;
    const n = report.summary.findings;
    const totals = countByRule(report.findings).map((c) => `${c.rule} (${c.name}): ${c.count}`).join('\n');
    const message = n === 0
        ? `No findings; ${files}.`
        : `${n} finding${n === 1 ? '' : 's'} in ${files}.\n${totals}${report.fixable.safe ? `\n${report.fixable.safe} fixable with \`popenlint fix\`.` : ''}`;
    return out + command('notice', [['title', 'popenlint summary']], message);
}
