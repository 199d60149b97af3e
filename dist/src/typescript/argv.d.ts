import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The program a child_process call runs and its argument words, read from the call's
 * expressions as far as the source shows them (command.ts looks them up in the knowledge).
 */
/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
export declare function argvWords(model: JsModel, expr: TS.Expression | undefined, depth?: number): (string | null)[];
/**
 * The program an expression names: a literal, `process.execPath` (node), a lookup by name
 * (`getBinPath('go')`, `which.sync('ffmpeg')`), or either branch of `cond ? 'a' : 'b'`.
 */
export declare function programs(model: JsModel, e: TS.Expression | undefined, depth?: number): (string | null)[];
/**
 * The program a name says it locates (`rgPath`, `options.gitBinary`, `this.ffmpegPath`: rg, git,
 * ffmpeg) when the command knowledge lists it; a stem that is a word for data (`filePath`,
 * `outputPath`) names none.
 */
export declare function namedProgram(model: JsModel, e: TS.Expression, depth?: number): string | null;
