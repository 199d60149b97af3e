import { type RunLocation } from './location.js';
import type { RunReport } from './model.js';
/**
 * GitHub Actions workflow commands: one annotation per finding, then one `::notice` with the
 * totals per rule. GitHub shows at most 10 annotations of each type per step, so the notice is
 * the only place the full count is always visible; every annotation is still printed because
 * the log keeps them all. `--changed-first REF` puts the findings of the files a pull request
 * changed first, so they are the ones shown.
 */
export declare function escapeData(s: string): string;
export declare function escapeProperty(s: string): string;
export declare function command(name: string, properties: [string, string | number | undefined][], message: string): string;
export declare function formatGithub(report: RunReport, where: RunLocation): string;
