import { argvVariants } from './argv.js';
import { callerWordsOf } from './caller-commands.js';
import { usesShell } from './command.js';
import { shapeOf } from './options.js';
/**
 * Ex) spawn(this.ffmpegPath, FFmpegParameters.getCombinedArguments(params))
 * A spawn() (not through a shell) whose argument words are not all known statically, here or from its
 * callers in the project (callerWordsOf): what the command knowledge says of a stream that hangs
 * on its arguments then rests on a default the code may not take. ffmpeg writes its media on
 * stdout only when an output is `-` or `pipe:1`, and is judged quiet there otherwise; code that
 * collects stdout and delivers it as its result (an image, a frame) shows that its arguments name
 * stdout as the output. Exit races (exit-race-report.ts) keep such a stream.
 */
export function wordsHidden(model, call, qualified, file) {
    if (qualified !== 'child_process.spawn' || usesShell(model, call) === true)
        return false;
    const args = call.arguments[1];
    if (!args || shapeOf(model, args) === 'object')
        return false;
    if (!argvVariants(model, args).some((words) => words.includes(null)))
        return false;
    return callerWordsOf(model, call, qualified, file) === null;
}
