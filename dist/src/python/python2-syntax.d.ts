import type { Tree } from './parse.js';
import type { Coverage } from './partial.js';
/** Python 2-only syntax: print/exec statements, `except E, e`, backquotes, `<>`, 0777, 10L, ur''. */
export declare function hasPython2Syntax(tree: Tree, text: string, coverage?: Coverage): boolean;
/** Where the three searches of hasPython2Syntax match. */
export declare function python2Candidates(text: string): number[];
