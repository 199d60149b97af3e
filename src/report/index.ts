import pc from 'picocolors';
import { formatJson } from './json.js';
import type { RunReport } from './model.js';
import { formatConcise, formatText } from './text.js';

export const FORMATS = ['text', 'concise', 'json', 'sarif', 'github', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
}

type Formatter = (report: RunReport, options: FormatOptions) => string;

const formatters: Partial<Record<Format, Formatter>> = {
  text: (r, o) => formatText(r, pc.createColors(o.color)),
  concise: (r, o) => formatConcise(r, pc.createColors(o.color)),
  json: (r) => formatJson(r),
};

export function format(name: Format, report: RunReport, options: FormatOptions): string {
  const formatter = formatters[name];
  if (!formatter) throw new Error(`format '${name}' is not available yet`);
  return formatter(report, options);
}

export function registerFormat(name: Format, formatter: Formatter): void {
  formatters[name] = formatter;
}
