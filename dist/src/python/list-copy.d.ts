import type { SyntaxNode } from './parse.js';
/**
 * Ex) [str(x) for x in cmd] / [os.fspath(a) for a in args] / list(map(str, cmd))
 * A copy of an argv with each word made a string: the same command, word for word (audit 33:
 * python-on-whales' `full_cmd = [str(x) for x in full_cmd]` before its Popen). The list copied,
 * or null for anything else (a filter, a body that changes the word, several `for` clauses).
 */
export declare function copiedList(node: SyntaxNode): SyntaxNode | null;
