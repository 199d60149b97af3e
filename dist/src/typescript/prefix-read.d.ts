import type { ts as TS } from 'ts-morph';
import type { CallerCommand } from './caller-commands.js';
import type { Site } from './callers-of.js';
import { type JsModel } from './resolve.js';
/**
 * Does exec's callback use only the start of stdout, whatever comes after it, and nothing that
 * tells a cut from a whole run? Past maxBuffer Node kills the child and still calls back with
 * the output it kept (the first maxBuffer bytes) and an ERR_CHILD_PROCESS_STDIO_MAXBUFFER
 * error. Code that reads only a prefix of stdout gets the same answer either way (audit 30:
 * how-old-is-it reads the first `Date:` of `git log --reverse`, the same in the 1 MiB Node keeps
 * as in the whole 1.85 MB log, measured). So: an inline callback whose error parameter is absent
 * or never read, whose stderr parameter is absent or never read, and whose every read of stdout
 * is a prefix (PREFIX_USE), or hands it to a callback the function around the call takes
 * (`function execute(command, callback) { exec(command, (e, out) => callback(out)); }`), when
 * every caller `via` judged (caller-commands.ts) whose command's output grows passes an inline
 * function that reads only a prefix of it, and runs a listing or a query (`outputOnly`): killed
 * part-way, it loses nothing else. A callback given by name, or one that reads the error (a cut
 * run then fails), is not.
 */
export declare function readsOnlyPrefix(model: JsModel, call: TS.CallExpression, via: CallerCommand | null): boolean;
/**
 * The callers `via` judged that read only the start of what the callback hands them, for a listing
 * or a query (see readsOnlyPrefix): killed past maxBuffer, their command loses them nothing. A
 * message about the limit names the others.
 */
export declare function prefixOnlyCallers(model: JsModel, call: TS.CallExpression, via: CallerCommand): Set<Site>;
