/**
 * The popenlint extension: starts `popenlint server` (LSP over stdio) for Python and JS/TS
 * files. Everything else (diagnostics, quick fixes, `source.fixAll.popenlint`, hovers) is the
 * server's; this file only finds the executable and hands the documents over.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The setting, else the first workspace folder's node_modules/.bin/popenlint, else `popenlint` on PATH. */
function executable(): string {
  const configured = vscode.workspace.getConfiguration('popenlint').get<string>('path');
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'popenlint.cmd' : 'popenlint');
    if (fs.existsSync(local)) return local;
  }
  return 'popenlint';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = executable();
  // TransportKind.stdio appends `--stdio`, which `popenlint server` accepts.
  const serverOptions: ServerOptions = {
    run: { command, args: ['server'], transport: TransportKind.stdio },
    debug: { command, args: ['server'], transport: TransportKind.stdio },
  };
  const languages = ['python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    // The server re-reads its configuration when one of these changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{pyproject.toml,popenlint.toml,package.json}') },
  };
  client = new LanguageClient('popenlint', 'popenlint', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
