/**
 * The Python versions a file must run on, as an inclusive range of minor versions. What a
 * dropped pipe does differs between 2.7, 3.6-3.9 and 3.10+ (see runtimes.ts), and so does what
 * a fix may use (`subprocess.DEVNULL` is 3.3+, `subprocess.run` 3.5+), so every decision is
 * made for every version in the range.
 *
 * Found per file, first answer wins: Python 2 syntax in the file (print/exec statements,
 * `except E, e`, backquotes...; names such as `raw_input` never decide); `--target-version`;
 * `target-version` in popenlint's config; then, in the nearest project directory,
 * `requires-python`, setup.py (`python_requires`, classifiers), setup.cfg, tox.ini's envlist,
 * `.python-version`; then a `python2` shebang. With nothing known: the CPython versions still
 * supported, 3.10 and newer.
 */
export type Version = readonly [major: number, minor: number];
export interface Target {
    min: Version;
    /** null: no upper bound. */
    max: Version | null;
    /** Where it came from, for messages and the README: "requires-python >=3.8". */
    source: string;
}
/** The oldest CPython still supported upstream: what is assumed when nothing says otherwise. */
export declare const DEFAULT_TARGET: Target;
export declare const PYTHON2_SYNTAX_TARGET: Target;
export declare function compareVersions(a: Version, b: Version): number;
/** Some version in the target is in [lo, hi] (hi null: no bound). */
export declare function targetIncludes(target: Target, lo: Version, hi: Version | null): boolean;
export declare function includesPython2(target: Target): boolean;
/** Some version in the target is older than `v`: a fix may not use what `v` added. */
export declare function includesBefore(target: Target, v: Version): boolean;
export declare function formatVersion(v: Version): string;
/** "Python 3.10+", "Python 2.7", "Python 2.7-3.12". */
export declare function describeTarget(target: Target): string;
/** `py27` -> 2.7 and newer, `py311` -> 3.11 and newer (ruff's meaning); null when malformed. */
export declare function parseTargetVersion(value: string, source?: string): Target | null;
/**
 * A PEP 440 specifier set (`>=2.7, !=3.0.*, <4`, `~=3.8`, `==3.11.*`, `>3.7`) as a range of
 * minor versions; `!=` clauses are ignored (they cut holes, not ends). Null when it says nothing.
 */
export declare function parseRequiresPython(spec: string, source?: string): Target | null;
/** setup.py: `python_requires='>=3.6'`, else the version classifiers. */
export declare function fromSetupPy(text: string): Target | null;
/** setup.cfg: `python_requires = >=3.6` under [options], else the classifiers. */
export declare function fromSetupCfg(text: string): Target | null;
/** tox.ini: `envlist = py27, py3{8,9,10}` -> 2.7 to 3.10. */
export declare function fromToxIni(text: string): Target | null;
/** .python-version (pyenv): the interpreter the project runs on; several lines are several. */
export declare function fromPythonVersionFile(text: string): Target | null;
/** `#!/usr/bin/env python2` or `#!/usr/bin/python2.7`: Python 2. A bare `python` says nothing. */
export declare function fromShebang(text: string): Target | null;
/** Forgets what the projects declared (path-caches.ts: a project file made or edited since is read). */
export declare function forgetProjectTargets(): void;
/**
 * What the project around `dir` declares: the nearest directory (upwards, stopping at a
 * repository root) holding one of the files, read in the order above.
 */
export declare function projectTarget(dir: string): Target | null;
