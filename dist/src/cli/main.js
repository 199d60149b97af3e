import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { explain, getRule, rules as allRules } from '../api.js';
import { ConfigError } from '../config.js';
import { sortFindings } from '../finding.js';
import { FORMATS, format, statistics } from '../report/index.js';
import { buildReport } from '../report/model.js';
import { listRules } from '../explain.js';
import { changedSince, GitError, realPath, repoRoot } from './git.js';
import { packageRoot } from '../package-root.js';
import { lintTargets, targets } from './run.js';
import { Settings, strategyNames } from '../settings.js';
/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
const list = (v) => v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
function common(y) {
    return y
        .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'files or folders' })
        .option('format', { choices: FORMATS, default: 'text', describe: 'output format' })
        .option('select', { type: 'string', array: true, coerce: list, describe: 'rule ids or prefixes to enable (replaces config)' })
        .option('extend-select', { type: 'string', array: true, coerce: list, describe: 'rule ids to enable in addition' })
        .option('ignore', { type: 'string', array: true, coerce: list, describe: 'rule ids or prefixes to disable' })
        .option('config', { type: 'string', describe: 'config file (pyproject.toml, popenlint.toml or package.json)' })
        .option('stdin-filename', { type: 'string', describe: 'read source from stdin, report it as this path' })
        .option('force-exclude', { type: 'boolean', default: false, describe: 'apply excludes to paths named on the command line' })
        .option('exit-zero', { type: 'boolean', default: false, describe: 'exit 0 even with findings' })
        .option('quiet', { type: 'boolean', alias: 'q', default: false, describe: 'print findings only, no summary' })
        .option('color', { type: 'boolean', describe: 'colored output (--no-color to disable; NO_COLOR/FORCE_COLOR honoured)' })
        .option('strategy', { choices: strategyNames(allRules), describe: 'fix strategy (default: config, else each rule\'s primary fix)' })
        .option('target-version', { type: 'string', describe: 'Python target when the file has no Python 2 syntax (py27, py311...)' })
        .option('output-file', { type: 'string', alias: 'o', describe: 'write the report to a file' })
        .option('statistics', { type: 'boolean', default: false, describe: 'print the number of findings per rule instead of the findings' })
        .option('changed-since', { type: 'string', describe: 'only files changed since this git ref (committed, staged, unstaged or untracked)' })
        .option('jobs', { type: 'number', alias: 'j', describe: 'worker threads for parsing (default: number of cores; 1 = no workers)' })
        .option('debug', { type: 'boolean', default: false, hidden: true });
}
function useColor(args) {
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
function settingsOf(args) {
    return new Settings({ select: args.select, extendSelect: args['extend-select'], ignore: args.ignore, strategy: args.strategy, targetVersion: args['target-version'], config: args.config }, allRules);
}
function emit(args, text) {
    if (args['output-file'])
        fs.writeFileSync(args['output-file'], text);
    else
        process.stdout.write(text);
}
/** package.json's version. */
function version() {
    try {
        return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
    }
    catch {
        return '0.0.0';
    }
}
function render(args, results, strategy) {
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const r of results)
        sortFindings(r.findings);
    const report = buildReport(results, strategy);
    const cwd = process.cwd();
    // The repository root (a `git` call) is only needed by the formats that print repo paths.
    let root;
    const options = {
        color: useColor(args), rules: allRules, version: version(), cwd,
        get root() { return (root ??= repoRoot(cwd) ?? cwd); },
    };
    if (args.statistics)
        return { text: statistics(args.format, report, options), count: report.summary.findings };
    let text = format(args.format, report, options);
    if (args.quiet && (args.format === 'text' || args.format === 'concise'))
        text = text.split('\n').filter((l) => !/^(All checks passed!|Found \d+ finding)/.test(l)).join('\n');
    return { text, count: report.summary.findings };
}
/**
 * Discovery's targets, narrowed: excludes of nested configs (discovery applies the top one),
 * then --changed-since. Every file's config is resolved here, so a bad key in a nested config
 * stops the run with exit 2 instead of surfacing later as a per-file E902.
 */
