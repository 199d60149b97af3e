import { type RunLocation } from './location.js';
import type { RunReport } from './model.js';
/**
 * A Markdown summary for a pull request description or GitHub's job summary
 * ($GITHUB_STEP_SUMMARY): totals, a table per rule and of the files with the most findings,
 * with what `popenlint fix` can do, then every finding in a collapsed table.
 *
 * GitHub refuses a step summary over 1 MiB, so the list of findings stops before that size
 * and says how many it left out; the tables above it always count everything.
 */
/** Files listed in "Top files". */
export declare const TOP_FILES = 10;
/** Characters of finding rows, below GitHub's 1 MiB step-summary limit with room for the rest. */
export declare const MAX_LIST_CHARS = 900000;
export interface MarkdownOptions extends RunLocation {
    /** Where a repository path is shown on the web (a GitHub blob URL), for links; none when unset. */
    sourceUrl?: string;
}
export declare function formatMarkdown(report: RunReport, where: MarkdownOptions): string;
