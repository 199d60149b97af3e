import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The program a child_process call runs, read from the expression in the program's place: a
 * literal, `process.execPath`, a constant, a lookup by name (`which.sync('ffmpeg')`), a path
 * whose last segment is the program, or a name that says it holds a program's location
 * (`ffmpegPath`, `require('ffmpeg-static')`). The argument words are argv.ts's.
 */
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
