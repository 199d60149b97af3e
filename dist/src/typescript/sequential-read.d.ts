import type { ts as TS } from 'ts-morph';
import type { ChildFate, StreamName } from './child-fate.js';
/**
 * One of a child's streams read to its end before the other is read at all:
 *
 *   for await (const c of proc.stderr) err += c;   // ends only when the child closes stderr
 *   for await (const c of proc.stdout) out += c;   // not reached while the child runs
 *
 * The first loop ends only when the child closes that stream, which it does when it exits. The
 * other stream is not read meanwhile, so once the child has written more there than the pipe
 * and Node's read-ahead hold, it blocks in write() and never exits: neither loop ends, and the
 * parent waits for good (the shape of Python's wait-before-read; measured in
 * test/e2e/js-hazard-sequential.test.ts).
 */
export interface SequentialRead {
    /** The stream read to its end first, and the loop that does it. */
    first: StreamName;
    loop: TS.ForOfStatement;
    /** The stream read only once that loop has ended, and where. */
    later: StreamName;
    at: TS.Node;
}
export declare function sequentialRead(fate: ChildFate, anchor: TS.Node): SequentialRead | null;
