/** The JSON contract (docs/formats.md): 1-based lines and code-point columns, `fix` null or the chosen one. */
export function formatJson(report) {
    const findings = report.findings.map((f) => ({
        rule: f.rule,
        name: f.name,
        path: f.path,
        line: f.start.line,
        column: f.start.column,
        endLine: f.end.line,
        endColumn: f.end.column,
        message: f.message,
        severity: f.severity,
        evidence: f.evidence ?? null,
        fix: f.fix
            ? {
                strategy: f.fix.strategy,
                applicability: f.fix.applicability,
                edits: f.fix.edits.map((e) => ({ line: e.start.line, column: e.start.column, endLine: e.end.line, endColumn: e.end.column, content: e.content })),
            }
            : null,
    }));
    // The summary as the contract has it: files, parsed, findings (severity is per finding).
    const { files, parsed, findings: count } = report.summary;
    return `${JSON.stringify({ version: 1, findings, errors: report.errors ?? [], summary: { files, parsed, findings: count } }, null, 2)}\n`;
}
