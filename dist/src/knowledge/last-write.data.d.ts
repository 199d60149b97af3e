/**
 * How a program ends after its last write to a pipe, which decides whether output a parent takes
 * at the child's 'exit' (not 'close') can be cut short (POP102's race; measured by
 * test/e2e/exit-race-kinds.test.ts, Node 20 / Linux):
 *
 * - `at-exit`: a program compiled to native code. Its C library buffers what it writes to a pipe
 *   and flushes it in exit(), or it writes unbuffered and returns at once (Go, Rust): its last
 *   output and its exit come microseconds apart. When several such children end together, libuv
 *   reaps them all on one SIGCHLD, and one whose pipe has not been read yet gets its 'exit' first
 *   (`ls`, `head`, `git`, `sh -c printf`: 3 to 15 % of the children cut, 4 or 10 ending together).
 * - `teardown`: a program run by an interpreter or a virtual machine (node, Python, Ruby, Java).
 *   It writes while it runs and then tears its runtime down for milliseconds before the process
 *   ends: the parent has read the pipe long before the exit is reaped (no child cut, 4 or 10
 *   ending together).
 *
 * A program not listed here is not known either way. Matched like commands.data.ts's lines
 * (`command`, `when`); the first line that matches wins. To teach popenlint a program, add it.
 */
export type LastWrite = 'at-exit' | 'teardown';
export interface LastWriteEntry {
    command: string;
    when?: readonly string[];
    lastWrite: LastWrite;
}
export declare const LAST_WRITE: readonly LastWriteEntry[];
