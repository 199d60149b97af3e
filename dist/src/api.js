/**
 * popenlint's public API (`import ... from 'popenlint'`): the one engine behind the CLI, the
 * language server and the ESLint plugin.
 *
 * - {@link Linter} lints a text (an editor's buffer, given the path it belongs to) or a file on
 *   disk, and returns findings with their fixes; it resolves the configuration per file, as the
 *   CLI does (the nearest `popenlint.toml`, `[tool.popenlint]` of pyproject.toml or `"popenlint"`
 *   key of package.json above the file; options given to the Linter override it).
 * - {@link Linter.fixText} runs the fix loop: apply every compatible fix, lint again, until
 *   nothing changes; a fix that would add a syntax error or does not converge is refused.
 * - {@link rules}, {@link getRule} and {@link explain} are the rule catalogue.
 *
 * Offsets (`start`/`end` of findings and edits) are UTF-16 code units into the text, as in
 * JavaScript strings, LSP and ESLint; `range` positions are 1-based lines and 1-based columns
 * counted in Unicode code points, as in the CLI's JSON output.
 *
 * @packageDocumentation
 */
import { DEFAULT_EVIDENCE_LEVEL } from './knowledge/evidence.js';
import { includesPython2 } from './knowledge/targets.js';
import path from 'node:path';
import { languageByHead, languageByName } from './discover.js';
import { lintText as engineLint, lintTextSync as engineLintSync, loadPythonParser, prepare, prepareText } from './engine.js';
import { explainRule } from './explain.js';
import { chooseFix } from './finding.js';
import { applyEdits as applyEditList, fixText as fixLoop } from './fix/apply.js';
import { readTarget } from './read.js';
import { forgetPathCaches } from './path-caches.js';
import { Settings } from './settings.js';
import { SourceText } from './source.js';
import { suppressionEdit } from './suppress.js';
import { allRules } from '../rules/index.js';
export { DEFAULT_EVIDENCE_LEVEL, EVIDENCE_LEVELS } from './knowledge/evidence.js';
export { ConfigError } from './config.js';
/** The folder popenlint is installed in (its package.json, docs/ and grammar), wherever the code runs from. */
export { packageRoot } from './package-root.js';
/**
 * Forgets what was learnt of the folders around the files linted so far (real paths, each
 * folder's project and repository, the versions its project files declare), so that a `.git`,
 * `pyproject.toml` or `package.json` made since is seen: for a long-lived process (the language
 * server calls it when a document is opened or saved). {@link Linter.clearCache} calls it too.
 */
export { forgetPathCaches } from './path-caches.js';
/**
 * A linter with fixed options. It caches the configuration files it reads; create a new one,
 * or call {@link Linter.clearCache}, after a config file changes.
 *
 * @throws {ConfigError} when an option names an unknown rule or a malformed target version.
 */
