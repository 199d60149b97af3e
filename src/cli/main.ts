import path from 'node:path';
import type { Argv } from 'yargs';
import { explain, getRule, rules as allRules } from '../api.js';
import { ConfigError } from '../config.js';
import type { FileResult } from '../finding.js';
import { FORMATS, type Format } from '../report/index.js';
import type { Strategy } from '../types.js';
import { listRules } from '../explain.js';
import { changedSince, GitError } from './git.js';
import { realPath } from '../real-path.js';
import type { Target } from '../read.js';
import { Progress, progressWanted } from './progress.js';
import { parseReportSpecs, ReportError } from './reports.js';
import { applyBulkSuppressions, DEFAULT_SUPPRESSIONS_FILE, SuppressionsError } from './suppressions.js';
import { lintTargets, LISTINGS_MIN_FILES, targets } from './run.js';
import { quickCheckArgs } from './quick-args.js';
import type { CheckArgs, CommonArgs, FixArgs } from './args.js';
import { cacheFolderListings } from '../folder-listing.js';
import { codeCacheUses } from '../code-cache.js';
import { suppressionsFileExists, TextStream } from './stream.js';
import { Settings, strategyNames } from '../settings.js';
import { EVIDENCE_LEVELS } from '../knowledge/evidence.js';
import { emit, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, findingsExit, render, reportErrors, tally, UsageError, useColor, version } from './output.js';

export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, version };

const list = (v: unknown): string[] | undefined =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);

function common<T>(y: Argv<T>) {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'files or folders (default: .); - reads standard input' })
    .option('format', { choices: FORMATS, default: 'text' as Format, describe: 'output format' })
    .option('select', { type: 'string', coerce: list, describe: 'rule ids or prefixes to enable (replaces config)' })
    .option('extend-select', { type: 'string', coerce: list, describe: 'rule ids to enable in addition' })
    .option('ignore', { type: 'string', coerce: list, describe: 'rule ids or prefixes to disable' })
    .option('exclude', { type: 'string', coerce: list, describe: 'gitignore-style patterns to skip, replacing the config\'s exclude (comma-separated)' })
    .option('extend-exclude', { type: 'string', coerce: list, describe: 'patterns to skip in addition to the config\'s (comma-separated)' })
    .option('config', { type: 'string', describe: 'config file (pyproject.toml, popenlint.toml or package.json)' })
    .option('stdin-filename', { type: 'string', describe: 'read source from stdin, report it as this path' })
    .option('force-exclude', { type: 'boolean', default: false, describe: 'apply excludes to paths named on the command line' })
    .option('exit-zero', { type: 'boolean', default: false, describe: 'exit 0 even with findings' })
    .option('evidence', { choices: EVIDENCE_LEVELS, describe: 'the weakest evidence reported: known (default: errors only), likely (also warnings: commands from outside), possible (also programs that are merely unlisted)' })
    .option('max-warnings', { type: 'number', requiresArg: true, describe: 'exit 1 when there are more warnings than this (default: warnings never fail the run)' })
    .option('quiet', { type: 'boolean', alias: 'q', default: false, describe: 'print findings only, no summary' })
    .option('color', { type: 'boolean', describe: 'colored output (--no-color to disable; NO_COLOR/FORCE_COLOR honoured)' })
    .option('strategy', { choices: strategyNames(allRules), describe: 'fix strategy (default: config, else each rule\'s primary fix)' })
    .option('target-version', { type: 'string', describe: 'Python target when the file has no Python 2 syntax (py27, py311...)' })
    .option('output-file', { type: 'string', alias: 'o', describe: 'write the report to a file' })
    .option('statistics', { type: 'boolean', default: false, describe: 'print the number of findings per rule instead of the findings' })
    .option('changed-since', { type: 'string', describe: 'only files changed since this git ref (committed, staged, unstaged or untracked)' })
    .option('report', { type: 'string', requiresArg: true, describe: 'also write a report of the same run to a file: FORMAT:PATH (repeatable), e.g. sarif:popenlint.sarif' })
    .option('changed-first', { type: 'string', requiresArg: true, describe: 'list findings in files changed since this git ref first (GitHub shows 10 annotations per type)' })
    .option('suppressions-location', { type: 'string', requiresArg: true, describe: `bulk suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the current folder)` })
    .option('jobs', { type: 'number', alias: 'j', describe: 'worker threads for parsing (default: the idle cores, by load average; 1 = no workers)' })
    .option('debug', { type: 'boolean', default: false, hidden: true });
}

