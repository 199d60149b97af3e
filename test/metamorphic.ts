import assert from 'node:assert/strict';
import path from 'node:path';
import { lintBytes } from '../src/engine.js';
import type { Target } from '../src/knowledge/targets.js';
import type { PythonTarget } from '../src/python/context.js';
import type { WrapperIndex } from '../src/typescript/wrapper-index.js';
import type { Finding, Language } from '../src/types.js';

/**
 * Metamorphic variants of a source text: edits that change no program's meaning, so the
 * findings must be the same ones, moved down by the lines added. They catch offsets taken from
 * the wrong base (a tree's root starts at the first token, not at offset 0), CRLF and BOM
 * handling, code-unit versus code-point columns and "the last line" assumptions.
 */
export interface Variant {
  name: string;
  code: string;
  /** Lines inserted above every original line. */
  shift: number;
}

// A first line that must stay first: a shebang, or a coding declaration (PEP 263: line 1 or 2).
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;

/** Offset after the lines that must stay at the top (shebang, coding line). */
function headerEnd(code: string, language: Language): number {
  let end = code.startsWith('\ufeff') ? 1 : 0;
  for (let line = 0; line < 2; line++) {
    const nl = code.indexOf('\n', end);
    if (nl < 0) break;
    const text = code.slice(end, nl);
    const keep = (line === 0 && text.startsWith('#!')) || (language === 'python' && CODING.test(text));
    if (!keep) break;
    end = nl + 1;
  }
  return end;
}

export function variants(code: string, language: Language): Variant[] {
  return edits(code, language).variants;
}

/**
 * The same edits, folded into two variants: the added lines above and the code below together,
 * the CRLF line ends and the BOM together. For the rule tables' hundreds of cases (each edit
 * alone is checked on every golden fixture, metamorphic.test.ts): two lints a case instead of six.
 */
export function foldedVariants(code: string, language: Language): Variant[] {
  const { at, nl, comment, trailing, bom } = edits(code, language);
  const lines = ['', `${comment} a comment that names nothing`, `${comment} héllo wörld — 日本語 😀 ÿ`];
  const above = code.slice(0, at) + lines.map((l) => l + nl).join('') + code.slice(at);
  return [
    { name: 'leading blank line, comment and non-ASCII text; trailing unrelated code', code: `${above}${above === '' || /[\r\n]$/.test(above) ? '' : nl}${trailing}${nl}`, shift: lines.length },
    { name: bom ? 'CRLF line ends and a UTF-8 BOM' : 'CRLF line ends', code: `${bom ? '\ufeff' : ''}${code.replace(/\r?\n/g, '\r\n')}`, shift: 0 },
  ];
}

function edits(code: string, language: Language) {
  const at = headerEnd(code, language);
  const nl = code.includes('\r\n') ? '\r\n' : '\n';
  const insert = (line: string) => code.slice(0, at) + line + nl + code.slice(at);
  const comment = language === 'python' ? '#' : '//';
  const trailing = language === 'python' ? 'unrelated = [1, 2, 3]' : 'const unrelated = [1, 2, 3];';
  const out: Variant[] = [
    { name: 'leading blank line', code: insert(''), shift: 1 },
    { name: 'leading comment', code: insert(`${comment} a comment that names nothing`), shift: 1 },
    { name: 'non-ASCII text before the hazard', code: insert(`${comment} héllo wörld — 日本語 😀 ÿ`), shift: 1 },
    { name: 'CRLF line ends', code: code.replace(/\r?\n/g, '\r\n'), shift: 0 },
    { name: 'trailing unrelated code', code: `${code}${code === '' || /[\r\n]$/.test(code) ? '' : nl}${trailing}${nl}`, shift: 0 },
  ];
  // A BOM on top of an existing one (or on a file declaring another encoding) is another program.
  const bom = !code.startsWith('\ufeff') && !(language === 'python' && code.split('\n').slice(0, 2).some((l) => CODING.test(l) && !/utf-?8/i.test(l)));
  if (bom) out.push({ name: 'UTF-8 BOM', code: `\ufeff${code}`, shift: 0 });
  return { variants: out, at, nl, comment, trailing, bom };
}

/** What must not change: rule, position (shifted), message and the fixes offered. */
export function summary(findings: Finding[], shift = 0, file?: string): string[] {
  // "at case.js:5", and each place of a list: "the callers at case.js:5, case.js:6 and case.js:8".
  const here = file && new RegExp(`(\\bat |, | and )${path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g');
  return findings.map((f) => {
    const fixes = f.fixes.map((x) => `${x.strategy}/${x.applicability}`).join(',');
    // A message may name a line of the same file (a wrapper "defined at line 5", a caller
    // "at case.py:12"): it shifts too.
    let message = shift ? f.message.replace(/\(defined at line (\d+)\)/g, (_, n: string) => `(defined at line ${Number(n) - shift})`) : f.message;
    if (shift && here) message = message.replace(here, (_, before: string, n: string) => `${before}${path.basename(file!)}:${Number(n) - shift}`);
    // POP102's exit race: "the 'data' listeners at lines 5 and 6 ... the 'exit' listener at line 7",
    // "the `for await` loops that read them at lines 23 and 16", "the Writable it is piped into at line 7".
    // POP005's held pipe: "handed to `xz` (line 4) ... until `p1.wait()` (line 6)".
    if (shift) message = message.replace(/\(line (\d+)\)/g, (_, n: string) => `(line ${Number(n) - shift})`);
    if (shift) message = message.replace(/\b((?:listeners?|loops? that reads? (?:it|them)|piped into|ends?) at lines?) (\d+(?: and \d+)*)/g, (_, w: string, ns: string) => `${w} ${ns.split(' and ').map((n) => Number(n) - shift).join(' and ')}`);
    return `${f.rule} ${f.range.start.line - shift}:${f.range.start.column}-${f.range.end.line - shift}:${f.range.end.column} ${message} [${fixes}]`;
  });
}

/** Lints code and every variant (the two folded ones when `folded`); asserts the same findings, shifted, and returns how many. */
export async function assertMetamorphic(file: string, code: string, language: Language, rules: string[], target: PythonTarget | Target = 'py3', wrappers?: WrapperIndex, folded = false): Promise<number> {
  const options = { enabled: new Set(rules), target, evidence: 'possible' as const, ...(wrappers ? { wrappers } : {}) };
  // Through bytes, as a file on disk: decoding (BOM, coding line) is part of what must hold.
  const base = await lintBytes(file, Buffer.from(code, 'utf8'), language, options);
  const expected = summary(base.findings);
  for (const v of (folded ? foldedVariants : variants)(code, language)) {
    const got = await lintBytes(file, Buffer.from(v.code, 'utf8'), language, options);
    assert.deepEqual(summary(got.findings, v.shift, file), expected, `${file}: ${v.name}`);
    assert.deepEqual(got.diagnostics, base.diagnostics, `${file}: ${v.name}`);
  }
  return expected.length;
}
