import type { RuleMeta } from '../types.js';
import { type HtmlOptions } from './html.js';
import type { RunLocation } from './location.js';
import type { RunReport } from './model.js';
export declare const FORMATS: readonly ["text", "concise", "json", "sarif", "github", "gitlab", "markdown", "html"];
export type Format = (typeof FORMATS)[number];
export interface FormatOptions extends RunLocation {
    color: boolean;
    /** The rule catalogue, for formats that describe rules (SARIF). */
    rules: readonly RuleMeta[];
    /** popenlint's version, for formats that name the tool. */
    version: string;
    /** CODEOWNERS of the repository, for formats that group by owner (html). */
    owners?: HtmlOptions['owners'];
    /** Web address of the repository's files at this commit, for links (markdown). */
    sourceUrl?: string;
}
/** Formats that show each finding's code and fix diff (report/detail.ts). */
export declare const DETAIL_FORMATS: readonly Format[];
export declare function format(name: Format, report: RunReport, options: FormatOptions): string;
/** Counts per rule (`--statistics`): JSON for `--format json`, a table otherwise. */
export declare function statistics(name: Format, report: RunReport, options: FormatOptions): string;
