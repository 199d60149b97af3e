/**
 * What bin/popenlint.js runs: the CLI's bundle (dist/bundle/cli.cjs, scripts/bundle.js), one
 * CommonJS file compiled with a V8 code cache (code-cache.ts). Compiling its ES modules was
 * the largest part of a small run's start-up, and Node 20 keeps no compiled code of ES modules.
 */
export declare function start(argv: string[]): Promise<number>;
