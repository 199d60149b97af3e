import path from 'node:path';
// node:crypto loads on first use: most runs never fingerprint (start-up time).
const crypto = () => process.getBuiltinModule('node:crypto');
/**
 * Code scanning, annotations and Code Quality all resolve paths against the repository root,
 * while findings carry paths relative to where popenlint ran; `cd sub && popenlint check`
 * must still point at `sub/x.py`. Separators are always `/`.
 */
export function repoPath(where, file) {
    const rel = path.relative(where.root, path.resolve(where.cwd, file));
    // A path outside the repository (or a stdin name) has no repo-relative form; keep it as given.
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return file.split(path.sep).join('/');
    return rel.split(path.sep).join('/');
}
/**
 * A fingerprint that survives edits elsewhere in the file: it hashes the rule, the path and the
 * text of the flagged line (whitespace-trimmed), not the line number, so inserting lines above
 * a finding does not make CI report it as new and fixed. Two identical lines with the same rule
 * in one file are told apart by their order of appearance.
 */
export function fingerprints(findings, where) {
    const seen = new Map();
    return findings.map((f) => {
        const text = (f.sourceLine ?? '').trim();
        const base = `${f.rule}\0${repoPath(where, f.path)}\0${text}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return crypto().createHash('sha256').update(`${base}\0${n}`).digest('hex');
    });
}
/** Findings per rule id, sorted by id: for the GitHub notice, --statistics and the summaries. */
export function countByRule(findings) {
    const counts = new Map();
    for (const f of findings) {
        const entry = counts.get(f.rule) ?? { rule: f.rule, name: f.name, count: 0, fixable: 0, unsafe: 0 };
        entry.count++;
        if (f.fix?.applicability === 'safe')
            entry.fixable++;
        if (f.fix?.applicability === 'unsafe')
            entry.unsafe++;
        counts.set(f.rule, entry);
    }
    return [...counts.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
/** Findings per file (repository-relative), most findings first, then by path. */
export function countByFile(findings, where) {
    const counts = new Map();
    for (const f of findings) {
        const p = repoPath(where, f.path);
        const entry = counts.get(p) ?? { path: p, count: 0, fixable: 0, rules: [] };
        entry.count++;
        if (f.fix?.applicability === 'safe')
            entry.fixable++;
        if (!entry.rules.includes(f.rule))
            entry.rules.push(f.rule);
        counts.set(p, entry);
    }
    for (const c of counts.values())
        c.rules.sort();
    return [...counts.values()].sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
