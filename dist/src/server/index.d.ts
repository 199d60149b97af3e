import { type Connection } from 'vscode-languageserver/node';
/** How long typing must pause before a changed document is linted again (`initializationOptions.debounceMs`). */
export declare const DEBOUNCE_MS = 150;
export declare class PopenlintServer {
    private readonly connection;
    private readonly version;
    private readonly documents;
    private readonly service;
    private readonly linted;
    private readonly timers;
    private readonly opening;
    private readonly shownProblems;
    private versioned;
    private watchable;
    private debounceMs;
    constructor(connection: Connection, version: string);
    private initialize;
    private initialized;
    private fileOf;
    private schedule;
    private cancel;
    /** Lints a document as it is now; stores and publishes the result unless the document moved on. */
    private lintNow;
    private lint;
    /** The findings of the document as it is now (the stored ones when still current). */
    private current;
    private configChanged;
    private codeActions;
    private hover;
}
/** Starts the server on stdin/stdout; the process exits when the client sends `exit` or closes stdin. */
export declare function startServer(version: string): Connection;
