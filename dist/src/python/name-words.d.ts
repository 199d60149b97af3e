import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * The words of an argv item written as a name or a path rather than a string: the program a name
 * holds (`exe = 'powershell.exe'`, a parameter every call passes a string to, `which('x')`, a path
 * joined onto a written file name) and a path from this file's folder
 * (`os.path.join(os.path.dirname(__file__), 'tools', 'server.py')`). Used by argv.ts for the
 * items of an argument vector.
 */
export declare function wordsOfName(node: SyntaxNode, model: PythonModel): string[] | null;
/**
 * Ex) os.path.join(os.path.dirname(__file__), 'tools', 'server.py'): a path from this file's
 * folder, as the command knowledge reads a folder known only at run time followed by a written
 * path (`<folder>/tools/server.py`), so that a script of the project is found
 * (knowledge/project-scripts.ts). Null for anything else.
 */
export declare function besideThisFile(node: SyntaxNode, model: PythonModel): string | null;
