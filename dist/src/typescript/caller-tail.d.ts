import type { ts as TS } from 'ts-morph';
import { type CommandOutput } from '../knowledge/commands.js';
import { type JsModel } from './resolve.js';
/**
 * Ex) export default function spawnPandoc(command, options, cb) { exec("pandoc " + command, options, cb); }
 * A shell line whose program is written here and whose remaining words are, whole, a parameter of
 * the function around the call (`'pandoc ' + command`, `` `pandoc ${command}` ``): its callers
 * choose the words, and each caller's line is the written part with its text in the parameter's
 * place, judged by the command table (`pandoc -s ${path} -o ${out}` writes to a file). As for
 * `git(args, cb)` (callerWordsOf), the callers are those in the wrapper's module and in the
 * modules that import it, a default export included, outside the tests; the loudest decides.
 * This gives the function and how one caller's line is judged (caller-commands.ts runs the
 * callers); null when the line is not of that shape.
 */
export declare function tailOf(model: JsModel, call: TS.CallExpression, qualified: string): {
    fn: TS.SignatureDeclaration;
    judge: (site: {
        model: JsModel;
        call: TS.CallExpression;
    }) => CommandOutput;
} | null;
