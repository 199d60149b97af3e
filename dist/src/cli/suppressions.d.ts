import type { FileResult } from '../engine.js';
import type { SourceText } from '../source.js';
import type { Finding } from '../types.js';
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
export declare const DEFAULT_SUPPRESSIONS_FILE = "popenlint-suppressions.json";
export declare class SuppressionsError extends Error {
}
/** The rule and the whitespace-normalized text of the finding's lines, hashed (64 bits, hex). */
export declare function suppressionFingerprint(f: Finding, source: SourceText): string;
export interface ApplyOutcome {
    /** Findings hidden by the file. */
    suppressed: number;
    /** Recorded fingerprints that matched nothing in the files this run checked. */
    unused: number;
}
export declare class BulkSuppressions {
    readonly location: string;
    readonly exists: boolean;
    private files;
    /** Fingerprints matched by the last apply(), per file key and rule. */
    private matched;
    /** File keys this run checked completely (no E902), with the rules enabled for each. */
    private checked;
    private constructor();
    /** Reads the file; a missing file is an empty set, a malformed one a one-line error. */
    static load(location: string): BulkSuppressions;
    private key;
    /** Total fingerprints recorded. */
    get size(): number;
    /**
     * Removes recorded findings from the results (in place). `enabled` gives the rules that ran on
     * a file: a record of a rule that did not run is neither used nor unused.
     */
    apply(results: FileResult[], cwd: string, enabled: (abs: string) => ReadonlySet<string>): ApplyOutcome;
    /** Records of checked files (for rules that ran) that matched nothing, plus files that no longer exist. */
    private unused;
    private unusedCount;
    /**
     * `--suppress-all` / `--suppress-rule`: records every current finding of the checked files
     * (only of `rules` when given), replacing what was recorded for the rules that ran there.
     * Files this run did not check keep their records. Returns the number of findings recorded.
     */
    record(results: FileResult[], cwd: string, enabled: (abs: string) => ReadonlySet<string>, rules?: string[]): number;
    /** `--prune-suppressions`: drops the records the last apply() found unused. Returns how many. */
    prune(): number;
    /** Writes the file (sorted keys, so it diffs well in review) through a temp file and a rename. */
    save(): void;
}
export interface BulkOptions {
    location: string;
    /** `--suppress-all` ('all') or `--suppress-rule` (those ids): record before applying. */
    record: 'all' | string[] | null;
    /** `--prune-suppressions`. */
    prune: boolean;
    /** The rules that ran on a file. */
    enabled: (abs: string) => ReadonlySet<string>;
    /** Tells the user what happened (stderr, unless --quiet). */
    note: (message: string) => void;
}
/**
 * The CLI's use of the file: hides the recorded findings, after recording them first
 * (`--suppress-all`, `--suppress-rule`) or before pruning the records that matched nothing
 * (`--prune-suppressions`), and says what it did. Without a file and without those flags it
 * does nothing.
 */
export declare function applyBulkSuppressions(results: FileResult[], options: BulkOptions): void;
