import type { CheckArgs } from './main.js';
export declare function quickCheckArgs(argv: readonly string[]): CheckArgs | null;
