import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  HoverRequest,
  type Hover,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { cli, tempDir } from '../helpers.js';
import { LspClient } from '../lsp-client.js';

/**
 * `popenlint server` driven over stdio by a real LSP client library, as an editor drives it:
 * initialize, didOpen, publishDiagnostics, codeAction, didChange, hover, shutdown.
 */

const DEBOUNCE = 1000;
const PY = 'import os\n\ndef job(cmd):\n    os.popen(cmd)\n';
const JS = "const { spawn } = require('child_process');\nconst child = spawn('find', ['/']);\nchild.on('close', (code) => console.log(code));\n";
// An astral character (two UTF-16 code units, one code point) before the finding on its line.
const ASTRAL = 'import os\nlabel = "😀 é"; os.popen("du")\n';

interface JsonFinding { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: string; fix: null | { applicability: string; edits: { line: number; column: number; content: string }[] } }

/** What `popenlint check --format json` says about a file: the server must say the same. */
function cliFindings(dir: string, file: string): JsonFinding[] {
  const r = cli(['check', file, '--format', 'json', '--exit-zero'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

function apply(text: string, languageId: string, edit: WorkspaceEdit | undefined, uri: string): string {
  assert.ok(edit, 'the action carries an edit');
  const edits: TextEdit[] = edit.documentChanges
    ? (edit.documentChanges as { textDocument: { uri: string }; edits: TextEdit[] }[]).filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits)
    : edit.changes?.[uri] ?? [];
  assert.ok(edits.length > 0, 'the edit changes the document');
  return TextDocument.applyEdits(TextDocument.create(uri, languageId, 1, text), edits);
}

describe('popenlint server over stdio', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  const actions = (u: string, range: Diagnostic['range'], only?: string[]) =>
    client.request(CodeActionRequest.method, { textDocument: { uri: u }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;

  before(async () => {
    dir = fs.realpathSync(tempDir('popenlint-lsp-'));
    // PY's command is a parameter (evidence `external-command`), reported from `likely`.
    write('popenlint.toml', 'evidence = "likely"\n');
    client = new LspClient({ cwd: dir });
    // A long pause before a change is linted, so that a lint on save is told apart from the debounce's.
    const init = await client.initialize(dir, undefined, { debounceMs: DEBOUNCE });
    assert.equal(init.serverInfo?.name, 'popenlint');
    assert.deepEqual(init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.popenlint'] });
    assert.equal(init.capabilities.hoverProvider, true);
    assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });

  after(async () => {
    const code = await client.shutdown().catch((e: Error) => { client.kill(); throw e; });
    assert.equal(code, 0, 'exit after shutdown is a clean exit');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a diagnostic on open, as the CLI reports it, with the rule id and its docs', async () => {
    write('job.py', PY);
    const [expected] = cliFindings(dir, 'job.py');
    const published = client.diagnostics(uri('job.py'), 1);
    await client.open(uri('job.py'), 'python', PY);
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d!.code, 'POP001');
    assert.equal(d!.source, 'popenlint');
    // The caller's command (a parameter): a warning, as the CLI says (evidence external-command).
    assert.equal(expected!.severity, 'warning');
    assert.equal(d!.severity, 2);
    assert.equal(d!.message, expected!.message);
    assert.match(d!.message, /os\.popen\(\)/);
    assert.deepEqual(d!.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 17 } });
    assert.deepEqual(d!.range.start, { line: expected!.line - 1, character: expected!.column - 1 });
    assert.match(d!.codeDescription?.href ?? '', /docs\/rules\/POP001\.md$/);
    // Linted once at open, not once more when the debounce of the opening "change" runs out.
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE + 200));
    assert.equal(client.publishedFor(uri('job.py')).length, 1);
  });

  it('offers the quick fixes, safe first, unsafe ones labelled, and a suppression', async () => {
    const { diagnostics } = client.publishedFor(uri('job.py')).at(-1)!;
    const list = await actions(uri('job.py'), diagnostics[0]!.range);
    assert.deepEqual(list.map((a) => a.title), [
      "Fix POP001: Redirect the command's stdout to /dev/null",
      'Fix POP001 (unsafe): Read the whole output in a with-block',
      'Fix POP001 (unsafe): Run the command with subprocess, stdout to /dev/null, and wait for it',
      'Suppress POP001 on this line',
      'Fix all safe popenlint findings',
    ]);
    assert.deepEqual(list.map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix', 'quickfix', 'source.fixAll.popenlint']);
    assert.deepEqual(list.map((a) => a.isPreferred), [true, false, false, undefined, undefined]);
    assert.equal(apply(PY, 'python', list[0]!.edit, uri('job.py')), 'import os\n\ndef job(cmd):\n    os.popen(\'{ %s\\n} >/dev/null\' % (cmd,))\n');
    assert.equal(apply(PY, 'python', list[3]!.edit, uri('job.py')), 'import os\n\ndef job(cmd):\n    os.popen(cmd)  # noqa: POP001\n');
    // A versioned edit: the editor refuses it if the document changed since.
    assert.deepEqual((list[0]!.edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri: uri('job.py'), version: 1 });
  });

  it('offers no suppression where the comment would land inside a string', async () => {
    const q = '"""';
    const text = `import os\nos.popen(cmd); doc = ${q}\ntext\n${q}\n`;
    const published = client.diagnostics(uri('instring.py'), 1);
    await client.open(uri('instring.py'), 'python', text);
    const [d] = (await published).diagnostics;
    assert.equal(d!.code, 'POP001');
    const titles = (await actions(uri('instring.py'), d!.range)).map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Fix POP001')), titles.join('\n'));
    assert.ok(!titles.includes('Suppress POP001 on this line'), titles.join('\n'));
  });

  it('source.fixAll.popenlint applies the safe fixes only', async () => {
    const list = await actions(uri('job.py'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.popenlint']);
    assert.deepEqual(list.map((a) => [a.kind, a.title]), [['source.fixAll.popenlint', 'Fix all safe popenlint findings']]);
    const fixed = apply(PY, 'python', list[0]!.edit, uri('job.py'));
    write('fixed.py', fixed);
    assert.deepEqual(cliFindings(dir, 'fixed.py'), []);
    assert.deepEqual(await actions(uri('job.py'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['quickfix']).then((l) => l.every((a) => a.kind === 'quickfix')), true);
  });

  it('hover on a finding shows its explanation', async () => {
    const hover = await client.request(HoverRequest.method, { textDocument: { uri: uri('job.py') }, position: { line: 3, character: 8 } }) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*POP001\*\* `popen-result-discarded`/);
    assert.match(value, /\*\*Why it breaks\.\*\*/);
    assert.match(value, /Redirect the command's stdout to \/dev\/null \(safe, `devnull`\)/);
    assert.equal(await client.request(HoverRequest.method, { textDocument: { uri: uri('job.py') }, position: { line: 0, character: 1 } }), null);
  });

  it('lints a change once typing pauses, and once only', async () => {
    const u = uri('job.py');
    const before = client.publishedFor(u).length;
    // Three quick edits: `cmd` -> `cmd + ' >/dev/null'` typed in pieces; only the last version is linted.
    const at = (character: number) => ({ start: { line: 3, character }, end: { line: 3, character } });
    const published = client.diagnostics(u, 4);
    await client.change(u, 2, [{ range: at(16), text: " + ' >/dev" }]);
    await client.change(u, 3, [{ range: at(26), text: '/nu' }]);
    await client.change(u, 4, [{ range: at(29), text: "ll'" }]);
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics, []);
    assert.equal(client.publishedFor(u).length, before + 1, 'versions 2 and 3 were never linted');
  });

  it('lints at once on save, and the pending debounce of the change does not lint again', async () => {
    const u = uri('job.py');
    const before = client.publishedFor(u).length;
    const published = client.diagnostics(u, 5);
    // Undo the fix of the previous test: the finding is back.
    const t0 = performance.now();
    await client.change(u, 5, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 32 } }, text: '' }]);
    await client.save(u);
    const { diagnostics } = await published;
    assert.ok(performance.now() - t0 < DEBOUNCE, 'the save, not the debounce, linted it');
    assert.deepEqual(diagnostics.map((d) => d.code), ['POP001']);
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE + 200));
    assert.equal(client.publishedFor(u).length, before + 1);
  });

  it('counts columns in UTF-16 code units, where the JSON contract counts code points', async () => {
    write('astral.py', ASTRAL);
    const [expected] = cliFindings(dir, 'astral.py');
    const published = client.diagnostics(uri('astral.py'), 1);
    await client.open(uri('astral.py'), 'python', ASTRAL);
    const [d] = (await published).diagnostics;
    const line = ASTRAL.split('\n')[1]!;
    const utf16 = line.indexOf('os.popen');
    const codePoints = [...line.slice(0, utf16)].length;
    assert.equal(utf16, codePoints + 1, 'the emoji is two code units and one code point');
    assert.equal(expected!.column, codePoints + 1);
    assert.deepEqual(d!.range, { start: { line: 1, character: utf16 }, end: { line: 1, character: line.length } });
    const [fix] = await actions(uri('astral.py'), d!.range);
    assert.equal(apply(ASTRAL, 'python', fix!.edit, uri('astral.py')), 'import os\nlabel = "😀 é"; os.popen("du >/dev/null")\n');
    const hover = await client.request(HoverRequest.method, { textDocument: { uri: uri('astral.py') }, position: { line: 1, character: utf16 } }) as Hover | null;
    assert.ok(hover, 'hover at the first code unit of the finding');
  });

  it('lints JS/TS, and suppresses with a comment line above', async () => {
    write('run.js', JS);
    const [expected] = cliFindings(dir, 'run.js');
    const published = client.diagnostics(uri('run.js'), 1);
    await client.open(uri('run.js'), 'javascript', JS);
    const [d] = (await published).diagnostics;
    assert.equal(d!.code, 'POP102');
    assert.equal(d!.message, expected!.message);
    assert.deepEqual(d!.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 34 } });
    const list = await actions(uri('run.js'), d!.range);
    assert.deepEqual(list.map((a) => a.title), ["Fix POP102: Send the unread stdout and stderr to /dev/null: stdio: 'ignore'", 'Suppress POP102 on this line', 'Fix all safe popenlint findings']);
    assert.equal(apply(JS, 'javascript', list[0]!.edit, uri('run.js')), JS.replace("['/'])", "['/'], { stdio: 'ignore' })"));
    const suppressed = apply(JS, 'javascript', list[1]!.edit, uri('run.js'));
    assert.equal(suppressed, JS.replace('const child', '// popenlint-disable-next-line POP102\nconst child'));
    write('suppressed.js', suppressed);
    assert.deepEqual(cliFindings(dir, 'suppressed.js'), []);
  });

  it('lints an unsaved buffer by its language id', async () => {
    const text = "import { spawn } from 'node:child_process';\nconst child: ReturnType<typeof spawn> = spawn('find', ['/']);\nchild.on('close', (code: number | null) => console.log(code));\n";
    const published = client.diagnostics('untitled:Untitled-1', 1);
    await client.open('untitled:Untitled-1', 'typescript', text);
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start]), [['POP102', { line: 1, character: 40 }]]);
  });

  it('fix-all leaves a finding whose only fix is unsafe', async () => {
    // POP102 (safe devnull fix) and POP101 (unsafe subprocess fix only) in one file.
    const text = `${JS}require('child_process').exec('make');\n`;
    write('both.js', text);
    assert.deepEqual(cliFindings(dir, 'both.js').map((f) => [f.rule, f.fix?.applicability]), [['POP102', 'safe'], ['POP101', 'unsafe']]);
    const published = client.diagnostics(uri('both.js'), 1);
    await client.open(uri('both.js'), 'javascript', text);
    assert.equal((await published).diagnostics.length, 2);
    const [fixAll] = await actions(uri('both.js'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.popenlint']);
    write('both-fixed.js', apply(text, 'javascript', fixAll!.edit, uri('both.js')));
    assert.deepEqual(cliFindings(dir, 'both-fixed.js').map((f) => f.rule), ['POP101']);
  });

  it('resolves the config per document and reloads it when a config file changes', async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    write('sub/popenlint.toml', 'ignore = ["POP001"]\n');
    const published = client.diagnostics(uri('sub/quiet.py'), 1);
    await client.open(uri('sub/quiet.py'), 'python', PY);
    assert.deepEqual((await published).diagnostics, [], 'the nearest config ignores POP001');
    assert.deepEqual(client.registrations.map((r) => (r as { method: string }).method), ['workspace/didChangeWatchedFiles']);

    write('sub/popenlint.toml', 'select = ["POP001"]\nexclude = ["gen/"]\nevidence = "likely"\n');
    const reloaded = client.diagnostics(uri('sub/quiet.py'), 1);
    await client.notify(DidChangeWatchedFilesNotification.method, { changes: [{ uri: uri('sub/popenlint.toml'), type: 2 }] });
    assert.deepEqual((await reloaded).diagnostics.map((x) => x.code), ['POP001']);
    // What the config excludes, the server does not lint (as `popenlint check` does not).
    const excluded = client.diagnostics(uri('sub/gen/out.py'), 1);
    await client.open(uri('sub/gen/out.py'), 'python', PY);
    assert.deepEqual((await excluded).diagnostics, []);

    write('sub/popenlint.toml', 'select = ["POP001"]\nstrategie = "read"\n');
    const broken = client.diagnostics(uri('sub/quiet.py'), 1);
    await client.notify(DidChangeWatchedFilesNotification.method, { changes: [{ uri: uri('sub/popenlint.toml'), type: 2 }] });
    const [problem] = (await broken).diagnostics;
    assert.match(problem!.message as string, /^popenlint: .*sub\/popenlint\.toml: unknown key 'strategie'/);
    assert.match(client.messages.at(-1) ?? '', /unknown key 'strategie'/);
  });
});
