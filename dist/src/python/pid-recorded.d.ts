import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
/** The call that writes the pid of the Popen `call`'s handle into a file, or null. */
export declare function pidRecorded(ctx: PythonContext, call: SyntaxNode): SyntaxNode | null;
