import { createTwoFilesPatch } from 'diff';
import { ConfigError } from '../config.js';
import { prepare } from '../engine.js';
import { fixText } from '../fix/apply.js';
import { encodeDecoded, WriteError, writeAtomic } from '../fix/write.js';
import { crashed, readTarget } from '../read.js';
import { SourceText } from '../source.js';
import { engineFor } from './run.js';
/** Fixes one file; an unexpected failure becomes that file's E902, never the run's end. */
export async function fixTarget(t, settings, options) {
    try {
        return await fixOne(t, settings, options);
    }
    catch (e) {
        if (e instanceof ConfigError)
            throw e;
        return { result: crashed(t, e), applied: 0, unsafeAvailable: 0, output: null, changed: false };
    }
}
/** Decode, fix loop, re-encode in the file's own encoding, write atomically. */
async function fixOne(t, settings, options) {
    const result = { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false };
    const none = { result, applied: 0, unsafeAvailable: 0, output: null, changed: false };
    const fail = (message) => {
        result.diagnostics.push({ path: t.path, code: 'E902', message });
        return none;
    };
    const bytes = readTarget(t);
    if (!Buffer.isBuffer(bytes))
        return fail(bytes.error);
    const fileSettings = settings.forFile(t.abs);
    const engine = engineFor(settings, t);
    const prepared = prepare(bytes, t.language, engine, t.path);
    if (prepared.kind === 'skip')
        return t.stdin ? { ...none, output: bytes.toString('utf8') } : none;
    if (prepared.kind === 'error')
        return fail(prepared.message);
    const { decoded } = prepared;
    const strategy = options.strategy ?? fileSettings.strategy;
    const outcome = await fixText(t.path, decoded.text, t.language, engine, { strategy, unsafe: options.unsafe });
    result.parsed = true;
    result.source = new SourceText(outcome.text);
    result.findings = outcome.remaining;
    if (outcome.internalErrors.length)
        result.errors = outcome.internalErrors;
    if (outcome.error)
        return fail(outcome.error);
    const changed = outcome.text !== decoded.text;
    let output = null;
    if (changed) {
        let fixed;
        try {
            fixed = encodeDecoded(decoded, outcome.text);
        }
        catch (e) {
            if (e instanceof WriteError)
                return fail(e.message);
            throw e;
        }
        if (options.diff)
            output = createTwoFilesPatch(t.path, t.path, decoded.text, outcome.text, '', '', { context: 3 }).replace(/\n?$/, '\n');
        else if (t.stdin)
            output = fixed.toString('utf8');
        else {
            try {
                writeAtomic(t.abs, fixed, bytes);
            }
            catch (e) {
                if (e instanceof WriteError)
                    return fail(e.message);
                throw e;
            }
        }
    }
    else if (t.stdin && !options.diff)
        output = bytes.toString('utf8');
    return { result, applied: outcome.applied, unsafeAvailable: outcome.unsafeAvailable, output, changed };
}
