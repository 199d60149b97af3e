import { type Config } from './config.js';
import { type EvidenceLevel } from './knowledge/evidence.js';
import { type EngineOptions, type RuleMeta, type Strategy } from './types.js';
/** What the command line says; each field, when set, overrides the config file. */
export interface CliSettings {
    select?: string[];
    extendSelect?: string[];
    ignore?: string[];
    strategy?: Strategy;
    targetVersion?: string;
    config?: string;
    /** Read no configuration file at all: defaults and these settings only (ruff's --isolated). */
    isolated?: boolean;
    /** --exclude: replaces every config's `exclude`; patterns relative to the current directory. */
    exclude?: string[];
    /** --extend-exclude: added to what the configs exclude. */
    extendExclude?: string[];
    /** --evidence: the weakest evidence reported (knowledge/evidence.ts). */
    evidence?: EvidenceLevel;
}
export interface FileSettings {
    engine: EngineOptions;
    strategy: Strategy;
}
export declare function validateSelectors(selectors: string[], rules: readonly RuleMeta[], origin: string): void;
/** The strategy names the rules declare, after `primary` (each rule's first fix, the default). */
export declare function strategyNames(rules: readonly RuleMeta[]): Strategy[];
export declare function validateStrategy(strategy: Strategy, rules: readonly RuleMeta[], origin: string): void;
export declare function enabledRules(rules: readonly RuleMeta[], select: string[] | undefined, extend: string[] | undefined, ignored: string[]): Set<string>;
/** Resolves config + CLI flags into per-file settings, caching by config file. */
export declare class Settings {
    private readonly cli;
    private readonly rules;
    private readonly explicit;
    private readonly cache;
    private readonly excluders;
    private readonly configs;
    constructor(cli: CliSettings, rules: readonly RuleMeta[]);
    configFor(abs: string): Config | null;
    forFile(abs: string): FileSettings;
    /**
     * The Python versions a file runs on, as far as the user or the project says: --target-version,
     * then the config's target-version, then the nearest project's requires-python, setup.py,
     * setup.cfg, tox.ini or .python-version. Python 2 syntax in the file and a python2 shebang are
     * read by the engine: the first wins over all of these, the second only over the default.
     */
    private targetFor;
    private cliTarget;
    /** The config whose excludes discovery applies while it walks: --config, else the one above cwd. */
    private topConfig;
    /**
     * Whether the nearest config of a file, when it is not the top one (whose excludes discovery
     * already applied), excludes it: `exclude` in `sub/pyproject.toml` applies below `sub/`.
     */
    nestedExcluded(abs: string): boolean;
    /** Whether the excludes of the config nearest to a file (relative to that config's folder) exclude it. */
    excludedByConfig(abs: string): boolean;
    /** A config's own patterns; --exclude replaces its `exclude` (not its `extend-exclude`). */
    private configPatterns;
    /** What discovery skips: the top config's patterns (from its folder) and the flags' (from cwd). */
    excludes(): {
        base: string;
        patterns: string[];
    }[];
}
