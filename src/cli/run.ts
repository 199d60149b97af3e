import fs from 'node:fs';
import path from 'node:path';
import { discover } from '../discover.js';
import { type FileResult, lintBytes } from '../engine.js';
import { languageOf } from '../discover.js';
import type { Language } from '../types.js';
import type { Settings } from './settings.js';

export interface Target {
  path: string;
  abs: string;
  language: Language;
  /** Source given on stdin (--stdin-filename). */
  stdin?: Buffer;
}

export interface RunInput {
  paths: string[];
  stdinFilename?: string;
  forceExclude: boolean;
}

/** Paths (or stdin) -> lint targets, plus per-path problems such as a missing file. */
export async function targets(input: RunInput, settings: Settings): Promise<{ targets: Target[]; results: FileResult[] }> {
  if (input.stdinFilename !== undefined) {
    const abs = path.resolve(input.stdinFilename);
    const language = languageOf(abs) ?? (/\.(py|pyw)$/.test(abs) ? 'python' : null);
    const stdin = await readStdin();
    return { targets: [{ path: input.stdinFilename, abs, language: language ?? 'python', stdin }], results: [] };
  }
  const found = discover(input.paths, { exclude: settings.excludes(), forceExclude: input.forceExclude });
  const results: FileResult[] = found.diagnostics.map((d) => ({ path: d.path, language: 'python', findings: [], diagnostics: [d], parsed: false }));
  return { targets: found.files, results };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function readTarget(t: Target): Buffer | { error: string } {
  if (t.stdin) return t.stdin;
  try {
    const st = fs.statSync(t.abs);
    if (!st.isFile()) return { error: 'not a regular file; skipped' };
    return fs.readFileSync(t.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'file vanished before it could be read' : `cannot read: ${code ?? (e as Error).message}` };
  }
}

/** Lints every target; a per-file failure becomes an E902 diagnostic, never a crash. */
export async function lintTargets(list: Target[], settings: Settings): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const t of list) {
    const bytes = readTarget(t);
    if (!Buffer.isBuffer(bytes)) {
      out.push({ path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: 'E902', message: bytes.error }], parsed: false });
      continue;
    }
    try {
      out.push(await lintBytes(t.path, bytes, t.language, settings.forFile(t.abs).engine));
    } catch (e) {
      out.push({ path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: 'E902', message: `internal error: ${(e as Error).message}` }], parsed: false });
    }
  }
  return out;
}
