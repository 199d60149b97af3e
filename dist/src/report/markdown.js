import { countByFile, countByRule, repoPath } from './location.js';
/**
 * A Markdown summary for a pull request description or GitHub's job summary
 * ($GITHUB_STEP_SUMMARY): totals, a table per rule and of the files with the most findings,
 * with what `popenlint fix` can do, then every finding in a collapsed table.
 *
 * GitHub refuses a step summary over 1 MiB, so the list of findings stops before that size
 * and says how many it left out; the tables above it always count everything.
 */
/** Files listed in "Top files". */
export const TOP_FILES = 10;
/** Characters of finding rows, below GitHub's 1 MiB step-summary limit with room for the rest. */
export const MAX_LIST_CHARS = 900_000;
/** Text for a table cell: no line breaks, pipes escaped, HTML kept literal. */
function cell(s) {
    return s.replace(/\r?\n|\r/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}
/** Inline code that survives backticks inside (CommonMark: a longer fence, padded). */
function code(s) {
    const flat = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function fixCell(f) {
    if (!f.fix)
        return 'none';
    return `${f.fix.applicability}: ${cell(f.fix.description)}`;
}
/** `[`path:line:col`](https://…/blob/SHA/path#Lline)` when the run knows where the code lives. */
function locationCell(f, options) {
    const p = repoPath(options, f.path);
    const text = code(`${p}:${f.start.line}:${f.start.column}`);
    if (!options.sourceUrl || p.startsWith('../') || p.startsWith('/'))
        return text;
    const url = `${options.sourceUrl.replace(/\/$/, '')}/${p.split('/').map(encodeURIComponent).join('/')}#L${f.start.line}`;
    return `[${text}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
export function formatMarkdown(report, where) {
    const n = report.summary.findings;
    const files = report.summary.files;
    if (n === 0)
        return `## popenlint: no findings\n\n${plural(files, 'file')} checked.\n`;
    const byFile = countByFile(report.findings, where);
    const none = n - report.fixable.safe - report.fixable.unsafe;
    const out = [];
    out.push(`## popenlint: ${plural(n, 'finding')} in ${plural(byFile.length, 'file')}`, '');
    out.push(`${plural(files, 'file')} checked. ${report.fixable.safe} fixable with \`popenlint fix\`, ${report.fixable.unsafe} more with \`popenlint fix --unsafe-fixes\`, ${none} without an automatic fix.`, '');
    out.push('### By rule', '', '| Rule | Name | Findings | Safe fix | Unsafe fix | No fix |', '|---|---|---:|---:|---:|---:|');
    for (const r of countByRule(report.findings))
        out.push(`| ${r.rule} | ${cell(r.name)} | ${r.count} | ${r.fixable} | ${r.unsafe} | ${r.count - r.fixable - r.unsafe} |`);
    out.push('', '### Top files', '', '| File | Findings | Safe fix | Rules |', '|---|---:|---:|---|');
    for (const f of byFile.slice(0, TOP_FILES))
        out.push(`| ${code(f.path)} | ${f.count} | ${f.fixable} | ${f.rules.join(', ')} |`);
    if (byFile.length > TOP_FILES)
        out.push('', `…and ${plural(byFile.length - TOP_FILES, 'more file')}.`);
    out.push('', `<details><summary>All ${plural(n, 'finding')}</summary>`, '', '| Location | Rule | Message | Fix |', '|---|---|---|---|');
    let size = 0;
    let listed = 0;
    for (const f of report.findings) {
        const row = `| ${locationCell(f, where)} | ${f.rule} | ${cell(f.message)} | ${fixCell(f)} |`;
        if (size + row.length > MAX_LIST_CHARS)
            break;
        size += row.length + 1;
        listed++;
        out.push(row);
    }
    if (listed < n)
        out.push('', `${plural(n - listed, 'more finding')} not listed: a step summary holds at most 1 MiB. The log and the SARIF or JSON report have them all.`);
    out.push('', '</details>', '');
    return out.join('\n');
}
