import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import type { Finding } from '../src/types.js';
import type { WrapperIndex } from '../src/typescript/wrapper-index.js';
import { buildWrapperIndex } from '../src/typescript/wrappers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS } from './snapshot.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid/invalid tables for the JS/TS rules, ESLint RuleTester style: each invalid case gives
 * every finding of its rule as [line, column, message] (1-based), each valid case must produce
 * no finding of its rule. `file` picks the parser (.ts, .tsx, .mjs...); the default is case.js.
 * Messages are for Node 20 (the target is pinned, whatever Node runs the tests). Each invalid
 * case's ends and every fix's edit are pinned by its entry in test/snapshots/rules/<RULE>.snap,
 * so a fix that no case checks fails the test.
 */
export type Expected = [line: number, column: number, message: string];

export interface Case {
  code: string;
  file?: string;
  /** Findings that must be reported (invalid cases only). */
  errors?: Expected[];
  /** Other modules of the project (path -> code), indexed for their wrappers as a project run does. */
  modules?: Record<string, string>;
  /** The package's `engines.node` range (default: Node 20 alone). */
  nodeRange?: string;
}

/** The project wrapper index of a case's other modules, as `check` builds it before linting. */
export function wrappersOf(c: Case): WrapperIndex | undefined {
  if (!c.modules) return undefined;
  return buildWrapperIndex(Object.entries(c.modules).map(([name, text]) => ({ abs: path.resolve(name), display: name, text })));
}

export const CP = "const cp = require('child_process');\n";
export const UTIL = "const util = require('util');\n";
/** stdout piped, stderr shown to the user: the stdout-only cases. */
export const OUT = "{ stdio: ['ignore', 'pipe', 'inherit'] }";

export const BLOCKS = 'on Node 20 the child blocks for good once about 20–243 KiB are waiting';
export const GROWS = (program: string) => `\`${program}\` is not known to be quiet: its output can grow`;
export const UNKNOWN = 'the command is not known statically';
/** Builds and package managers: both streams can grow (commands.data.ts). */
export const BUILDS = (program: string) => `\`${program}\` builds, installs or runs other programs: both streams can grow`;
export const FIND = '`find` names every file it finds, and every directory it cannot read on stderr';
/** POP104's evidence: what the SCALING table says of find. */
export const WALKS = '`find` prints a line per file it walks';
/** POP104's evidence for a find over the whole file system (`find /`), past maxBuffer on any machine. */
export const WALKS_FS = '`find /` prints a line per file of the file system it walks';
/** POP104's message for a command the table says grows, under a maxBuffer set below Node's default. */
export const SMALL = (fn: string, evidence: string, size: string, fails: string) => `${fn}() keeps the whole output of a command whose output can grow (${evidence}): ${size}, below Node's default (1 MiB on Node 20), and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
/** POP102's message for streams that are never read. */
export const NEVER = (streams: string, evidence: string, fn = 'spawn') => `${fn}(): ${streams} ${streams.includes(' and ') ? 'are' : 'is'} never read (${evidence}): ${BLOCKS}`;
const KILLED = (fn: string) => (fn === 'exec' ? 'Node closes the pipes and sends SIGTERM to the shell: the command gets it where /bin/sh execs it (bash), and dies at its next write where /bin/sh forks it (dash), unless it ignores SIGPIPE (tar, ffmpeg) and runs on without its output' : 'Node kills the child with SIGTERM');
export const EXEC = (fn: string, evidence: string) => `${fn}() without a callback, its ChildProcess unused (${evidence}): on Node 20, once its output passes maxBuffer (1 MiB), ${KILLED(fn)}; once this process exits, its writes meet a closed pipe (SIGPIPE); nobody learns that it failed`;
export const CAUGHT = (fn: string, line: number) => `${fn}() without a callback inside a try: a failed command never reaches the catch at line ${line} (exec reports it only to a callback, after the try has ended), so its exit code and errors are lost`;
export const UNWATCHED = (fn: string, evidence: string) => `${fn}() without a callback, and nothing here looks at its exit code or signal (${evidence}): exec still buffers the output, so on Node 20, once it passes maxBuffer (1 MiB) even if its streams are read, ${KILLED(fn)}, and nobody learns that it failed`;
export const FLOATING = (fn: string) => `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, which crashes the process on Node 20`;

export async function findingsOf(rule: string, c: Case): Promise<Finding[]> {
  const wrappers = wrappersOf(c);
  const r = await lintText(c.file ?? 'case.js', new SourceText(c.code), 'javascript', { enabled: new Set([rule]), target: 'py3', evidence: 'possible', nodeMajor: 20, ...(c.nodeRange ? { nodeRange: c.nodeRange } : {}), ...(wrappers ? { wrappers } : {}) });
  assert.deepEqual(r.internalErrors, []);
  return r.findings.filter((f) => f.rule === rule);
}

export function expected(findings: Finding[]): Expected[] {
  return findings.map((f) => [f.range.start.line, f.range.start.column, f.message]);
}

/** `snapshot` names the file under test/snapshots/rules (a rule's cases split across test files each keep their own), `title` the tests. */
export function table(rule: string, valid: Record<string, Case>, invalid: Record<string, Case>, snapshot = rule, title = rule): void {
  for (const [name, c] of Object.entries(valid)) {
    test(`${title} valid: ${name}`, async () => {
      assert.deepEqual(await findingsOf(rule, c), []);
      assert.equal(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule], 'py3', wrappersOf(c), true), 0);
    });
  }
  const snapshots = new SnapshotFile(path.join(SNAPSHOTS, 'rules', `${snapshot}.snap`));
  for (const [name, c] of Object.entries(invalid)) {
    test(`${title} invalid: ${name}`, async () => {
      const findings = await findingsOf(rule, c);
      assert.deepEqual(expected(findings), c.errors);
      snapshots.check(name, renderFindings(c.code, findings));
      // Messages that name a line ("dropped at line 8") move with it: the variants cannot match them.
      if (c.errors?.length && !c.errors.some(([, , m]) => /line \d+/.test(m))) assert.ok(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule], 'py3', wrappersOf(c), true) > 0);
    });
  }
  test(`${title} snapshots: every entry belongs to a case`, () => snapshots.finish());
}
