import pc from 'picocolors';
import type { RuleMeta } from '../types.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml, type HtmlOptions } from './html.js';
import { formatJson } from './json.js';
import type { RunLocation } from './location.js';
import { formatMarkdown } from './markdown.js';
import type { RunReport } from './model.js';
import { formatSarif } from './sarif.js';
import { formatStatistics } from './statistics.js';
import { formatConcise, formatText } from './text.js';

export const FORMATS = ['text', 'concise', 'json', 'sarif', 'github', 'gitlab', 'markdown', 'html'] as const;
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

type Formatter = (report: RunReport, options: FormatOptions) => string;

const formatters: Record<Format, Formatter> = {
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
export const DETAIL_FORMATS: readonly Format[] = ['html'];

export function format(name: Format, report: RunReport, options: FormatOptions): string {
  return formatters[name](report, options);
}

/** Counts per rule (`--statistics`): JSON for `--format json`, a table otherwise. */
export function statistics(name: Format, report: RunReport, options: FormatOptions): string {
  return formatStatistics(report, name === 'json', pc.createColors(options.color));
}
