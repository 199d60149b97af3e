import type { ts as TS } from 'ts-morph';
import type { Report, RuleModule } from '../rule.js';
import type { SourceText } from '../source.js';
import type { JsModel } from './resolve.js';
export interface JsContext {
    path: string;
    source: SourceText;
    sourceFile: TS.SourceFile;
    /** Scopes and name resolution (`child_process.exec`, `promisify(child_process.exec)`). */
    model: JsModel;
    /** Top-level `await` is legal here (.mjs/.mts). */
    topLevelAwait: boolean;
    report(node: TS.Node, report: Omit<Report, 'start' | 'end'>): void;
}
export type JsRule = RuleModule<JsContext>;
