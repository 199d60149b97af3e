import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import { type Binding } from './scope.js';
/**
 * Where a value goes, and what a ChildProcess's owner does with it. Anything we cannot see
 * through (passed to a call, returned, stored in a property or container, exported) "escapes":
 * someone else may drain the pipe, so the rules stay quiet.
 */
export type ValueUse = 
/** An expression statement, or the left of a comma: nothing keeps the value. */
{
    kind: 'dropped';
}
/** `void value`: the author discards it on purpose. */
 | {
    kind: 'void';
}
/** `await value` (only reported when not looking through await). */
 | {
    kind: 'awaited';
}
/** `if (value)`, `!value`, `typeof value`, `value == null`: read, not kept. */
 | {
    kind: 'tested';
}
/** `const x = value` or `x = value` with a local `x`. */
 | {
    kind: 'bound';
    binding: Binding;
}
/** `value.member` / `value['member']`. */
 | {
    kind: 'member';
    access: TS.PropertyAccessExpression | TS.ElementAccessExpression;
    name: string | null;
}
/** Anything else; `node` is the value as it reaches `parent` (the call, return, property...). */
 | {
    kind: 'escapes';
    node?: TS.Node;
    parent?: TS.Node;
};
/**
 * Follows the value of `expr` up the tree. `throughAwait`: a ChildProcess is not thenable, so
 * `await spawn(...)` is the ChildProcess itself; for promises `await` is a use.
 */
export declare function valueUse(model: JsModel, expr: TS.Expression, throughAwait: boolean): ValueUse;
/** `x.name(...)`: the call when the member access is its callee. */
export declare function calledMember(access: TS.Node): TS.CallExpression | null;
export interface ChildUses {
    /** Handed to code we cannot see: returned, passed, stored, exported. */
    escapes: boolean;
    /** Some listener on the ChildProcess itself (exit, close, error...). */
    listens: boolean;
    stdoutConsumed: boolean;
    /** Any mention of `.stdout` or `.stdio`: a fix that nulls stdout would break it. */
    stdoutTouched: boolean;
    /** `.stdin`, `.stderr` or `.stdio` is used: those pipes must stay. */
    otherStreams: boolean;
    /** `.stderr` (or `.stdio`) is read, piped or handed to something that may read it: the failure's text reaches the code. */
    stderrConsumed: boolean;
    /**
     * Something learns how the child ended: an 'exit'/'close' listener that takes the code or
     * signal (or one we cannot see into), `.exitCode`, `.signalCode`, `.killed`.
     */
    outcome: boolean;
}
/** What the program does with the ChildProcess a call returns. */
export declare function childUses(model: JsModel, call: TS.CallExpression): ChildUses;
/** Is the stream (`child.stdout`) read, piped, iterated or handed to something that may read it? */
export declare function streamConsumed(model: JsModel, stream: TS.Expression, depth?: number): boolean;
/**
 * The 'exit'/'close' listener on the child a call returns, through the name it is bound to or a
 * chain (`exec(cmd).on('exit', (code, signal) => ...)`), when it reads the code or the signal (a
 * handler given by name may): null when nothing so learns how the child ended.
 */
export declare function exitListener(model: JsModel, call: TS.CallExpression): TS.CallExpression | null;
