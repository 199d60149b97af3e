import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * A stream argument that is PIPE on some runs only, and the paths that go with it (POP005).
 * Ex) pipeout = subprocess.PIPE if capture else None
 *     p = subprocess.Popen(cmd, stdout=pipeout, stderr=pipeout)
 *     if capture: return p.communicate()      <- the runs that pipe read
 *     p.wait()                                <- only the runs with no pipe wait here
 * The pipe exists on the runs where its condition holds. A use of the handle under a test of the
 * same condition (same names, bound once in the function, so not changed in between) that
 * cannot hold on those runs happens only when there is no pipe: it neither reads nor blocks on
 * one, and is left out. A use under no such test happens on the piped runs too: a wait() there
 * before the read is the deadlock it is with PIPE written out (audit 25: daq's run_cmd).
 */
/** A condition and the truth it has on a path. */
export interface Fact {
    node: SyntaxNode;
    holds: boolean;
    /** Known because an earlier `if` whose arms all leave the function was not taken. */
    left?: boolean;
}
export interface PipeChoice {
    /** One list per way the argument comes to be PIPE: the facts that hold on that way. */
    ways: Fact[][];
    /** The function the condition lives in: its tests are the only ones paired. */
    fn: SyntaxNode;
}
/**
 * 'always' for PIPE (written out, or a local every reaching assignment of which is PIPE); the
 * ways of a PIPE chosen by a condition of stable names; null for no pipe, or a choice the code
 * does not show (a name assigned PIPE on every path but one that reassigns it with no test seen).
 */
export declare function pipeChoice(model: PythonModel, arg: SyntaxNode): 'always' | PipeChoice | null;
/**
 * The conditions known at `node` inside `fn`: the tests of the `if` arms round it (an `elif`
 * or `else` also knows the tests before it failed), and the tests of earlier `if`s in the
 * blocks round it whose every arm leaves the function (`if dump: ...; return data`) and that
 * have no `else`: the code after them runs only when those tests failed.
 */
export declare function factsAt(node: SyntaxNode, fn: SyntaxNode): Fact[];
/**
 * The tests a PIPE stored into a spread dict (`kw.update(stdout=PIPE)`, dict-splat.ts) is stored
 * under; empty for a PIPE written in the call, or stored on every run.
 */
export declare function writtenUnder(value: SyntaxNode): Fact[];
/**
 * When `node` (a use of the handle) runs only on runs with no pipe: each way to the pipe has a
 * fact the tests round `node` contradict, on names the function does not rebind. 'left': the
 * runs that pipe have all left the function before (`if capture: return p.communicate()` above
 * it): no later use is theirs either. 'skipped': they skip it (`if not capture: p.wait()`) and go
 * on. Null: it runs on piped runs too.
 */
export declare function unpipedAt(model: PythonModel, choice: PipeChoice, node: SyntaxNode): 'left' | 'skipped' | null;
/**
 * Ex) self._run(cmd, capture=False) for `def _run(self, cmd, capture=False)`: every way to the
 * wrapper's pipe is ruled out by a literal the call passes for a parameter (by keyword, or by
 * place: a method called on an object leaves out `self`). `params`: the wrapper's parameter names.
 */
export declare function ruledOutAt(call: SyntaxNode, choice: PipeChoice, params: string[]): boolean;
/** The names of a function's parameters, in order. */
export declare function parameterNames(def: SyntaxNode): string[];
/** The condition of the first way, for the message: `capture`, `not quiet`, `dump or getfd`. */
export declare function choiceText(choice: PipeChoice): string | null;
/**
 * The streams of a Popen call that are PIPE through a local or on some runs only, and how they
 * are chosen (`choice` null: on every run); null when none is, when one is PIPE as written
 * (judged as such), or when stdout and stderr are chosen differently.
 */
export declare function chosenStreams(model: PythonModel, call: SyntaxNode): {
    stdout: SyntaxNode | null;
    stderr: SyntaxNode | null;
    choice: PipeChoice | null;
} | null;
/** For a message: ` (piped when `capture`)`, or nothing for a pipe on every run. */
export declare function choiceNote(choice: PipeChoice | null): string;
