import { decode, EncodingError } from '../encoding.js';
import { lintText } from '../engine.js';
import { applyEdits } from '../fix/apply.js';
import { codeWithoutComments, planNoqa } from '../fix/noqa.js';
import { WriteError, writeDecoded } from '../fix/write.js';
import { SourceText } from '../source.js';
import { readTarget } from '../read.js';
import { Progress } from './progress.js';
import { engineFor } from './run.js';
/**
 * `check --add-noqa`: writes a suppression comment for every finding into the files (see
 * fix/noqa.ts for where each goes), then checks each file before writing it: the code without
 * comments is the same as before, the findings that got a comment are gone, and the parser
 * finds no new syntax error. A file that fails a check is left as it was and named on stderr.
 * Files keep their encoding, BOM, line endings and mode (writeDecoded, writeAtomic).
 * Exit 0 when every finding got its comment, 1 when some could not (they are listed).
 */
export async function addNoqa(results, list, settings, options) {
    const byPath = new Map(list.map((t) => [t.path, t]));
    let added = 0;
    let files = 0;
    let failed = 0;
    const say = (line) => process.stderr.write(`${line}\n`);
    const work = results.filter((r) => r.findings.length > 0 || r.diagnostics.length > 0);
    const progress = new Progress(work.length);
    try {
        for (const r of work) {
            await progress.step();
            if (r.diagnostics.length > 0) {
                for (const d of r.diagnostics)
                    say(`${d.path}: ${d.code} ${d.message}`);
                failed += r.findings.length;
                continue;
            }
            const t = byPath.get(r.path);
            if (!t || t.stdin) {
                say(`${r.path}: --add-noqa writes files; it cannot add comments to standard input`);
                failed += r.findings.length;
                continue;
            }
            const outcome = await addToFile(t, r, settings);
            if (typeof outcome === 'string') {
                say(`${r.path}: ${outcome}; left unchanged`);
                failed += r.findings.length;
                continue;
            }
            for (const s of outcome.skipped)
                say(`${r.path}:${s.finding.range.start.line}:${s.finding.range.start.column}: ${s.finding.rule} not suppressed: ${s.reason}`);
            failed += outcome.skipped.length;
            added += outcome.added;
            if (outcome.added > 0)
                files++;
        }
    }
    finally {
        progress.stop();
    }
    if (!options.quiet)
        say(`Added ${added} suppression comment${added === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${failed ? `; ${failed} finding${failed === 1 ? '' : 's'} left without one` : ''}.`);
    return failed > 0 ? 1 : 0;
}
async function addToFile(t, r, settings) {
    const bytes = readTarget(t);
    if (!Buffer.isBuffer(bytes))
        return bytes.error;
    let decoded;
    try {
        decoded = decode(bytes, t.language);
    }
    catch (e) {
        if (e instanceof EncodingError)
            return e.message;
        throw e;
    }
    if (r.source && decoded.text !== r.source.text)
        return 'file changed on disk while it was linted';
    const source = new SourceText(decoded.text);
    const plan = await planNoqa(t.path, source, t.language, r.findings);
    if (plan.placed.length === 0)
        return { added: 0, skipped: plan.skipped };
    const text = applyEdits(decoded.text, plan.edits);
    // The checks that make "changes no code" a fact rather than a hope. r.findings are this
    // text's findings (it was compared above).
    const before = await codeWithoutComments(t.path, decoded.text, t.language);
    const after = await codeWithoutComments(t.path, text, t.language);
    if (after.syntaxErrors > before.syntaxErrors)
        return 'a suppression comment would introduce a syntax error';
    if (after.code !== before.code)
        return 'a suppression comment would change the code (a string or template spans the line)';
    const relint = await lintText(t.path, new SourceText(text), t.language, engineFor(settings, t));
    if (relint.findings.length > r.findings.length - plan.placed.length)
        return 'the suppression comments would not take effect';
    try {
        writeDecoded(t.abs, bytes, decoded, text, 'changed');
    }
    catch (e) {
        if (e instanceof WriteError)
            return e.message;
        throw e;
    }
    return { added: plan.placed.length, skipped: plan.skipped };
}
