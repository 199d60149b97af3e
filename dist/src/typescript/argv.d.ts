import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The program a child_process call runs and its argument words, read from the call's
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
/**
 * The program an expression names: a literal, `process.execPath` (node), a lookup by name
 * (`getBinPath('go')`, `which.sync('ffmpeg')`), or either branch of `cond ? 'a' : 'b'`.
 */
export declare function programs(model: JsModel, e: TS.Expression | undefined, depth?: number): (string | null)[];
/**
 * The one program a name holds as a word of its own, when the command knowledge lists it and
 * the other words only say where it is: `pathToFfmpeg`, `config.ffmpegDir`, `FFMPEG_PATH`,
 * `ffmpeg.path`, `settings.gitBinary`. A name that holds two programs, or words for data
 * (`outputPath`, `logFile`), names none. Null otherwise.
 */
export declare function programInName(name: string): string | null;
/**
 * The program a name says it locates (`rgPath`, `options.gitBinary`, `this.ffmpegPath`: rg, git,
 * ffmpeg) when the command knowledge lists it; a stem that is a word for data (`filePath`,
 * `outputPath`) names none.
 */
export declare function namedProgram(model: JsModel, e: TS.Expression, depth?: number): string | null;
