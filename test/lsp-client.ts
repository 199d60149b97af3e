import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  type ClientCapabilities,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './helpers.js';

/** Every message of a session, in order, as the client saw it: for assertions and for the report. */
export interface Traffic {
  direction: 'send' | 'receive';
  method: string;
  params?: unknown;
  result?: unknown;
  at: number;
}

/**
 * A language client for tests: spawns `popenlint server` and talks to it over stdio with
 * vscode-languageserver-protocol, the protocol library VS Code's own client is built on.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly traffic: Traffic[] = [];
  readonly registrations: unknown[] = [];
  readonly messages: string[] = [];
  stderr = '';
  private readonly waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private readonly published: PublishDiagnosticsParams[] = [];
  private exited: Promise<number | null>;

  constructor(options: { cwd?: string } = {}) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'bin', 'popenlint.js'), 'server', '--stdio'], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.traffic.push({ direction: 'receive', method: PublishDiagnosticsNotification.method, params: p, at: performance.now() });
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification(ShowMessageNotification.method, (p: ShowMessageParams) => { this.messages.push(p.message); });
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    this.connection.listen();
  }

  async initialize(rootDir: string, capabilities: ClientCapabilities = DEFAULT_CAPABILITIES, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.request(InitializeRequest.method, {
      processId: process.pid, rootUri: `file://${rootDir}`, capabilities, workspaceFolders: [{ uri: `file://${rootDir}`, name: 'test' }], initializationOptions,
    }) as InitializeResult;
    await this.notify(InitializedNotification.method, {});
    return result;
  }

  async request(method: string, params: unknown): Promise<unknown> {
    this.traffic.push({ direction: 'send', method, params, at: performance.now() });
    const result = await this.connection.sendRequest(method, params);
    this.traffic.push({ direction: 'receive', method, result, at: performance.now() });
    return result;
  }

  async notify(method: string, params: unknown): Promise<void> {
    this.traffic.push({ direction: 'send', method, params, at: performance.now() });
    await this.connection.sendNotification(method, params);
  }

  /** The next publishDiagnostics for `uri` (at `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}${version === undefined ? '' : ` v${version}`} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Every publishDiagnostics received so far for `uri`. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: unknown[]): Promise<void> {
    await this.notify(DidChangeTextDocumentNotification.method, { textDocument: { uri, version }, contentChanges: changes });
  }

  async save(uri: string): Promise<void> {
    await this.notify(DidSaveTextDocumentNotification.method, { textDocument: { uri } });
  }

  /** shutdown, exit; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.request(ShutdownRequest.method, undefined);
    await this.notify(ExitNotification.method, undefined);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    synchronization: { didSave: true },
  },
};
