import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
import { type ClassWrapper } from './wrapper-class.js';
import { type WrapperSummary } from './wrappers.js';
export declare function classCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, cls: ClassWrapper, where: string): void;
export declare function internalCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, internal: NonNullable<WrapperSummary['internal']>, where: string): void;
export declare function classDefinition(ctx: PythonContext, s: WrapperSummary, cls: ClassWrapper): void;
