import { lintText } from '../engine.js';
import { chooseFix } from '../finding.js';
import { SourceText } from '../source.js';
import { applyEdits, overlaps } from './edits.js';
export { chooseFix } from '../finding.js';
export { applyEdits } from './edits.js';
/** Picks whole fixes whose edits do not collide, in source order. Shared edits (an import) merge. */
export function compatibleFixes(fixes) {
    const accepted = [];
    const edits = [];
    for (const fix of fixes) {
        if (fix.edits.some((e) => edits.some((a) => overlaps(a, e))))
            continue;
        accepted.push(fix);
        edits.push(...fix.edits);
    }
    return accepted;
}
const MAX_PASSES = 10;
/**
 * Lint, apply every compatible fix, and lint again until nothing changes. Each pass is checked:
 * if the edited text has more syntax errors than the original, nothing is written.
 */
export async function fixText(path, text, language, given, options) {
    // Whole-file parses: the syntax-error counts compared below must cover the same text each
    // pass, and a partial parse counts only the statements it parsed.
    const engine = { ...given, partialParse: 'never' };
    let current = text;
    let lint = await lintText(path, new SourceText(current), language, engine);
    // A rule failing on any pass is reported once, whatever the text looked like then.
    const seen = new Map();
    const failures = () => [...seen.values()];
    const record = (errors) => { for (const e of errors)
        if (!seen.has(e.message))
            seen.set(e.message, e); };
    record(lint.internalErrors);
    const baseline = lint.syntaxErrors;
    let applied = 0;
    for (let pass = 0;; pass++) {
        const candidates = lint.findings
            .map((f) => chooseFix(f, options.strategy))
            .filter((f) => !!f && (f.applicability === 'safe' || options.unsafe));
        const chosen = compatibleFixes(candidates);
        if (chosen.length === 0)
            break;
        // Fixes that keep producing fixable findings are not converging (seen on files that were
        // already broken): refuse rather than write text edited MAX_PASSES times.
        if (pass === MAX_PASSES)
            return { text, applied: 0, unsafeAvailable: 0, remaining: lint.findings, error: 'fixes did not converge; file left unchanged', internalErrors: failures() };
        const next = applyEdits(current, chosen.flatMap((f) => f.edits));
        if (next === current)
            break;
        const relint = await lintText(path, new SourceText(next), language, engine);
        record(relint.internalErrors);
        if (relint.syntaxErrors > baseline) {
            return { text, applied: 0, unsafeAvailable: 0, remaining: lint.findings, error: 'a fix would introduce a syntax error; file left unchanged', internalErrors: failures() };
        }
        current = next;
        lint = relint;
        applied += chosen.length;
    }
    const unsafeAvailable = options.unsafe ? 0 : lint.findings.filter((f) => chooseFix(f, options.strategy)?.applicability === 'unsafe').length;
    return { text: current, applied, unsafeAvailable, remaining: lint.findings, error: null, internalErrors: failures() };
}
