import type { Report, RuleModule } from '../rule.js';
import type { SourceText } from '../source.js';
import type { SyntaxNode, Tree } from './parse.js';
import type { PythonModel } from './semantic.js';
export type { PythonTarget } from '../types.js';
import type { PythonTarget } from '../types.js';
import type { Target } from '../knowledge/targets.js';
export interface PythonContext {
    path: string;
    source: SourceText;
    tree: Tree;
    model: PythonModel;
    /** 'py2' when some version of the target is 2.x: fixes then keep to what 2.7 has. */
    target: PythonTarget;
    /** The Python versions the file runs on (see knowledge/targets.ts). */
    versions: Target;
    report(node: SyntaxNode, report: Omit<Report, 'start' | 'end'>): void;
}
export type PythonRule = RuleModule<PythonContext>;
