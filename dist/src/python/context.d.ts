import type { Report, RuleModule } from '../rule.js';
import type { SourceText } from '../source.js';
import type { SyntaxNode, Tree } from './parse.js';
import type { PythonModel } from './semantic.js';
export type { PythonTarget } from '../types.js';
import type { PythonTarget } from '../types.js';
export interface PythonContext {
    path: string;
    source: SourceText;
    tree: Tree;
    model: PythonModel;
    /** Python 2 syntax in the file, else requires-python, else --target-version. */
    target: PythonTarget;
    report(node: SyntaxNode, report: Omit<Report, 'start' | 'end'>): void;
}
export type PythonRule = RuleModule<PythonContext>;
