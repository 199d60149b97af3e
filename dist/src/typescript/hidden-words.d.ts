import type { ts as TS } from 'ts-morph';
import { callerWordsOf } from './caller-commands.js';
/**
 * Ex) spawn(this.ffmpegPath, FFmpegParameters.getCombinedArguments(params))
 * A spawn() (not through a shell) whose argument words are not all known statically, here or from its
 * callers in the project (callerWordsOf): what the command knowledge says of a stream that hangs
 * on its arguments then rests on a default the code may not take. ffmpeg writes its media on
 * stdout only when an output is `-` or `pipe:1`, and is judged quiet there otherwise; code that
 * collects stdout and delivers it as its result (an image, a frame) shows that its arguments name
 * stdout as the output. Exit races (exit-race-report.ts) keep such a stream.
 */
export declare function wordsHidden(model: Parameters<typeof callerWordsOf>[0], call: TS.CallExpression, qualified: string, file: string): boolean;
