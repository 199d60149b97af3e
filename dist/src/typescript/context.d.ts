import type { ts as TS } from 'ts-morph';
import type { Report, RuleModule } from '../rule.js';
import type { SourceText } from '../source.js';
import type { NodeTarget } from '../knowledge/node.js';
import type { JsModel } from './resolve.js';
import type { WrapperIndex } from './wrapper-index.js';
export interface JsContext {
    path: string;
    source: SourceText;
    sourceFile: TS.SourceFile;
    /** Scopes and name resolution (`child_process.exec`, `promisify(child_process.exec)`). */
    model: JsModel;
    /** The Node major the file targets: findings and messages hold for it. */
    nodeMajor: number;
    /** The Node versions the file targets (`engines.node`): the lowest is nodeMajor. */
    node: NodeTarget;
    /** The project's child-returning functions, when the run built the index. */
    wrappers: WrapperIndex | null;
    /** Top-level `await` is legal here (.mjs/.mts). */
    topLevelAwait: boolean;
    report(node: TS.Node, report: Omit<Report, 'start' | 'end'>): void;
}
export type JsRule = RuleModule<JsContext>;
