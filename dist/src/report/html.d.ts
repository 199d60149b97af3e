import type { RuleMeta } from '../types.js';
import { type RunLocation } from './location.js';
import type { RunReport } from './model.js';
/**
 * One self-contained HTML page for reviewing a migration: totals, a table per rule, then every
 * finding grouped by folder and file with its code and the proposed fix as a diff, and (when
 * the repository has a CODEOWNERS file) an index of the findings per owner. No script, no
 * external resource: the Content-Security-Policy forbids both, so the page opens the same from
 * a CI artifact, a mail attachment or a file:// URL.
 */
export interface HtmlOptions extends RunLocation {
    rules: readonly RuleMeta[];
    version: string;
    /** Owners of a repository-relative path, when the repository has a CODEOWNERS file. */
    owners?: {
        file: string;
        of: (path: string) => string[];
    };
}
/** Up to this many findings, every folder and file is shown open. */
export declare const OPEN_LIMIT = 200;
export declare function formatHtml(report: RunReport, options: HtmlOptions): string;
