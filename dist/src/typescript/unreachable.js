import fs from 'node:fs';
import path from 'node:path';
import { LEVEL } from '../knowledge/evidence.js';
import { deadModule } from './dead-module.js';
import { uncalledFunction } from './uncalled-function.js';
/**
 * Code that cannot run breaks nothing: a finding in it is `unreachable`, reported only with
 * `--evidence possible`, its message saying why. Judged only where it is shown, never assumed,
 * on a file on disk whose project can be read (a text handed to the API under a name that is
 * no file is never judged): a module the project imports only in a commented-out line
 * (dead-module.ts), or a top-level function, not exported, whose name appears nowhere else in the
 * project (uncalled-function.ts). Blind audit 44 judged such a finding false.
 */
export function judgeReachable(finding, meta, file, sf, node) {
    if (!meta.defaultEnabled || LEVEL[finding.evidence] === 'possible')
        return finding;
    const abs = path.resolve(file);
    if (!fs.existsSync(abs))
        return finding;
    const why = deadModule(abs, sf.text) ?? uncalledFunction(abs, sf, node);
    if (!why)
        return finding;
    return { ...finding, evidence: 'unreachable', severity: 'warning', message: `${finding.message} (unreachable: ${why})` };
}
