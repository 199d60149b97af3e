import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The argument words of a child_process call (its program is program-name.ts's), read from the call's
 * expressions as far as the source shows them (command.ts looks them up in the knowledge).
 */
/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
export declare function argvWords(model: JsModel, expr: TS.Expression | undefined, depth?: number): (string | null)[];
/**
 * Ex) const param = isMac ? '-sk' : '-sb'; spawnSync('du', [param, folder])
 *     -> [['-sk', null], ['-sb', null]]
 * The argument words, once for each word a conditional of literals in the array (itself or a
 * name bound to one) can be: the caller classifies each and takes the loudest. The words of
 * argvWords() alone when no word is such a choice (at most 8 variants).
 */
export declare function argvVariants(model: JsModel, expr: TS.Expression | undefined, depth?: number): (string | null)[][];
