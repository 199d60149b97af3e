import type { CheckArgs } from './args.js';
export declare function quickCheckArgs(argv: readonly string[]): CheckArgs | null;