function settingsOf(args: CommonArgs): Settings {
  return new Settings(
    {
      select: args.select, extendSelect: args['extend-select'], ignore: args.ignore, strategy: args.strategy, targetVersion: args['target-version'], config: args.config,
      exclude: args.exclude, extendExclude: args['extend-exclude'], evidence: args.evidence,
    },
    allRules,
  );
}

/** Each file's fix strategy: the flag, else the file's nearest config (the one `fix` applies). */
function strategyOf(args: CommonArgs, settings: Settings): (r: FileResult) => Strategy {
  return (r) => args.strategy ?? settings.forFile(path.resolve(r.path)).strategy;
}

/**
 * Discovery's targets, narrowed: excludes of nested configs (discovery applies the top one),
 * then --changed-since. Every file's config is resolved here, so a bad key in a nested config
 * stops the run with exit 2 instead of surfacing later as a per-file E902.
 */
function narrow(args: CommonArgs, settings: Settings, list: Target[]): Target[] {
  const named = new Set(args.paths.map((p) => path.resolve(p)));
  let out = list.filter((t) => !settings.nestedExcluded(t.abs) || (named.has(t.abs) && !args['force-exclude']));
  if (args['changed-since'] !== undefined && args['stdin-filename'] === undefined) {
    const changed = changedSince(args['changed-since'], process.cwd());
    out = out.filter((t) => changed.has(path.join(realPath(path.dirname(t.abs)), path.basename(t.abs))));
  }
  for (const t of out) settings.forFile(t.abs);
  return out;
}

/**
 * Paths as given: those before `--` (yargs) and every one after it, `.` only when none is
 * given. `-` alone is standard input, as `--stdin-filename -`.
 */
function normalizePaths(args: CommonArgs, afterDashes: string[]): void {
  const paths = [...(args.paths ?? []).map(String), ...afterDashes];
  if (paths.includes('-')) {
    if (paths.length > 1) throw new UsageError("'-' (standard input) cannot be combined with other paths");
    args['stdin-filename'] ??= '-';
    args.paths = [];
    return;
  }
  if (paths.length > 0 && args['stdin-filename'] !== undefined) {
    // As ruff does: standard input wins, and the user is told what was not read.
    process.stderr.write(`popenlint: warning: --stdin-filename reads standard input; ignoring ${paths.join(' ')}\n`);
  }
  args.paths = paths.length ? paths : ['.'];
}

/** The bulk suppressions file, as the flags ask (see suppressions.ts). */
function bulkSuppress(args: CommonArgs & Partial<CheckArgs>, settings: Settings, results: FileResult[]): void {
  applyBulkSuppressions(results, {
    location: args['suppressions-location'] ?? DEFAULT_SUPPRESSIONS_FILE,
    record: args['suppress-all'] ? 'all' : args['suppress-rule']?.length ? args['suppress-rule'].map((r) => r.toUpperCase()) : null,
    prune: !!args['prune-suppressions'],
    enabled: (abs) => settings.forFile(abs).engine.enabled,
    note: (m) => { if (!args.quiet) process.stderr.write(`${m}\n`); },
  });
}

/** Formats that show a fix's strategy, safety and description, never its edits. */
const FORMATS_WITHOUT_EDITS: ReadonlySet<string> = new Set(['text', 'concise', 'github', 'gitlab']);

/**
 * A text or concise report to stdout that nothing after the lint changes (see stream.ts): its
 * findings are printed file by file as the run goes. The targets are put in the report's order
 * (render sorts by path, a stable sort) so that each file can be printed once those before it are.
 */
