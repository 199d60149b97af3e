import type { ts as TS } from 'ts-morph';
/** Why the function around `node` in `file` (absolute, on disk) is never called, or null when it may be. */
export declare function uncalledFunction(file: string, sf: TS.SourceFile, node: TS.Node): string | null;
