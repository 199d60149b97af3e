import { countByRule } from './location.js';
/**
 * `--statistics`: one line per rule with its count instead of the findings, as ruff does;
 * `[*]` marks rules whose findings all have a safe fix. JSON for `--format json`, else text.
 */
export function formatStatistics(report, json, c) {
    const rows = countByRule(report.findings);
    if (json)
        return `${JSON.stringify(rows.map((r) => ({ code: r.rule, name: r.name, count: r.count, fixable: r.fixable })), null, 2)}\n`;
    // A clean run says so: silence would look like a crash, or like nothing was checked.
    if (rows.length === 0)
        return `${c.green('All checks passed!')} (${report.summary.files} file${report.summary.files === 1 ? '' : 's'} checked)\n`;
    const width = Math.max(0, ...rows.map((r) => String(r.count).length));
    const idWidth = Math.max(0, ...rows.map((r) => r.rule.length));
    return rows
        .map((r) => `${String(r.count).padStart(width)}\t${c.red(c.bold(r.rule.padEnd(idWidth)))}\t${r.fixable === r.count ? '[*] ' : '    '}${r.name}\n`)
        .join('');
}
