import { createTwoFilesPatch } from 'diff';
import { ConfigError } from '../config.js';
import { bomBytes, decode, EncodingError, encodeStrict } from '../encoding.js';
import { type FileResult, isCandidate } from '../engine.js';
import { fixText } from '../fix/apply.js';
import { WriteError, writeAtomic } from '../fix/write.js';
import { SourceText } from '../source.js';
import type { Strategy } from '../types.js';
import { crashed, readTarget, type Target } from './run.js';
import type { Settings } from './settings.js';

export interface FixRunOptions {
  strategy?: Strategy;
  unsafe: boolean;
  diff: boolean;
}

export interface FixFileResult {
  result: FileResult;
  applied: number;
  unsafeAvailable: number;
  /** Unified diff (with --diff) or the fixed text (stdin). */
  output: string | null;
  changed: boolean;
}

/** Fixes one file; an unexpected failure becomes that file's E902, never the run's end. */
export async function fixTarget(t: Target, settings: Settings, options: FixRunOptions): Promise<FixFileResult> {
  try {
    return await fixOne(t, settings, options);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    return { result: crashed(t, e), applied: 0, unsafeAvailable: 0, output: null, changed: false };
  }
}

/** Decode, fix loop, re-encode in the file's own encoding, write atomically. */
async function fixOne(t: Target, settings: Settings, options: FixRunOptions): Promise<FixFileResult> {
  const result: FileResult = { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false };
  const none = { result, applied: 0, unsafeAvailable: 0, output: null, changed: false };
  const fail = (message: string) => {
    result.diagnostics.push({ path: t.path, code: 'E902', message });
    return none;
  };
  const bytes = readTarget(t);
  if (!Buffer.isBuffer(bytes)) return fail(bytes.error);
  if (!isCandidate(t.abs, bytes, t.language)) return t.stdin ? { ...none, output: bytes.toString('utf8') } : none;
  if (t.language === 'python' && bytes.includes(0)) return fail('binary file (contains NUL bytes); not fixed');
  let decoded;
  try {
    decoded = decode(bytes, t.language);
  } catch (e) {
    if (e instanceof EncodingError) return fail(e.message);
    throw e;
  }
  const fileSettings = settings.forFile(t.abs);
  const strategy = options.strategy ?? fileSettings.strategy;
  const outcome = await fixText(t.path, decoded.text, t.language, fileSettings.engine, { strategy, unsafe: options.unsafe });
  result.parsed = true;
  result.source = new SourceText(outcome.text);
  result.findings = outcome.remaining;
  if (outcome.internalErrors.length) result.errors = outcome.internalErrors;
  if (outcome.error) return fail(outcome.error);
  const changed = outcome.text !== decoded.text;
  let output: string | null = null;
  if (changed) {
    if (!decoded.lossless) return fail(`not fixed: the file is not valid ${decoded.encoding}, so it could not be written back byte for byte`);
    const body = encodeStrict(outcome.text, decoded.encoding);
    if (!body) return fail(`not fixed: the fix cannot be encoded in the file's encoding (${decoded.encoding})`);
    const fixed = Buffer.concat([bomBytes(decoded), body]);
    if (options.diff) output = createTwoFilesPatch(t.path, t.path, decoded.text, outcome.text, '', '', { context: 3 }).replace(/\n?$/, '\n');
    else if (t.stdin) output = fixed.toString('utf8');
    else {
      try {
        writeAtomic(t.abs, fixed, bytes);
      } catch (e) {
        if (e instanceof WriteError) return fail(e.message);
        throw e;
      }
    }
  } else if (t.stdin && !options.diff) output = bytes.toString('utf8');
  return { result, applied: outcome.applied, unsafeAvailable: outcome.unsafeAvailable, output, changed };
}
