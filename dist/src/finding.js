/** A rule's report, placed: the rule's id and name, the path, line/column positions. */
export function toFinding(meta, path, source, report) {
    return {
        rule: meta.id,
        name: meta.name,
        path,
        start: report.start,
        end: report.end,
        range: { start: source.position(report.start), end: source.position(report.end) },
        message: report.message,
        severity: meta.severity,
        fixes: report.fixes ?? [],
    };
}
export function sortFindings(findings) {
    return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.rule.localeCompare(b.rule)));
}
/** The fix a finding gets: the requested strategy when the rule offers it, else its primary fix. */
export function chooseFix(finding, strategy) {
    return finding.fixes.find((f) => f.strategy === strategy) ?? finding.fixes[0] ?? null;
}
/** A rule that threw: its id, the message and the stack (for --debug). */
export function ruleFailure(path, id, e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { path, message: `${id} failed: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
}
