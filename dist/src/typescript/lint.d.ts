import type { SourceText } from '../source.js';
import type { EngineOptions, Finding, InternalError } from '../types.js';
/**
 * Runs the enabled JS/TS rules over decoded text; no suppression filtering. The TypeScript API
 * loads here (loadTs), on the first JS/TS text, never at start-up.
 */
export declare function lintJsText(path: string, source: SourceText, options: EngineOptions): {
    findings: Finding[];
    syntaxErrors: number;
    internalErrors: InternalError[];
    inComment: (offset: number) => boolean;
};
