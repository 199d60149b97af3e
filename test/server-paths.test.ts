import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { createConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { PopenlintServer } from '../src/server/index.js';
import { forgetPathCaches } from '../src/path-caches.js';
import { nearestFolderWith, VCS_DIRS } from '../src/project-folder.js';
import { realPath } from '../src/real-path.js';
import { sources } from '../src/typescript/project-reads.js';
import { tempDir } from './helpers.js';

/**
 * The folders around a file are looked at once per process (real-path.ts, project-folder.ts); the
 * language server lives for a session, in which a `git init` or a new `pyproject.toml` changes
 * which project a file belongs to: it forgets them when a document is opened or saved.
 */

const PY = "import subprocess\ndef build():\n    p = subprocess.Popen(['make'], stdout=subprocess.PIPE)\n    p.wait()\n";

test('forgetPathCaches: a .git and a link made after a folder was looked at are seen', () => {
  const dir = tempDir('popenlint-path-caches-');
  try {
    const deep = path.join(dir, 'repo', 'src', 'deep');
    fs.mkdirSync(deep, { recursive: true });
    assert.equal(nearestFolderWith(deep, VCS_DIRS), null);
    assert.equal(realPath(path.join(dir, 'link')), path.join(realPath(dir), 'link'));
    fs.mkdirSync(path.join(dir, 'repo', '.git'));
    fs.symlinkSync(deep, path.join(dir, 'link'));
    assert.equal(nearestFolderWith(deep, VCS_DIRS), null, 'kept until forgotten');
    forgetPathCaches();
    assert.equal(nearestFolderWith(deep, VCS_DIRS), path.join(dir, 'repo'));
    assert.equal(realPath(path.join(dir, 'link')), realPath(deep));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('forgetPathCaches: a module added or edited after the project was read is seen', () => {
  const dir = tempDir('popenlint-project-sources-');
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), '{}');
    fs.writeFileSync(path.join(dir, 'a.js'), 'one');
    const root = realPath(dir);
    assert.deepEqual([...sources(root)!.values()], ['one']);
    fs.writeFileSync(path.join(dir, 'a.js'), 'two');
    fs.writeFileSync(path.join(dir, 'b.js'), 'three');
    assert.deepEqual([...sources(root)!.values()], ['one'], 'kept until forgotten');
    forgetPathCaches();
    assert.deepEqual([...sources(root)!.values()].sort(), ['three', 'two']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The server of `popenlint server`, in this process, over in-memory streams; the client side of the protocol. */
function session() {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new ServerReader(toServer), new ServerWriter(toClient));
  new PopenlintServer(server, 'test');
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiting: ((p: PublishDiagnosticsParams) => void)[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const w = waiting.shift();
    if (w) w(p);
    else published.push(p);
  });
  client.listen();
  const next = () => new Promise<PublishDiagnosticsParams>((resolve) => {
    const p = published.shift();
    if (p) resolve(p);
    else waiting.push(resolve);
  });
  return { client, next, close: () => { client.dispose(); server.dispose(); toServer.end(); toClient.end(); } };
}

test('server: a `git init` during the session puts a file in its repository\'s tests/ (in-test, hidden at the default level, from the next save)', async () => {
  const dir = tempDir('popenlint-server-paths-');
  const s = session();
  try {
    const file = path.join(dir, 'tests', 'run_all.py');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, PY);
    await s.client.sendRequest(InitializeRequest.type, { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
    await s.client.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(file).href;
    // No repository around it yet (and the server runs elsewhere): judged by its name alone, not test code.
    await s.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text: PY } });
    assert.deepEqual((await s.next()).diagnostics.map((d) => `${d.code}:${d.range.start.line + 1}`), ['POP005:3']);
    // The repository is made: tests/ is its test code, as `popenlint check` run in it says.
    fs.mkdirSync(path.join(dir, '.git'));
    await s.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual((await s.next()).diagnostics, []);
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
