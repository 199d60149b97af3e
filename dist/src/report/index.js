import pc from 'picocolors';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStatistics } from './statistics.js';
import { formatConcise, formatText } from './text.js';
export const FORMATS = ['text', 'concise', 'json', 'sarif', 'github', 'gitlab', 'markdown', 'html'];
const formatters = {
    text: (r, o) => formatText(r, pc.createColors(o.color)),
    concise: (r, o) => formatConcise(r, pc.createColors(o.color)),
    json: (r) => formatJson(r),
    sarif: (r, o) => formatSarif(r, o),
    github: (r, o) => formatGithub(r, o),
    gitlab: (r, o) => formatGitlab(r, o),
    markdown: (r, o) => formatMarkdown(r, o),
    html: (r, o) => formatHtml(r, o),
};
/** Formats that show each finding's code and fix diff (report/detail.ts). */
export const DETAIL_FORMATS = ['html'];
export function format(name, report, options) {
    return formatters[name](report, options);
}
/** Counts per rule (`--statistics`): JSON for `--format json`, a table otherwise. */
export function statistics(name, report, options) {
    return formatStatistics(report, name === 'json', pc.createColors(options.color));
}
