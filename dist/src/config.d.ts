import { type Target } from './knowledge/targets.js';
import { type EvidenceLevel } from './knowledge/evidence.js';
import type { Strategy } from './types.js';
/**
 * Configuration from `[tool.popenlint]` in pyproject.toml, a "popenlint" key in package.json,
 * or popenlint.toml. The nearest file above a path wins; CLI flags override it.
 */
export interface Config {
    /** The file it came from, or null for defaults. */
    file: string | null;
    dir: string;
    select?: string[];
    extendSelect?: string[];
    ignore?: string[];
    perFileIgnores?: Record<string, string[]>;
    exclude?: string[];
    extendExclude?: string[];
    strategy?: Strategy;
    /** `skip-vendored` (default true) and `vendored-line-length` (default 5000; 0: never). */
    skipVendored?: boolean;
    vendoredLineLength?: number;
    targetVersion?: Target;
    /** `evidence`: the weakest evidence reported, `known` (default), `likely` or `possible`. */
    evidence?: EvidenceLevel;
    /** From pyproject's [project] requires-python. */
    requiresPython?: Target;
    /** Set on a pyproject.toml with requires-python but no [tool.popenlint]: not a config of its own. */
    onlyRequiresPython?: boolean;
}
export declare class ConfigError extends Error {
}
/** `py311`: Python 3.11 and newer, as in ruff. */
export declare function parseTargetVersion(value: string, source?: string): Target | null;
export declare function validate(file: string, raw: unknown): Omit<Config, 'file' | 'dir'>;
export declare function setConfigWarning(handler: (message: string) => void): void;
/**
 * Reads one config file; null when it holds no popenlint section (pyproject, package.json).
 * A package.json found on the way up belongs to some JS project, not to us: when it is not
 * JSON (a trailing comma, a folder by that name) the run warns once and goes on without it.
 * Only a file named with --config (`explicit`) fails the run.
 */
export declare function readConfigFile(file: string, explicit?: boolean): Config | null;
/** Configs found so far, by folder; each Settings (one run, one API Linter) has its own. */
export type ConfigCache = Map<string, Config | null>;
/** The nearest config at or above `dir`, or null. */
export declare function findConfig(dir: string, cache: ConfigCache): Config | null;
