// The end of a run: its report rendered for stdout and each --report file, popenlint's own
// failures on stderr, and the exit status (ESLint's contract).
import fs from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../api.js';
import { sortFindings } from '../finding.js';
import { DETAIL_FORMATS, format, statistics } from '../report/index.js';
import { buildReport } from '../report/model.js';
import { dropSummaryLines } from '../report/text.js';
import { repoRoot } from './git.js';
import { packageRoot } from '../package-root.js';
import { changedFirst, loadCodeOwners, parseReportSpecs, writeReport } from './reports.js';
/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
export function useColor(args) {
    if (args.color !== undefined)
        return args.color;
    if (args['output-file'])
        return false;
    if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '')
        return false;
    // FORCE_COLOR=0/false means "no color" to supports-color and Node itself.
    if ('FORCE_COLOR' in process.env)
        return !['0', 'false'].includes(process.env.FORCE_COLOR.toLowerCase());
    return !!process.stdout.isTTY;
}
/** The report goes to -o (its folders created), else to `stream` (stdout; stderr beside a patch). */
export function emit(args, text, stream = process.stdout) {
    const file = args['output-file'];
    if (!file) {
        stream.write(text);
        return;
    }
    try {
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        fs.writeFileSync(file, text);
    }
    catch (e) {
        throw new UsageError(`cannot write the report to ${file}: ${e.code ?? e.message}`);
    }
}
/**
 * popenlint's own version, from its own package.json (found from this module, wherever the
 * bundle or tsc put it), whoever depends on it: yargs' default would find the package.json
 * of the project popenlint is installed in.
 */
export function version() {
    try {
        return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
    }
    catch {
        return '0.0.0';
    }
}
/**
 * popenlint's own failures, one line each on stderr whatever the format (JSON and SARIF also
 * carry them); with --debug, where they happened. They make the run exit 2.
 */
export function reportErrors(args, results) {
    let n = 0;
    for (const r of results) {
        for (const e of r.errors ?? []) {
            n++;
            process.stderr.write(`popenlint: internal error: ${e.path}: ${e.message}\n`);
            if (args.debug && e.stack)
                process.stderr.write(`${e.stack}\n`);
        }
    }
    if (n && !args.debug)
        process.stderr.write('Run again with --debug for a stack trace; please report it.\n');
    return n;
}
/**
 * Formats the run once for stdout (or --output-file) and once per `--report FORMAT:PATH`, all
 * from the same findings. Returns the main text; the extra reports are written here.
 */
export async function render(args, results, strategy) {
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const r of results)
        sortFindings(r.findings);
    const reports = parseReportSpecs(args.report);
    const formats = [args.format, ...reports.map((r) => r.format)];
    // Code excerpts and fix diffs cost a diff per finding: only the formats that show them pay.
    let detail;
    if (formats.some((f) => DETAIL_FORMATS.includes(f)))
        detail = (await import('../report/detail.js')).findingDetail;
    const report = buildReport(results, strategy, detail);
    const cwd = process.cwd();
    if (args['changed-first'] !== undefined)
        changedFirst(report, args['changed-first'], cwd, (m) => process.stderr.write(`popenlint: warning: ${m}\n`));
    // The repository root (a `git` call) is only needed by the formats that print repo paths.
    let root;
    const options = {
        color: useColor(args), rules: allRules, version: version(), cwd,
        get root() { return (root ??= repoRoot(cwd) ?? cwd); },
    };
    if (formats.includes('html'))
        options.owners = loadCodeOwners(options.root);
    // In GitHub Actions the Markdown summary links each finding to its line at this commit.
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
    if (server && repo && sha)
        options.sourceUrl = `${server}/${repo}/blob/${sha}`;
    for (const r of reports)
        writeReport(r.path, format(r.format, report, { ...options, color: false, root: options.root }));
    const count = tally(report.findings);
    if (args.statistics)
        return { text: statistics(args.format, report, options), count };
    let text = format(args.format, report, options);
    if (args.quiet && (args.format === 'text' || args.format === 'concise'))
        text = dropSummaryLines(text);
    return { text, count };
}
export function tally(findings) {
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return { errors: findings.length - warnings, warnings };
}
/**
 * The exit status of a run that found `count` (ESLint's contract): 1 when there is an error, or
 * more warnings than --max-warnings allows; warnings alone do not fail the run.
 */
export function findingsExit(args, count) {
    if (args['exit-zero'])
        return EXIT_CLEAN;
    const max = args['max-warnings'];
    return count.errors > 0 || (max !== undefined && max >= 0 && count.warnings > max) ? EXIT_FINDINGS : EXIT_CLEAN;
}
/** A bad command line: one line on stderr, exit 2. */
export class UsageError extends Error {
}
