import path from 'node:path';
import ignore from 'ignore';
import { ConfigError, findConfig, parseTargetVersion, readConfigFile } from './config.js';
import { DEFAULT_VENDORED } from './vendored.js';
import { DEFAULT_EVIDENCE_LEVEL } from './knowledge/evidence.js';
import { DEFAULT_TARGET, projectTarget } from './knowledge/targets.js';
import { PRIMARY_STRATEGY } from './types.js';
function matches(selector, id) {
    const s = selector.toUpperCase();
    return s === 'ALL' || id.startsWith(s);
}
export function validateSelectors(selectors, rules, origin) {
    for (const s of selectors) {
        if (!rules.some((r) => matches(s, r.id)))
            throw new ConfigError(`${origin}: unknown rule selector '${s}'`);
    }
}
/** The strategy names the rules declare, after `primary` (each rule's first fix, the default). */
export function strategyNames(rules) {
    return [...new Set([PRIMARY_STRATEGY, ...rules.flatMap((r) => r.strategies)])];
}
export function validateStrategy(strategy, rules, origin) {
    const names = strategyNames(rules);
    if (!names.includes(strategy))
        throw new ConfigError(`${origin}: unknown strategy '${strategy}' (known: ${names.join(', ')})`);
}
/** Every rule id and strategy a config names must exist; the error names the file and the key. */
function validateConfigSelectors(config, rules) {
    if (config.strategy !== undefined)
        validateStrategy(config.strategy, rules, `${config.file}: 'strategy'`);
    const lists = [['select', config.select], ['extend-select', config.extendSelect], ['ignore', config.ignore]];
    for (const [glob, ids] of Object.entries(config.perFileIgnores ?? {}))
        lists.push([`per-file-ignores."${glob}"`, ids]);
    for (const [key, list] of lists)
        if (list)
            validateSelectors(list, rules, `${config.file}: '${key}'`);
}
export function enabledRules(rules, select, extend, ignored) {
    const base = select ? rules.filter((r) => select.some((s) => matches(s, r.id))) : rules.filter((r) => r.defaultEnabled);
    const extra = extend ? rules.filter((r) => extend.some((s) => matches(s, r.id))) : [];
    return new Set([...base, ...extra].filter((r) => !ignored.some((s) => matches(s, r.id))).map((r) => r.id));
}
/** Resolves config + CLI flags into per-file settings, caching by config file. */
export class Settings {
    cli;
    rules;
    explicit;
    cache = new Map();
    excluders = new Map();
    configs = new Map();
    constructor(cli, rules) {
        this.cli = cli;
        this.rules = rules;
        // Isolated: a config with no file, so no search ever happens and every file gets the defaults.
        this.explicit = cli.isolated ? { file: null, dir: process.cwd() }
            : cli.config ? readConfigFile(cli.config) ?? { file: cli.config, dir: path.dirname(path.resolve(cli.config)) } : null;
        if (cli.targetVersion !== undefined && !parseTargetVersion(cli.targetVersion, `--target-version ${cli.targetVersion}`))
            throw new ConfigError(`--target-version: '${cli.targetVersion}' must look like py27 or py311`);
        for (const [flag, list] of [['--select', cli.select], ['--extend-select', cli.extendSelect], ['--ignore', cli.ignore]]) {
            if (list)
                validateSelectors(list, rules, flag);
        }
        if (cli.strategy !== undefined)
            validateStrategy(cli.strategy, rules, '--strategy');
    }
    configFor(abs) {
        return this.explicit ?? findConfig(path.dirname(abs), this.configs);
    }
    forFile(abs) {
        const config = this.configFor(abs);
        // requires-python may come from a pyproject nearer than the file holding the settings.
        const key = config?.file ?? '';
        let entry = this.cache.get(key);
        if (!entry) {
            if (config?.file)
                validateConfigSelectors(config, this.rules);
            const select = this.cli.select ?? config?.select;
            const extend = [...(config?.extendSelect ?? []), ...(this.cli.extendSelect ?? [])];
            const ignored = [...(this.cli.select ? [] : config?.ignore ?? []), ...(this.cli.ignore ?? [])];
            const base = {
                engine: {
                    enabled: enabledRules(this.rules, select, extend, ignored), target: DEFAULT_TARGET,
                    evidence: this.cli.evidence ?? config?.evidence ?? DEFAULT_EVIDENCE_LEVEL,
                    vendored: { skip: config?.skipVendored ?? DEFAULT_VENDORED.skip, lineLength: config?.vendoredLineLength ?? DEFAULT_VENDORED.lineLength },
                },
                strategy: this.cli.strategy ?? config?.strategy ?? PRIMARY_STRATEGY,
            };
            const perFile = config?.perFileIgnores ? Object.entries(config.perFileIgnores).map(([glob, ids]) => [ignore().add(glob), ids]) : null;
            entry = { config, base, perFile, variants: new Map() };
            this.cache.set(key, entry);
        }
        const target = this.targetFor(abs, entry.config);
        const rel = entry.perFile ? path.relative(entry.config.dir, abs).split(path.sep).join('/') : '';
        const dropped = entry.perFile ? entry.perFile.filter(([glob]) => glob.ignores(rel)).flatMap(([, ids]) => ids) : [];
        if (target === entry.base.engine.target && dropped.length === 0)
            return entry.base;
        const variant = `${JSON.stringify(target)}\0${dropped.join(',')}`;
        let settings = entry.variants.get(variant);
        if (!settings) {
            const base = entry.base;
            const enabled = dropped.length ? new Set([...base.engine.enabled].filter((id) => !dropped.some((s) => matches(s, id)))) : base.engine.enabled;
            settings = { ...base, engine: { ...base.engine, target, enabled } };
            entry.variants.set(variant, settings);
        }
        return settings;
    }
    /**
     * The Python versions a file runs on, as far as the user or the project says: --target-version,
     * then the config's target-version, then the nearest project's requires-python, setup.py,
     * setup.cfg, tox.ini or .python-version. Python 2 syntax in the file and a python2 shebang are
     * read by the engine: the first wins over all of these, the second only over the default.
     */
    targetFor(abs, config) {
        if (this.cli.targetVersion)
            return (this.cliTarget ??= parseTargetVersion(this.cli.targetVersion, `--target-version ${this.cli.targetVersion}`));
        if (config?.targetVersion)
            return config.targetVersion;
        // Isolated: no project file is read either.
        return (this.cli.isolated ? null : projectTarget(path.dirname(abs))) ?? DEFAULT_TARGET;
    }
    cliTarget;
    /** The config whose excludes discovery applies while it walks: --config, else the one above cwd. */
    topConfig() {
        return this.explicit ?? findConfig(process.cwd(), this.configs);
    }
    /**
     * Whether the nearest config of a file, when it is not the top one (whose excludes discovery
     * already applied), excludes it: `exclude` in `sub/pyproject.toml` applies below `sub/`.
     */
    nestedExcluded(abs) {
        const config = this.configFor(abs);
        if (!config?.file || config.file === this.topConfig()?.file)
            return false;
        return this.excludedByConfig(abs);
    }
    /** Whether the excludes of the config nearest to a file (relative to that config's folder) exclude it. */
    excludedByConfig(abs) {
        const config = this.configFor(abs);
        if (!config?.file)
            return false;
        let matcher = this.excluders.get(config.file);
        if (matcher === undefined) {
            const patterns = this.configPatterns(config);
            matcher = patterns.length ? ignore().add(patterns) : null;
            this.excluders.set(config.file, matcher);
        }
        const rel = path.relative(config.dir, abs).split(path.sep).join('/');
        return matcher !== null && rel !== '' && !rel.startsWith('..') && matcher.ignores(rel);
    }
    /** A config's own patterns; --exclude replaces its `exclude` (not its `extend-exclude`). */
    configPatterns(config) {
        return [...(this.cli.exclude ? [] : config.exclude ?? []), ...(config.extendExclude ?? [])];
    }
    /** What discovery skips: the top config's patterns (from its folder) and the flags' (from cwd). */
    excludes() {
        const out = [];
        const config = this.topConfig();
        const patterns = config ? this.configPatterns(config) : [];
        if (config && patterns.length)
            out.push({ base: config.dir, patterns });
        const flags = [...(this.cli.exclude ?? []), ...(this.cli.extendExclude ?? [])];
        if (flags.length)
            out.push({ base: process.cwd(), patterns: flags });
        return out;
    }
}
