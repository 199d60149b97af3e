/**
 * `popenlint/eslint`: popenlint's JS/TS rules as an ESLint (9 and 10) flat-config plugin.
 *
 * ```js
 * // eslint.config.js
 * import popenlint from 'popenlint/eslint';
 * export default [popenlint.configs.recommended];
 * ```
 *
 * Each rule is the same rule the CLI runs, through the public API: the plugin lints the file's
 * text once (whatever parser ESLint used) and each ESLint rule reports its own findings. A safe
 * fix becomes an ESLint fix (`eslint --fix` applies it); unsafe fixes, which change timing or the
 * API, become suggestions that a person applies in the editor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_EVIDENCE_LEVEL, EVIDENCE_LEVELS, Linter, rules } from '../api.js';
const JS_RULES = rules.filter((r) => r.language === 'javascript');
const JS_EXTENSIONS = /\.(?:[cm]?[jt]sx?)$/i;
/** package.json's version: dist/src/eslint/index.js is three folders below the package root. */
const VERSION = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;
// ESLint's config decides which rules run and where: popenlint's own config files are not read
// (a popenlint.toml `ignore` must not silently switch off a rule ESLint was told to run).
// The weakest evidence reported is ESLint's shared setting `settings.popenlint.evidence`
// (`known` by default, as for the CLI): one linter per level, made when first asked for.
const linters = new Map();
// One lint per file and level, shared by the plugin's rules: ESLint hands each rule the same SourceCode.
const lints = new WeakMap();
function levelOf(context) {
    const value = context.settings?.popenlint?.evidence ?? DEFAULT_EVIDENCE_LEVEL;
    if (!EVIDENCE_LEVELS.includes(value)) {
        throw new Error(`popenlint: settings.popenlint.evidence must be one of ${EVIDENCE_LEVELS.join(', ')}, not ${JSON.stringify(value)}`);
    }
    return value;
}
function findingsOf(context) {
    const sourceCode = context.sourceCode;
    const level = levelOf(context);
    let byLevel = lints.get(sourceCode);
    if (!byLevel)
        lints.set(sourceCode, (byLevel = new Map()));
    let findings = byLevel.get(level);
    if (!findings) {
        let linter = linters.get(level);
        if (!linter)
            linters.set(level, (linter = new Linter({ isolated: true, select: JS_RULES.map((r) => r.id), evidence: level })));
        // `<input>`/`<text>` (stdin, the Linter API) and processors' virtual names lint as JavaScript.
        const name = JS_EXTENSIONS.test(context.filename) ? context.filename : path.join(context.cwd, 'input.js');
        findings = linter.lintTextSync(sourceCode.text, { path: name, language: 'javascript' }).findings;
        byLevel.set(level, findings);
    }
    return findings;
}
function fixer(fix) {
    return (f) => fix.edits.map((e) => f.replaceTextRange([e.start, e.end], e.content));
}
function eslintRule(meta) {
    return {
        meta: {
            type: 'problem',
            docs: { description: meta.summary, recommended: meta.defaultEnabled },
            fixable: 'code',
            hasSuggestions: true,
            schema: [],
            messages: {
                finding: '{{ message }}',
                unsafeFix: '{{ description }} (unsafe: changes behaviour beyond the hazard; review it)',
            },
        },
        create(context) {
            return {
                Program() {
                    const sourceCode = context.sourceCode;
                    for (const finding of findingsOf(context)) {
                        if (finding.rule !== meta.id)
                            continue;
                        const safe = finding.fixes.find((f) => f.applicability === 'safe');
                        const unsafe = finding.fixes.filter((f) => f.applicability === 'unsafe');
                        context.report({
                            // Offsets are UTF-16 code units, as ESLint's are: no column conversion needed.
                            loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
                            messageId: 'finding',
                            data: { message: finding.message },
                            fix: safe ? fixer(safe) : null,
                            suggest: unsafe.map((f) => ({ messageId: 'unsafeFix', data: { description: f.description }, fix: fixer(f) })),
                        });
                    }
                },
            };
        },
    };
}
const plugin = {
    meta: { name: 'popenlint', version: VERSION },
    rules: Object.fromEntries(JS_RULES.map((meta) => [meta.name, eslintRule(meta)])),
    configs: {},
};
plugin.configs.recommended = {
    name: 'popenlint/recommended',
    plugins: { popenlint: plugin },
    rules: Object.fromEntries(JS_RULES.filter((r) => r.defaultEnabled).map((r) => [`popenlint/${r.name}`, r.severity === 'error' ? 'error' : 'warn'])),
};
export default plugin;
