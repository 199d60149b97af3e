import { addHidden, chooseFix } from '../finding.js';
export function outputFinding(f, source, strategy, detail) {
    const fix = chooseFix(f, strategy);
    const out = {
        rule: f.rule,
        name: f.name,
        path: f.path,
        start: f.range.start,
        end: f.range.end,
        message: f.message,
        severity: f.severity,
        evidence: f.evidence,
        sourceLine: source ? source.lineText(f.range.start.line - 1) : null,
        fix: fix && source
            ? {
                strategy: fix.strategy,
                applicability: fix.applicability,
                description: fix.description,
                edits: fix.edits.map((e) => ({ start: source.position(e.start), end: source.position(e.end), content: e.content })),
            }
            : null,
    };
    if (detail && source)
        out.detail = detail(f, source, fix);
    return out;
}
/**
 * `strategy` is the one of the run, or each file's (its nearest config decides, as for `fix`,
 * so a report shows the very fix `fix` would apply). `detail` adds code excerpts and fix diffs.
 */
export function buildReport(results, strategy, detail) {
    const findings = [];
    const errors = [];
    const hidden = {};
    for (const r of results) {
        addHidden(hidden, r.hidden);
        for (const e of r.errors ?? [])
            errors.push({ path: e.path, message: e.message });
        for (const d of r.diagnostics) {
            findings.push({
                rule: d.code, name: 'io-error', path: d.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 },
                message: d.message, severity: 'error', sourceLine: null, fix: null,
            });
        }
        // Asked only of a file with findings: the CLI's strategy is a settings lookup per file (13,000 of a tree).
        if (!r.findings.length)
            continue;
        const chosen = typeof strategy === 'function' ? strategy(r) : strategy;
        for (const f of r.findings)
            findings.push(outputFinding(f, r.source, chosen, detail));
    }
    return {
        findings,
        summary: { files: results.length, parsed: results.filter((r) => r.parsed).length, findings: findings.length, warnings: findings.filter((f) => f.severity === 'warning').length, ...(Object.keys(hidden).length ? { hidden } : {}) },
        fixable: {
            safe: findings.filter((f) => f.fix?.applicability === 'safe').length,
            unsafe: findings.filter((f) => f.fix?.applicability === 'unsafe').length,
        },
        errors,
    };
}
