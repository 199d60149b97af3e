import { fingerprints, repoPath } from './location.js';
/**
 * GitLab Code Quality report (a Code Climate subset): a JSON array that a job publishes with
 * `artifacts: reports: codequality:`. GitLab compares fingerprints between the base and the
 * merge request to tell new findings from fixed ones, so they must be unique within a report
 * and stable when unrelated lines move (see fingerprints()).
 *
 * Severity: Code Quality knows info, minor, major, critical and blocker. An `error` finding
 * (a pipe that breaks or deadlocks) is `major`, a `warning` is `minor`; a file popenlint could
 * not read (E902) is `critical`, because nothing in it was checked.
 */
function severity(rule, level) {
    if (rule === 'E902')
        return 'critical';
    return level === 'error' ? 'major' : 'minor';
}
export function gitlabIssues(report, where) {
    const prints = fingerprints(report.findings, where);
    return report.findings.map((f, i) => ({
        type: 'issue',
        check_name: f.rule,
        description: `${f.rule} ${f.message}`,
        content: { body: f.fix ? `${f.name}. Fix (${f.fix.applicability}): ${f.fix.description}. See \`popenlint explain ${f.rule}\`.` : `${f.name}. See \`popenlint explain ${f.rule}\`.` },
        categories: ['Bug Risk'],
        severity: severity(f.rule, f.severity),
        fingerprint: prints[i],
        location: { path: repoPath(where, f.path), lines: { begin: f.start.line, end: f.end.line } },
        engine_name: 'popenlint',
    }));
}
export function formatGitlab(report, where) {
    return `${JSON.stringify(gitlabIssues(report, where), null, 2)}\n`;
}
