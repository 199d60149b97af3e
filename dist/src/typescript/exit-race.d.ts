import type { ts as TS } from 'ts-morph';
import type { ChildFate, StreamName } from './child-fate.js';
import { type Via } from './exit-race-collectors.js';
import { type JsModel } from './resolve.js';
/**
 * Output collected by 'data' listeners and used in the child's 'exit' listener. Node emits
 * 'exit' when the process ends, which can come before the last chunks of its stdout and stderr
 * have been read ("the child process stdio streams might still be open"); 'close' comes once
 * they have ended. So the output the 'exit' listener resolves, returns or parses can be cut
 * short, on some runs only (a race: test/e2e/exit-race.test.ts measures it).
 */
export interface ExitRace {
    stream: StreamName;
    /** What collects the output: `.on('data', fn)`, `.pipe(sink)`, `readline.createInterface(...)`, a `for await` loop. */
    data: TS.Node;
    /** How: 'data' listeners, a Writable it is piped into, 'line' listeners of a readline interface. */
    via: Via;
    /** The child's `.on('exit', fn)` call whose handler uses it. */
    exit: TS.CallExpression;
    /** What the output is collected in: `stdout`, `this.buffer`. */
    name: string;
    /** Where the 'exit' listener (or a helper it calls) reads it. */
    use: TS.Node;
    /**
     * The output is read only to word the error of a failing child (`reject(new Error(stderr))`,
     * `if (code !== 0) console.error(out)`): what is lost is that error text.
     */
    errorOnly: boolean;
}
/**
 * Ex) child.stdout.on('data', (d) => { out += d; }); child.on('exit', (code) => resolve(out));
 * Each stream whose 'data' listener collects output that an 'exit' listener of the child uses:
 * delivers (resolves, returns, parses), or, when that is all it does, words an error with
 * (`errorOnly`). Output that only resolves a promise whose callers all drop it is not used.
 */
export declare function exitRaces(model: JsModel, call: TS.CallExpression, fate: ChildFate, file: string): ExitRace[];
/** The handler takes at most (code, signal): 'close' passes the same two arguments. */
export declare function closeTakesSameArgs(model: JsModel, exit: TS.CallExpression): boolean;