function narrow(args, settings, list) {
    const named = new Set(args.paths.map((p) => path.resolve(p)));
    let out = list.filter((t) => !settings.nestedExcluded(t.abs) || (named.has(t.abs) && !args['force-exclude']));
    if (args['changed-since'] !== undefined && args['stdin-filename'] === undefined) {
        const changed = changedSince(args['changed-since'], process.cwd());
        out = out.filter((t) => changed.has(path.join(realPath(path.dirname(t.abs)), path.basename(t.abs))));
    }
    for (const t of out)
        settings.forFile(t.abs);
    return out;
}
async function runCheck(args) {
    const settings = settingsOf(args);
    const found = await targets({ paths: args.paths, stdinFilename: args['stdin-filename'], forceExclude: args['force-exclude'] }, settings);
    found.targets = narrow(args, settings, found.targets);
    // Only the JSON and SARIF reports show a fix's edits; the others name the fix.
    const fixEdits = args.format === 'json' || args.format === 'sarif';
    const results = [...found.results, ...(await lintTargets(found.targets, settings, { jobs: args.jobs, fixEdits }))];
    const { text, count } = render(args, results, args.strategy ?? settings.forFile(process.cwd()).strategy);
    emit(args, text);
    return count > 0 && !args['exit-zero'] ? EXIT_FINDINGS : EXIT_CLEAN;
}
async function runFix(args) {
    const settings = settingsOf(args);
    const found = await targets({ paths: args.paths, stdinFilename: args['stdin-filename'], forceExclude: args['force-exclude'] }, settings);
    if (found.passthrough)
        process.stdout.write(found.passthrough);
    found.targets = narrow(args, settings, found.targets);
    const results = [...found.results];
    let applied = 0;
    let unsafeAvailable = 0;
    let changedFiles = 0;
    // `fix` and its diff library load only for this command.
    const { fixTarget } = await import('./fix.js');
    for (const t of found.targets) {
        const r = await fixTarget(t, settings, { strategy: args.strategy, unsafe: args['unsafe-fixes'], diff: args.diff });
        results.push(r.result);
        applied += r.applied;
        unsafeAvailable += r.unsafeAvailable;
        if (r.changed)
            changedFiles++;
        if (r.output !== null)
            process.stdout.write(r.output);
    }
    const strategy = args.strategy ?? settings.forFile(process.cwd()).strategy;
    const remaining = results.reduce((n, r) => n + r.findings.length + r.diagnostics.length, 0);
    if (args['stdin-filename'] === undefined) {
        if (!args.diff || remaining > 0) {
            const { text } = render({ ...args, quiet: true }, results, strategy);
            if (text.trim())
                emit(args, text.endsWith('\n') ? text : `${text}\n`);
        }
        if (!args.quiet) {
            const verb = args.diff ? 'Would fix' : 'Fixed';
            const lines = [`${verb} ${applied} finding${applied === 1 ? '' : 's'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'} (${remaining} remaining).`];
            if (unsafeAvailable)
                lines.push(`${unsafeAvailable} more fix${unsafeAvailable === 1 ? '' : 'es'} available with \`--unsafe-fixes\`.`);
            process.stderr.write(`${lines.join(' ')}\n`);
        }
    }
    if (args['exit-zero'])
        return EXIT_CLEAN;
    if (args.diff)
        return changedFiles > 0 || remaining > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
    return remaining > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
let stdoutGuarded = false;
/**
 * `popenlint check . | head` closes our stdout early. Node then raises EPIPE as an unhandled
 * 'error' event and dumps a stack trace; a CLI should stop quietly instead, like one killed
 * by SIGPIPE (the very hazard this tool reports).
 */
function guardStdout() {
    if (stdoutGuarded)
        return;
    stdoutGuarded = true;
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_CLEAN);
    });
}
export async function main(argv) {
    guardStdout();
    let exit = EXIT_CLEAN;
    let debug = argv.includes('--debug');
    try {
        await yargs(argv)
            .scriptName('popenlint')
            .usage('$0 <command> [options]\n\nFinds subprocess output pipes that nobody drains, explains the failure, and fixes it.')
            .command('check [paths..]', 'report undrained pipes (exit 0 clean, 1 findings, 2 error)', (y) => common(y), async (args) => {
            debug = args.debug;
            exit = await runCheck(args);
        })
            .command('fix [paths..]', 'apply fixes (safe ones unless --unsafe-fixes)', (y) => common(y)
            .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'also apply fixes that change timing or API' })
            .option('diff', { type: 'boolean', default: false, describe: 'print a unified diff, write nothing' }), async (args) => {
            debug = args.debug;
            exit = await runFix(args);
        })
            .command('explain <rule>', 'what a rule finds, why it breaks, how it is fixed', (y) => y.positional('rule', { type: 'string', demandOption: true }), (args) => {
            if (!getRule(args.rule))
                throw new UsageError(`unknown rule '${args.rule}'; see \`popenlint rules\``);
            process.stdout.write(explain(args.rule));
        })
            .command('rules', 'list the rule catalogue', () => { }, () => {
            process.stdout.write(listRules(allRules));
        })
            .demandCommand(1, 'name a command: check, fix, explain or rules')
            .strict()
            // Laying out help text costs start-up time on every run; only --help needs it.
            .wrap(argv.includes('--help') || argv.includes('-h') ? Math.min(100, process.stdout.columns ?? 80) : null)
            .help()
            // yargs would look for package.json from the entry script, which the bundle moved.
            .version(argv.includes('--version') ? version() : 'unknown')
            .fail((msg, err) => {
            throw err ?? new UsageError(msg);
        })
            .parseAsync();
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError || e instanceof GitError) {
            process.stderr.write(`popenlint: error: ${e.message}\n`);
            return EXIT_ERROR;
        }
        process.stderr.write(`popenlint: internal error: ${e.message}\n`);
        if (debug)
            process.stderr.write(`${e.stack}\n`);
        else
            process.stderr.write('Run again with --debug for a stack trace.\n');
        return EXIT_ERROR;
    }
    return exit;
}
class UsageError extends Error {
}