function streamOf(args: CheckArgs, settings: Settings, found: { targets: Target[]; results: FileResult[] }): TextStream | null {
  if ((args.format !== 'text' && args.format !== 'concise') || args.statistics || args['add-noqa'] || args['output-file'] !== undefined) return null;
  if (args['changed-first'] !== undefined || (args.report?.length ?? 0) > 0 || found.results.length > 0) return null;
  if (args['suppress-all'] || args['suppress-rule']?.length || args['prune-suppressions'] || suppressionsFileExists(args['suppressions-location'] ?? DEFAULT_SUPPRESSIONS_FILE)) return null;
  // On a terminal that shows the progress bar, findings printed under it would break its line.
  if (process.stdout.isTTY && progressWanted(process.stderr, process.env)) return null;
  found.targets.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return new TextStream(found.targets.length, args.format === 'concise', useColor(args), args.quiet, strategyOf(args, settings), (text) => process.stdout.write(text));
}

async function runCheck(args: CheckArgs): Promise<number> {
  codeCacheUses('check');
  parseReportSpecs(args.report); // a bad --report stops the run before any work
  if (args['add-noqa'] && (args['suppress-all'] || args['suppress-rule'] || args['prune-suppressions'])) {
    throw new UsageError('--add-noqa writes comments into files; use it without --suppress-all, --suppress-rule and --prune-suppressions');
  }
  if (args['add-noqa'] && args['stdin-filename'] !== undefined) throw new UsageError('--add-noqa writes files; it cannot be used with --stdin-filename');
  const settings = settingsOf(args);
  const found = await targets({ paths: args.paths, stdinFilename: args['stdin-filename'], forceExclude: args['force-exclude'] }, settings);
  // Each file's project (its Python target) and imports are looked up from folder listings, read
  // once; not for a few files, where a stat is cheaper than listing a large folder above them.
  cacheFolderListings(found.targets.length >= LISTINGS_MIN_FILES);
  found.targets = narrow(args, settings, found.targets);
  // Fix edits are built only for the reports that show them (JSON, SARIF, HTML's diffs...): the
  // text-like formats name the fix; any --report file gets them too.
  const fixEdits = !FORMATS_WITHOUT_EDITS.has(args.format) || (args.report?.length ?? 0) > 0;
  const stream = streamOf(args, settings, found);
  const stats = { workers: 0, parses: 0 };
  const results = [...found.results, ...(await lintTargets(found.targets, settings, { jobs: args.jobs, fixEdits, onResult: stream?.take, stats }))];
  // POPENLINT_STATS=1: what the run cost, for measurements and tests (issue 17).
  if (process.env.POPENLINT_STATS) process.stderr.write(`popenlint: ${stats.workers} worker(s), ${stats.parses} Python parse(s)\n`);
  if (stream) {
    const count = stream.finish();
    if (reportErrors(args, results) > 0) return EXIT_ERROR;
    return findingsExit(args, count);
  }
  if (args['add-noqa']) {
    const { addNoqa } = await import('./noqa.js');
    const status = await addNoqa(results, found.targets, settings, { quiet: args.quiet });
    return args['exit-zero'] ? EXIT_CLEAN : status;
  }
  bulkSuppress(args, settings, results);
  const { text, count } = await render(args, results, strategyOf(args, settings));
  emit(args, text);
  if (reportErrors(args, results) > 0) return EXIT_ERROR;
  return findingsExit(args, count);
}

