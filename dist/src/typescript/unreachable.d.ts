import type { ts as TS } from 'ts-morph';
import type { Finding, RuleMeta } from '../types.js';
/**
 * Code that cannot run breaks nothing: a finding in it is `unreachable`, reported only with
 * `--evidence possible`, its message saying why. Judged only where it is shown, never assumed,
 * on a file on disk whose project can be read (a text handed to the API under a name that is
 * no file is never judged): a module the project imports only in a commented-out line
 * (dead-module.ts), or a top-level function, not exported, whose name appears nowhere else in the
 * project (uncalled-function.ts). Blind audit 44 judged such a finding false.
 */
export declare function judgeReachable(finding: Finding, meta: RuleMeta, file: string, sf: TS.SourceFile, node: TS.Node): Finding;
