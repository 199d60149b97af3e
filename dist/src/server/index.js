/**
 * `popenlint server`: a Language Server over stdio. A thin face on the public API: the same
 * config resolution, findings and fixes as the CLI, shown as diagnostics, quick fixes,
 * `source.fixAll.popenlint` and hovers.
 */
import path from 'node:path';
import { format } from 'node:util';
import { CodeActionKind, createConnection, DidChangeWatchedFilesNotification, MessageType, ProposedFeatures, ShowMessageNotification, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllAction, FIX_ALL_KIND, quickFixes, suppressAction, wanted } from './actions.js';
import { configDiagnostic, fileDiagnostic, hoverMarkdown, toDiagnostic } from './diagnostics.js';
import { DocumentLinter, documentFile } from './lint.js';
/** How long typing must pause before a changed document is linted again (`initializationOptions.debounceMs`). */
export const DEBOUNCE_MS = 150;
const CONFIG_FILES = ['pyproject.toml', 'popenlint.toml', 'package.json'];
export class PopenlintServer {
    connection;
    version;
    documents = new TextDocuments(TextDocument);
    service = new DocumentLinter();
    linted = new Map();
    timers = new Map();
    opening = new Set();
    shownProblems = new Set();
    versioned = false;
    watchable = false;
    debounceMs = DEBOUNCE_MS;
    constructor(connection, version) {
        this.connection = connection;
        this.version = version;
        connection.onInitialize((p) => this.initialize(p));
        connection.onInitialized(() => this.initialized());
        this.documents.onDidOpen((e) => {
            this.opening.add(e.document.uri);
            this.service.forgetPaths();
            void this.lintNow(e.document);
        });
        // TextDocuments reports the opening as a change too (right after onDidOpen): lint it once, at open.
        this.documents.onDidChangeContent((e) => {
            if (!this.opening.delete(e.document.uri))
                this.schedule(e.document);
        });
        this.documents.onDidSave((e) => {
            this.service.forgetPaths();
            if (CONFIG_FILES.includes(path.basename(this.fileOf(e.document))))
                this.configChanged();
            else
                void this.lintNow(e.document);
        });
        this.documents.onDidClose((e) => {
            this.cancel(e.document.uri);
            this.linted.delete(e.document.uri);
            void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
        });
        connection.onDidChangeWatchedFiles(() => this.configChanged());
        connection.onCodeAction((p) => this.codeActions(p));
        connection.onHover((p) => this.hover(p.textDocument.uri, p.position));
        this.documents.listen(connection);
    }
    initialize(params) {
        this.versioned = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
        this.watchable = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
        const debounce = params.initializationOptions?.debounceMs;
        if (typeof debounce === 'number' && debounce >= 0 && debounce <= 10_000)
            this.debounceMs = debounce;
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
                hoverProvider: true,
            },
            serverInfo: { name: 'popenlint', version: this.version },
        };
    }
    initialized() {
        void this.service.warmUp().catch((e) => this.connection.console.error(`popenlint: loading the Python parser failed: ${e.message}`));
        // A config file edited outside the editor (git checkout, another tool) changes the settings
        // of every open document; without watchers, only the save of an open config file tells.
        if (this.watchable) {
            void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
                watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
            });
        }
    }
    fileOf(document) {
        return documentFile(document.uri, document.languageId);
    }
    schedule(document) {
        this.cancel(document.uri);
        this.timers.set(document.uri, setTimeout(() => {
            this.timers.delete(document.uri);
            const current = this.documents.get(document.uri);
            if (current)
                void this.lintNow(current);
        }, this.debounceMs));
    }
    cancel(uri) {
        const timer = this.timers.get(uri);
        if (timer)
            clearTimeout(timer);
        this.timers.delete(uri);
    }
    /** Lints a document as it is now; stores and publishes the result unless the document moved on. */
    async lintNow(document) {
        this.cancel(document.uri);
        const result = await this.lint(document);
        const current = this.documents.get(document.uri);
        if (current && current.version === result.version) {
            this.linted.set(document.uri, result);
            const diagnostics = result.problem
                ? [configDiagnostic(result.problem)]
                : [
                    ...(result.lint?.diagnostics ?? []).map((d) => fileDiagnostic(d.code, d.message)),
                    ...(result.lint?.findings ?? []).map((f) => toDiagnostic(document, f, (id) => this.service.docsUrl(id))),
                ];
            await this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
        }
        return result;
    }
    async lint(document) {
        const version = document.version;
        try {
            return { version, lint: await this.service.lint(this.fileOf(document), document.languageId, document.getText()), problem: null };
        }
        catch (e) {
            // A bad config is the user's to fix: say so once, and on the document. Anything else is
            // our bug: logged with its stack, and the server keeps serving the other documents.
            const problem = this.service.isConfigError(e) ? e.message : `internal error: ${e.message}`;
            if (!this.service.isConfigError(e))
                this.connection.console.error(`popenlint: ${document.uri}: ${e.stack ?? e}`);
            if (!this.shownProblems.has(problem)) {
                this.shownProblems.add(problem);
                void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `popenlint: ${problem}` });
            }
            return { version, lint: null, problem };
        }
    }
    /** The findings of the document as it is now (the stored ones when still current). */
    async current(document) {
        const stored = this.linted.get(document.uri);
        if (stored && stored.version === document.version)
            return stored.lint;
        return (await this.lintNow(document)).lint;
    }
    configChanged() {
        this.service.reload();
        this.shownProblems.clear();
        for (const document of this.documents.all()) {
            if (!CONFIG_FILES.includes(path.basename(this.fileOf(document))))
                void this.lintNow(document);
        }
    }
    async codeActions(params) {
        const document = this.documents.get(params.textDocument.uri);
        if (!document)
            return [];
        const lint = await this.current(document);
        if (!lint)
            return [];
        const target = { document, versioned: this.versioned };
        const only = params.context.only;
        const actions = [];
        if (wanted(only, CodeActionKind.QuickFix)) {
            const from = document.offsetAt(params.range.start);
            const to = document.offsetAt(params.range.end);
            for (const finding of lint.findings) {
                if (finding.end < from || finding.start > to)
                    continue;
                const diagnostic = toDiagnostic(document, finding, (id) => this.service.docsUrl(id));
                actions.push(...quickFixes(target, finding, diagnostic));
                const suppress = await this.service.suppression(this.fileOf(document), lint.language, document.getText(), finding, lint.findings);
                if (suppress)
                    actions.push(suppressAction(target, finding, diagnostic, suppress));
            }
        }
        // Computing the fixed text costs a lint per pass: only when a safe fix exists.
        if (wanted(only, FIX_ALL_KIND) && lint.findings.some(hasSafeFix)) {
            const fixed = await this.service.fixAll(this.fileOf(document), lint.language, document.getText());
            const action = fixed === null ? null : fixAllAction(target, fixed);
            if (action)
                actions.push(action);
        }
        return actions;
    }
    async hover(uri, position) {
        const document = this.documents.get(uri);
        if (!document)
            return null;
        const lint = await this.current(document);
        const offset = document.offsetAt(position);
        const finding = lint?.findings.find((f) => f.start <= offset && offset <= f.end);
        if (!finding || !lint)
            return null;
        const meta = this.service.rule(finding.rule);
        const suppression = lint.language === 'python' ? `# noqa: ${finding.rule}` : `// popenlint-disable-next-line ${finding.rule}`;
        return {
            contents: { kind: 'markdown', value: hoverMarkdown(finding, meta, this.service.docsUrl(finding.rule), suppression) },
            range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
        };
    }
}
const hasSafeFix = (f) => f.fixes.some((x) => x.applicability === 'safe');
/** Starts the server on stdin/stdout; the process exits when the client sends `exit` or closes stdin. */
export function startServer(version) {
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
    // stdout is the protocol channel: a stray console.log from any library would corrupt it, so
    // console output goes to the client's log instead.
    for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
        // eslint-disable-next-line no-console -- redirecting console is the point here
        console[level] = (...args) => connection.console.log(format(...args));
    }
    new PopenlintServer(connection, version);
    connection.listen();
    return connection;
}
