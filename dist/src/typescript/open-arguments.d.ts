import type { ts as TS } from 'ts-morph';
import type { Pace } from '../knowledge/commands.data.js';
import { type JsModel } from './resolve.js';
/** A program written here, every one of its argument words a value from outside this code. */
export interface OpenArguments {
    program: string;
    /** The source text of the value that holds the words (`obj.parameters`). */
    value: string;
    /** What the program writes at its loudest (loudest-scaling.ts). */
    says: string;
    /** The words that bring it (`-iL`), shown after the program. */
    words: string;
    pace?: Pace;
}
/**
 * Ex) exec('nmap ' + obj.parameters, cb), exec(`ffmpeg ${args}`), execFile('nmap', params.split(' '), cb)
 * A shell line that is one program word and then, whole, a value named for a list of arguments
 * (or execFile of a written program with such a list): the program is known, its words are not,
 * so it writes what the program writes with any words. Null for any other shape, or a program
 * no SCALING line says can grow (a quiet program stays quiet).
 */
export declare function openArguments(model: JsModel, call: TS.CallExpression, qualified: string): OpenArguments | null;