async function runFix(args: FixArgs): Promise<number> {
  codeCacheUses('fix');
  parseReportSpecs(args.report);
  const settings = settingsOf(args);
  const found = await targets({ paths: args.paths, stdinFilename: args['stdin-filename'], forceExclude: args['force-exclude'] }, settings);
  if (found.passthrough) process.stdout.write(found.passthrough);
  found.targets = narrow(args, settings, found.targets);
  const results: FileResult[] = [...found.results];
  let applied = 0;
  let unsafeAvailable = 0;
  let changedFiles = 0;
  // `fix` and its diff library load only for this command.
  const { fixTarget } = await import('./fix.js');
  // The same TTY-only bar as `check`: fixing a large tree takes seconds.
  const progress = new Progress(found.targets.length);
  try {
    for (const t of found.targets) {
      const r = await fixTarget(t, settings, { strategy: args.strategy, unsafe: args['unsafe-fixes'], diff: args.diff });
      await progress.step();
      results.push(r.result);
      applied += r.applied;
      unsafeAvailable += r.unsafeAvailable;
      if (r.changed) changedFiles++;
      if (r.output !== null) process.stdout.write(r.output);
    }
  } finally {
    progress.stop();
  }
  if (args['stdin-filename'] === undefined) bulkSuppress(args, settings, results);
  const remaining = results.reduce((n, r) => n + r.findings.length + r.diagnostics.length, 0);
  if (args['stdin-filename'] === undefined) {
    if (!args.diff || remaining > 0) {
      const { text } = await render({ ...args, quiet: true }, results, strategyOf(args, settings));
      // Beside a patch on stdout (`fix --diff > x.patch`) the report goes to stderr.
      if (text.trim()) emit(args, text.endsWith('\n') ? text : `${text}\n`, args.diff ? process.stderr : process.stdout);
    }
    if (!args.quiet) {
      const verb = args.diff ? 'Would fix' : 'Fixed';
      const lines = [`${verb} ${applied} finding${applied === 1 ? '' : 's'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'} (${remaining} remaining).`];
      if (unsafeAvailable) lines.push(`${unsafeAvailable} more fix${unsafeAvailable === 1 ? '' : 'es'} available with \`--unsafe-fixes\`.`);
      process.stderr.write(`${lines.join(' ')}\n`);
    }
  }
  if (reportErrors(args, results) > 0) return EXIT_ERROR;
  if (args['exit-zero']) return EXIT_CLEAN;
  if (args.diff && changedFiles > 0) return EXIT_FINDINGS;
  // What is left fails the run as `check` would: an error, or more warnings than allowed.
  const left = tally(results.flatMap((r) => r.findings));
  return findingsExit(args, { errors: left.errors + results.reduce((n, r) => n + r.diagnostics.length, 0), warnings: left.warnings });
}

let stdoutGuarded = false;

/**
 * `popenlint check . | head` closes our stdout early. Node then raises EPIPE as an unhandled
 * 'error' event and dumps a stack trace; a CLI should stop quietly instead, like one killed
 * by SIGPIPE (the very hazard this tool reports).
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_CLEAN);
  });
}

/** Options that take a value, which may be `-` (yargs drops a bare `-` anyway). */
const VALUE_OPTIONS = new Set(['--evidence', '--max-warnings', '--format', '--select', '--extend-select', '--ignore', '--exclude', '--extend-exclude', '--config', '--stdin-filename', '--strategy', '--target-version', '--output-file', '-o', '--changed-since', '--jobs', '-j', '--report', '--changed-first', '--suppressions-location', '--suppress-rule']);

// `fix`'s own options; `check --fix`, `check --unsafe-fixes` and `check --diff` take them too (ruff's spelling).
function fixOptions<T>(y: Argv<T>) {
  return y
    .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'also apply fixes that change timing or API' })
    .option('diff', { type: 'boolean', default: false, describe: 'print a unified diff, write nothing' });
}

