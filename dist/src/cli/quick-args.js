import { FORMATS } from '../report/index.js';
/**
 * The common `popenlint check PATH... [--format F] [--exit-zero]...` read without yargs, whose
 * load and parse cost a small run some 20-40 ms of its start-up. Only plain paths and a few
 * flags of fixed shape are understood here; anything else (help, a flag this does not know, a
 * repeated flag, `--`, `-`, a value to check) returns null and yargs reads the command line, so
 * the two can never disagree on what was asked (test/cli-quick-args.test.ts compares them).
 */
const BOOLEANS = {
    '--exit-zero': 'exit-zero',
    '--quiet': 'quiet',
    '-q': 'quiet',
    '--statistics': 'statistics',
    '--force-exclude': 'force-exclude',
};
const LISTS = { '--select': 'select', '--extend-select': 'extend-select', '--ignore': 'ignore' };
export function quickCheckArgs(argv) {
    if (argv[0] !== 'check')
        return null;
    const args = {
        paths: [], format: 'text', 'force-exclude': false, 'exit-zero': false, quiet: false, statistics: false, debug: false,
        'suppress-all': false, 'prune-suppressions': false, 'add-noqa': false,
    };
    const seen = new Set();
    for (let i = 1; i < argv.length; i++) {
        const a = argv[i];
        if (!a.startsWith('-')) {
            args.paths.push(a);
            continue;
        }
        const eq = a.indexOf('=');
        const flag = eq > 0 ? a.slice(0, eq) : a;
        if (seen.has(flag))
            return null;
        seen.add(flag);
        const bool = BOOLEANS[flag];
        if (bool) {
            if (eq > 0)
                return null;
            args[bool] = true;
            continue;
        }
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        // A missing value, or one that looks like a flag: yargs says what is wrong.
        if (value === undefined || value === '' || value.startsWith('-'))
            return null;
        if (flag === '--format') {
            if (!FORMATS.includes(value))
                return null;
            args.format = value;
        }
        else if (flag === '--jobs' || flag === '-j') {
            if (!/^\d+$/.test(value))
                return null;
            args.jobs = Number(value);
        }
        else if (LISTS[flag]) {
            const list = value.split(',').map((s) => s.trim()).filter(Boolean);
            if (!list.length)
                return null;
            args[LISTS[flag]] = list;
        }
        else {
            return null;
        }
    }
    return args;
}
