import fs from 'node:fs';
import path from 'node:path';
// node:crypto loads on first use: a run without a suppressions file never needs it (start-up time).
const crypto = () => process.getBuiltinModule('node:crypto');
/**
 * Bulk suppressions, after ESLint 9's model: `check --suppress-all` records every current
 * finding in `popenlint-suppressions.json`, later runs report only what is not recorded, and
 * `--prune-suppressions` drops records whose finding is gone. The file holds, per file and
 * rule, a count (as ESLint's does) and one fingerprint per suppressed finding: a hash of the
 * rule and the text of the flagged lines, not their numbers. So, unlike ESLint (which reports
 * every finding of a rule in a file once its count is exceeded), a new finding is reported
 * alone, and edits elsewhere in the file change nothing. A finding whose own lines are edited
 * is reported again: it is no longer the code that was frozen.
 *
 * File format (keys sorted, paths relative to the file's folder, '/' separators):
 *   { "version": 1, "files": { "src/a.py": { "POP001": { "count": 2, "fingerprints": ["…", "…"] } } } }
 */
export const DEFAULT_SUPPRESSIONS_FILE = 'popenlint-suppressions.json';
export class SuppressionsError extends Error {
}
/** Lines of a long finding (a call over many lines) that its fingerprint covers. */
const MAX_LINES = 20;
/** The rule and the whitespace-normalized text of the finding's lines, hashed (64 bits, hex). */
export function suppressionFingerprint(f, source) {
    const lines = [];
    const last = Math.min(f.range.end.line, f.range.start.line + MAX_LINES - 1);
    for (let line = f.range.start.line; line <= last; line++)
        lines.push(source.lineText(line - 1));
    const text = lines.join('\n').replace(/\s+/g, ' ').trim();
    return crypto().createHash('sha256').update(`${f.rule}\0${text}`).digest('hex').slice(0, 16);
}
export class BulkSuppressions {
    location;
    exists;
    files;
    /** Fingerprints matched by the last apply(), per file key and rule. */
    matched = new Map();
    /** File keys this run checked completely (no E902), with the rules enabled for each. */
    checked = new Map();
    constructor(location, files, exists) {
        this.location = location;
        this.exists = exists;
        this.files = files;
    }
    /** Reads the file; a missing file is an empty set, a malformed one a one-line error. */
    static load(location) {
        let text;
        try {
            text = fs.readFileSync(location, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return new BulkSuppressions(location, {}, false);
            throw new SuppressionsError(`${location}: cannot read: ${code ?? e.message}`);
        }
        let data;
        try {
            data = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch (e) {
            throw new SuppressionsError(`${location}: not valid JSON (${e.message})`);
        }
        const files = data?.files;
        if (data?.version !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) {
            throw new SuppressionsError(`${location}: not a popenlint suppressions file (expected {"version": 1, "files": {...}})`);
        }
        for (const [file, rules] of Object.entries(files)) {
            for (const [rule, entry] of Object.entries((rules ?? {}))) {
                const e = entry;
                if (!e || !Array.isArray(e.fingerprints) || !e.fingerprints.every((x) => typeof x === 'string')) {
                    throw new SuppressionsError(`${location}: "${file}" → "${rule}" needs a "fingerprints" list of strings`);
                }
            }
        }
        return new BulkSuppressions(location, files, true);
    }
    key(cwd, file) {
        return path.relative(path.dirname(path.resolve(this.location)), path.resolve(cwd, file)).split(path.sep).join('/');
    }
    /** Total fingerprints recorded. */
    get size() {
        let n = 0;
        for (const rules of Object.values(this.files))
            for (const e of Object.values(rules))
                n += e.fingerprints.length;
        return n;
    }
    /**
     * Removes recorded findings from the results (in place). `enabled` gives the rules that ran on
     * a file: a record of a rule that did not run is neither used nor unused.
     */
    apply(results, cwd, enabled) {
        this.matched.clear();
        this.checked.clear();
        let suppressed = 0;
        for (const r of results) {
            const key = this.key(cwd, r.path);
            if (r.diagnostics.length === 0)
                this.checked.set(key, enabled(path.resolve(cwd, r.path)));
            const rules = this.files[key];
            if (!rules || r.findings.length === 0 || !r.source)
                continue;
            const left = new Map(Object.entries(rules).map(([rule, e]) => [rule, [...e.fingerprints]]));
            const used = new Map();
            r.findings = r.findings.filter((f) => {
                const pool = left.get(f.rule);
                if (!pool)
                    return true;
                const print = suppressionFingerprint(f, r.source);
                const i = pool.indexOf(print);
                if (i < 0)
                    return true;
                pool.splice(i, 1);
                used.set(f.rule, [...(used.get(f.rule) ?? []), print]);
                suppressed++;
                return false;
            });
            this.matched.set(key, used);
        }
        return { suppressed, unused: this.unusedCount() };
    }
    /** Records of checked files (for rules that ran) that matched nothing, plus files that no longer exist. */
    unused() {
        const out = [];
        const base = path.dirname(path.resolve(this.location));
        for (const [key, rules] of Object.entries(this.files)) {
            const enabled = this.checked.get(key);
            const gone = !enabled && !fs.existsSync(path.join(base, key));
            if (!enabled && !gone)
                continue;
            for (const [rule, e] of Object.entries(rules)) {
                if (!gone && !enabled.has(rule))
                    continue;
                const left = [...e.fingerprints];
                for (const p of this.matched.get(key)?.get(rule) ?? [])
                    left.splice(left.indexOf(p), 1);
                if (left.length)
                    out.push({ key, rule, fingerprints: left });
            }
        }
        return out;
    }
    unusedCount() {
        return this.unused().reduce((n, u) => n + u.fingerprints.length, 0);
    }
    /**
     * `--suppress-all` / `--suppress-rule`: records every current finding of the checked files
     * (only of `rules` when given), replacing what was recorded for the rules that ran there.
     * Files this run did not check keep their records. Returns the number of findings recorded.
     */
    record(results, cwd, enabled, rules) {
        let n = 0;
        for (const r of results) {
            if (r.diagnostics.length > 0)
                continue;
            const key = this.key(cwd, r.path);
            const ran = enabled(path.resolve(cwd, r.path));
            const entry = { ...(this.files[key] ?? {}) };
            for (const rule of Object.keys(entry))
                if (ran.has(rule) && (!rules || rules.includes(rule)))
                    delete entry[rule];
            for (const f of r.findings) {
                if ((rules && !rules.includes(f.rule)) || !r.source)
                    continue;
                const e = (entry[f.rule] ??= { count: 0, fingerprints: [] });
                e.fingerprints.push(suppressionFingerprint(f, r.source));
                e.count = e.fingerprints.length;
                n++;
            }
            if (Object.keys(entry).length)
                this.files[key] = entry;
            else
                delete this.files[key];
        }
        return n;
    }
    /** `--prune-suppressions`: drops the records the last apply() found unused. Returns how many. */
    prune() {
        let n = 0;
        for (const u of this.unused()) {
            const e = this.files[u.key][u.rule];
            for (const p of u.fingerprints)
                e.fingerprints.splice(e.fingerprints.indexOf(p), 1);
            e.count = e.fingerprints.length;
            n += u.fingerprints.length;
            if (e.fingerprints.length === 0)
                delete this.files[u.key][u.rule];
            if (Object.keys(this.files[u.key]).length === 0)
                delete this.files[u.key];
        }
        return n;
    }
    /** Writes the file (sorted keys, so it diffs well in review) through a temp file and a rename. */
    save() {
        const files = {};
        for (const key of Object.keys(this.files).sort()) {
            const rules = this.files[key];
            files[key] = {};
            for (const rule of Object.keys(rules).sort())
                files[key][rule] = { count: rules[rule].fingerprints.length, fingerprints: [...rules[rule].fingerprints].sort() };
        }
        const text = `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
        const target = path.resolve(this.location);
        const tmp = path.join(path.dirname(target), `.${path.basename(target)}.popenlint-${crypto().randomBytes(6).toString('hex')}.tmp`);
        try {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(tmp, text);
            fs.renameSync(tmp, target);
        }
        catch (e) {
            fs.rmSync(tmp, { force: true });
            throw new SuppressionsError(`${this.location}: cannot write: ${e.code ?? e.message}`);
        }
    }
}
/**
 * The CLI's use of the file: hides the recorded findings, after recording them first
 * (`--suppress-all`, `--suppress-rule`) or before pruning the records that matched nothing
 * (`--prune-suppressions`), and says what it did. Without a file and without those flags it
 * does nothing.
 */
export function applyBulkSuppressions(results, options) {
    const { location, note } = options;
    const bulk = BulkSuppressions.load(location);
    const cwd = process.cwd();
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (options.record) {
        const n = bulk.record(results, cwd, options.enabled, options.record === 'all' ? undefined : options.record);
        bulk.save();
        note(`Suppressed ${plural(n, 'finding')} in ${location}.`);
    }
    else if (!bulk.exists)
        return;
    const { suppressed, unused } = bulk.apply(results, cwd, options.enabled);
    if (options.prune) {
        const pruned = bulk.prune();
        bulk.save();
        note(`Pruned ${plural(pruned, 'suppression')} that no longer match from ${location}.`);
    }
    else if (unused > 0) {
        note(`${plural(unused, 'suppression')} in ${location} no longer match${unused === 1 ? 'es' : ''} a finding; remove ${unused === 1 ? 'it' : 'them'} with \`popenlint check --prune-suppressions\`.`);
    }
    if (suppressed > 0 && !options.record)
        note(`${plural(suppressed, 'finding')} suppressed by ${location}.`);
}