export async function main(rawArgv: string[]): Promise<number> {
  guardStdout();
  // V8 doubles the young generation while a run reads thousands of files whose buffers and
  // strings die young: peak RSS over a 13k-file tree went from 204 to 162 MB with it kept at
  // its first size, for the same CPU (docs/performance.md).
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
  let exit = EXIT_CLEAN;
  // Everything after `--` is a path, even one that looks like a flag; yargs would drop them.
  const dashes = rawArgv.indexOf('--');
  const argv = dashes < 0 ? rawArgv : rawArgv.slice(0, dashes);
  const afterDashes = dashes < 0 ? [] : rawArgv.slice(dashes + 1);
  // yargs drops a bare `-`; as a path (not the value of an option) it means standard input.
  const stdinDash = argv.some((a, i) => a === '-' && !VALUE_OPTIONS.has(argv[i - 1] ?? ''));
  if (stdinDash) afterDashes.unshift('-');
  let debug = argv.includes('--debug');
  try {
    // `check PATH...` with common flags skips yargs (its load and parse are start-up time).
    const quick = stdinDash ? null : quickCheckArgs(argv);
    if (quick) {
      normalizePaths(quick, afterDashes);
      return await runCheck(quick);
    }
    const { default: yargs } = await import('yargs');
    await yargs(argv)
      .scriptName('popenlint')
      .usage('$0 <command> [options]\n\nFinds subprocess output pipes that nobody drains, explains the failure, and fixes it.')
      .command('check [paths..]', 'report undrained pipes (exit 0 clean, 1 findings, 2 error)', (y) =>
        fixOptions(common(y))
          .option('fix', { type: 'boolean', default: false, describe: 'apply fixes, as `popenlint fix` does' })
          .option('suppress-all', { type: 'boolean', default: false, describe: `record every current finding in the suppressions file (${DEFAULT_SUPPRESSIONS_FILE}); later runs report only new ones` })
          .option('suppress-rule', { type: 'string', requiresArg: true, coerce: list, describe: 'record the current findings of these rules only (repeatable)' })
          .option('prune-suppressions', { type: 'boolean', default: false, describe: 'remove recorded suppressions that no longer match a finding' })
          .option('add-noqa', { type: 'boolean', default: false, describe: 'add a suppression comment (# noqa: POP001) to every flagged line; changes no code' }),
      async (args) => {
        debug = args.debug;
        const a = args as unknown as FixArgs & CheckArgs & { fix: boolean };
        normalizePaths(a, afterDashes);
        exit = a.fix || a.diff ? await runFix(a) : await runCheck(a);
      })
      .command('fix [paths..]', 'apply fixes (safe ones unless --unsafe-fixes)', (y) => fixOptions(common(y)), async (args) => {
        debug = args.debug;
        const a = args as unknown as FixArgs;
        normalizePaths(a, afterDashes);
        exit = await runFix(a);
      })
      .command('explain <rule>', 'what a rule finds, why it breaks, how it is fixed', (y) => y.positional('rule', { type: 'string', demandOption: true }), (args) => {
        if (!getRule(args.rule)) throw new UsageError(`unknown rule '${args.rule}'; see \`popenlint rules\``);
        process.stdout.write(explain(args.rule)!);
      })
      .command('rules', 'list the rule catalogue', () => {}, () => {
        process.stdout.write(listRules(allRules));
      })
      .command('server', 'run the language server (LSP over stdio) for editors', (y) =>
        y.option('stdio', { type: 'boolean', default: true, describe: 'talk LSP on stdin/stdout (the only transport; accepted for clients that pass it)' }),
      async () => {
        // The server and its LSP library load only for this command.
        const { startServer } = await import('../server/index.js');
        startServer(version());
      })
      .demandCommand(1, 'name a command: check, fix, explain, rules or server')
      .strict()
      // Laying out help text costs start-up time on every run; only --help needs it.
      .wrap(argv.includes('--help') || argv.includes('-h') ? Math.min(100, process.stdout.columns ?? 80) : null)
      .help()
      // package.json is read only when asked (start-up time).
      .version(argv.includes('--version') || argv.includes('-V') ? version() : 'unknown')
      .alias('version', 'V')
      .fail((msg, err) => {
        throw err ?? new UsageError(msg);
      })
      .parseAsync();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof GitError || e instanceof ReportError || e instanceof SuppressionsError) {
      process.stderr.write(`popenlint: error: ${e.message}\n`);
      return EXIT_ERROR;
    }
    process.stderr.write(`popenlint: internal error: ${(e as Error).message}\n`);
    if (debug) process.stderr.write(`${(e as Error).stack}\n`);
    else process.stderr.write('Run again with --debug for a stack trace.\n');
    return EXIT_ERROR;
  }
  return exit;
}

