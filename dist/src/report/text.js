import { EVIDENCE_LEVELS } from '../knowledge/evidence.js';
/** ruff-style: location, id, name, message, the source line with a caret, the fix on offer. */
export function formatText(report, c) {
    return formatFindings(report.findings, c, false) + summaryLine(report, c);
}
export function formatConcise(report, c) {
    return formatFindings(report.findings, c, true) + summaryLine(report, c);
}
/** The findings alone, as text or concise prints them (a streamed run prints them file by file). */
export function formatFindings(findings, c, concise) {
    let out = '';
    for (const f of findings)
        out += concise ? `${location(f, c)} ${ruleId(f, c)} ${level(f)}${f.message}\n` : findingBlock(f, c);
    return out;
}
// An error's id in red, a warning's in yellow.
function ruleId(f, c) {
    return f.severity === 'error' ? c.red(c.bold(f.rule)) : c.yellow(c.bold(f.rule));
}
// Concise lines name a warning (`warning: `) and leave errors, the default, unmarked, as compilers do.
function level(f) {
    return f.severity === 'warning' ? 'warning: ' : '';
}
function location(f, c) {
    return `${c.bold(f.path)}${c.cyan(':')}${f.start.line}${c.cyan(':')}${f.start.column}${c.cyan(':')}`;
}
function findingBlock(f, c) {
    let out = `${location(f, c)} ${ruleId(f, c)} ${c.dim(`[${f.name}]`)} ${level(f)}${f.message}\n`;
    if (f.sourceLine !== null) {
        const gutter = String(f.start.line);
        const pad = ' '.repeat(gutter.length);
        const line = f.sourceLine.replace(/\t/g, '    ');
        const before = [...f.sourceLine].slice(0, f.start.column - 1).join('').replace(/\t/g, '    ');
        const width = f.end.line === f.start.line ? Math.max(1, f.end.column - f.start.column) : Math.max(1, [...f.sourceLine].length - (f.start.column - 1));
        out += `${c.blue(`${pad} |`)}\n${c.blue(`${gutter} |`)} ${line}\n${c.blue(`${pad} |`)} ${' '.repeat([...before].length)}${c.red('^'.repeat(width))}\n`;
    }
    if (f.evidence)
        out += `${c.blue('  =')} ${c.cyan('evidence')}: ${f.evidence} (${f.severity})\n`;
    if (f.fix)
        out += `${c.blue('  =')} ${c.cyan('fix')} (${f.fix.applicability}, ${f.fix.strategy}): ${f.fix.description}\n`;
    return `${out}\n`;
}
export function summaryLine(report, c) {
    return findingsLine(report, c) + hiddenLine(report.summary.hidden);
}
function findingsLine(report, c) {
    const n = report.summary.findings;
    if (n === 0)
        return `${c.green('All checks passed!')} (${report.summary.files} file${report.summary.files === 1 ? '' : 's'} checked)\n`;
    const w = report.summary.warnings ?? 0;
    const warnings = w ? ` (${w} warning${w === 1 ? '' : 's'})` : '';
    const parts = [`Found ${n} finding${n === 1 ? '' : 's'}${warnings} in ${report.summary.files} file${report.summary.files === 1 ? '' : 's'} checked.`];
    if (report.fixable.safe)
        parts.push(`${report.fixable.safe} fixable with \`popenlint fix\`.`);
    if (report.fixable.unsafe)
        parts.push(`${report.fixable.unsafe} more with \`popenlint fix --unsafe-fixes\`.`);
    return `${parts.join(' ')}\n`;
}
/** `--quiet`: the text without its summary lines (the findings' count, the hidden ones). */
export function dropSummaryLines(text) {
    return text.split('\n').filter((l) => !/^(?:All checks passed!|Found \d+ finding|\d+ more findings? on weaker evidence)/.test(l)).join('\n');
}
/** What a looser `--evidence` level would add: the run says so rather than hide it silently. */
function hiddenLine(hidden) {
    const levels = EVIDENCE_LEVELS.filter((level) => (hidden?.[level] ?? 0) > 0);
    if (levels.length === 0)
        return '';
    const n = levels.reduce((sum, level) => sum + hidden[level], 0);
    const loosest = levels[levels.length - 1];
    return `${n} more finding${n === 1 ? '' : 's'} on weaker evidence ${n === 1 ? 'is' : 'are'} not shown: \`--evidence ${loosest}\` shows ${n === 1 ? 'it' : 'them'}.\n`;
}
