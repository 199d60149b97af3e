import type { PythonRule } from '../src/python/context.js';
import type { RuleMeta } from '../src/types.js';
import { rule as pop001 } from './pop001-popen-result-discarded.js';

/** The catalogue, in id order. Front-ends pick the rules of their language. */
export const pythonRules: PythonRule[] = [pop001];

export const allRules: RuleMeta[] = [...pythonRules].map((r) => r.meta);