export class Linter {
    options;
    settings;
    cwd;
    constructor(options = {}) {
        this.options = options;
        this.cwd = path.resolve(options.cwd ?? process.cwd());
        this.settings = this.makeSettings();
    }
    makeSettings() {
        const o = this.options;
        return new Settings({ select: o.select, extendSelect: o.extendSelect, ignore: o.ignore, strategy: o.strategy, targetVersion: o.targetVersion, config: o.config && path.resolve(this.cwd, o.config), isolated: o.isolated, evidence: o.evidence }, allRules);
    }
    /** Forgets the configuration files read so far, and the folders looked at (forgetPathCaches); the next call reads them again. */
    clearCache() {
        this.settings = this.makeSettings();
        forgetPathCaches();
    }
    abs(file) {
        return path.resolve(this.cwd, file);
    }
    /**
     * The configuration for one file.
     *
     * @throws {ConfigError} when the config file that applies is invalid (the message names the file and key).
     */
    configFor(file) {
        const abs = this.abs(file);
        const fileSettings = this.settings.forFile(abs);
        const config = this.settings.configFor(abs);
        return {
            file: config?.file ? path.resolve(config.file) : null,
            rules: allRules.filter((r) => fileSettings.engine.enabled.has(r.id)).map((r) => r.id),
            target: typeof fileSettings.engine.target === 'string' ? fileSettings.engine.target : includesPython2(fileSettings.engine.target) ? 'py2' : 'py3',
            strategy: fileSettings.strategy,
            excluded: this.settings.excludedByConfig(abs),
            evidence: fileSettings.engine.evidence ?? DEFAULT_EVIDENCE_LEVEL,
        };
    }
    /**
     * Lints a text that belongs to `options.path`, with that file's configuration.
     *
     * @throws {TypeError} when neither the path nor `options.language` tells the language.
     * @throws {ConfigError} when the config file that applies is invalid.
     */
    async lintText(text, options) {
        await init();
        return this.lintTextSync(text, options);
    }
    /**
     * {@link Linter.lintText} for hosts that cannot wait (an ESLint rule). JS/TS text can always
     * be linted this way; Python text once the parser is loaded, that is after `await init()`.
     */
    lintTextSync(text, options) {
        const language = this.languageOf(text, options);
        const engine = this.settings.forFile(this.abs(options.path)).engine;
        const result = { path: options.path, language, findings: [], diagnostics: [], parsed: false, text };
        const prepared = prepareText(text, language, engine, this.abs(options.path));
        if (prepared.kind === 'skip')
            return result;
        if (prepared.kind === 'error') {
            result.diagnostics.push({ path: options.path, code: 'E902', message: prepared.message });
            return result;
        }
        const lint = engineLintSync(options.path, prepared.source, language, engine);
        result.parsed = true;
        result.findings = lint.findings;
        if (lint.internalErrors.length)
            result.errors = lint.internalErrors;
        return result;
    }
    /**
     * Reads and lints a file: its encoding is detected (PEP 263 cookie, BOM), the prefilter skips
     * a file that names no subprocess API, and a file that cannot be read or decoded gets a
     * diagnostic (E902) instead of an exception. The language comes from the extension, else the
     * shebang.
     *
     * @throws {TypeError} when the language cannot be told (not a Python or JS/TS file).
     * @throws {ConfigError} when the config file that applies is invalid.
     */
    async lintFile(file) {
        await init();
        const abs = this.abs(file);
        const bytes = readTarget({ path: file, abs, language: 'python' });
        const head = Buffer.isBuffer(bytes) ? bytes.subarray(0, 128).toString('latin1') : '';
        const language = languageByName(abs) ?? languageByHead(head);
        if (!language)
            throw new TypeError(`${file}: not a Python or JavaScript/TypeScript file (by extension or shebang)`);
        const engine = this.settings.forFile(abs).engine;
        const result = { path: file, language, findings: [], diagnostics: [], parsed: false };
        if (!Buffer.isBuffer(bytes)) {
            result.diagnostics.push({ path: file, code: 'E902', message: bytes.error });
            return result;
        }
        const prepared = prepare(bytes, language, engine, abs);
        if (prepared.kind === 'skip')
            return { ...result, text: bytes.toString('utf8') };
        if (prepared.kind === 'error') {
            result.diagnostics.push({ path: file, code: 'E902', message: prepared.message });
            return result;
        }
        const lint = await engineLint(file, prepared.source, language, engine);
        result.parsed = true;
        result.text = prepared.decoded.text;
        result.findings = lint.findings;
        if (lint.internalErrors.length)
            result.errors = lint.internalErrors;
        return result;
    }
    /**
     * The fix loop on a text: lint, apply every compatible fix of the chosen strategy (safe ones
     * unless `unsafe`), lint again, until nothing changes. Nothing is written anywhere.
     *
     * @throws {TypeError} when neither the path nor `options.language` tells the language.
     * @throws {ConfigError} when the config file that applies is invalid.
     */
    async fixText(text, options) {
        await init();
        const language = this.languageOf(text, options);
        const fileSettings = this.settings.forFile(this.abs(options.path));
        const unchanged = { text, changed: false, applied: 0, unsafeAvailable: 0, remaining: [], error: null };
        const prepared = prepareText(text, language, fileSettings.engine, this.abs(options.path));
        if (prepared.kind === 'skip')
            return unchanged;
        if (prepared.kind === 'error')
            return { ...unchanged, error: prepared.message };
        const { internalErrors, ...outcome } = await fixLoop(options.path, text, language, fileSettings.engine, { strategy: options.strategy ?? fileSettings.strategy, unsafe: options.unsafe ?? false });
        return { ...outcome, changed: outcome.text !== text, ...(internalErrors.length ? { errors: internalErrors } : {}) };
    }
    languageOf(text, options) {
        const language = options.language ?? languageByName(options.path) ?? languageByHead(text.slice(0, 128));
        if (!language)
            throw new TypeError(`${options.path}: cannot tell the language (not a .py/.js/.ts name, no shebang); pass options.language`);
        return language;
    }
}
/**
 * Loads what linting needs before the first synchronous call ({@link Linter.lintTextSync} on
 * Python text). The asynchronous methods call it themselves; calling it again costs nothing.
 */
export async function init() {
    // The Python parser is WebAssembly (web-tree-sitter): it loads asynchronously, once per thread.
    await loadPythonParser();
}
/** {@link Linter.lintText} with a one-off Linter. */
export function lintText(text, options) {
    return new Linter(options).lintText(text, options);
}
/** {@link Linter.lintFile} with a one-off Linter. */
export function lintFile(file, options = {}) {
    return new Linter(options).lintFile(file);
}
/** {@link Linter.fixText} with a one-off Linter. */
export function fixText(text, options) {
    return new Linter(options).fixText(text, options);
}
/** {@link Linter.configFor} with a one-off Linter. */
export function resolveConfig(file, options = {}) {
    return new Linter(options).configFor(file);
}
/** The rule catalogue, in id order: metadata and docs of every rule. */
export const rules = allRules;
/** A rule by id (`POP001`, any case) or name (`popen-result-discarded`). */
export function getRule(idOrName) {
    return allRules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
/** What `popenlint explain` prints, as Markdown: what, why, example, fixes and their safety, a reproduction. */
export function explain(idOrName) {
    const meta = getRule(idOrName);
    return meta && explainRule(meta);
}
/** The fix a finding gets for a preferred strategy: that strategy when offered, else the primary fix, else null. */
export function fixFor(finding, strategy) {
    return strategy === undefined ? finding.fixes[0] ?? null : chooseFix(finding, strategy);
}
/**
 * Applies edits (UTF-16 offsets into `text`) at once; identical edits merge, and at one offset
 * an insertion goes before a replacement. The caller keeps them from overlapping: one fix's
 * edits never do.
 */
export function applyEdits(text, edits) {
    return applyEditList(text, [...edits]);
}
/**
 * The edit that silences one finding with an inline comment (`# noqa: POP001` at the end of
 * its line in Python, a `// popenlint-disable-next-line POP101` line above it in JS/TS), or
 * null where a comment cannot go safely (after a backslash continuation).
 */
export function suppressionFor(text, finding, language) {
    return suppressionEdit(new SourceText(text), language, finding.rule, finding.start, finding.end);
}
/** The language popenlint lints a file as, from its name (extension) and first bytes (shebang); null if neither. */
export function languageFor(file, head = '') {
    return languageByName(file) ?? languageByHead(head);
}
