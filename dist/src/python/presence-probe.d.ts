import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * Ex) try:
 *         subprocess.Popen('ant.bat', stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
 *     except Exception:
 *         sys.exit('ERROR! Could not find or execute ant.bat.')
 *
 * A probe for a program's presence: a Popen dropped as a statement of its own, with the program
 * alone (no argument: nothing asked of it), inside a `try` whose handler catches the failure to
 * start it (OSError and its spellings, Exception, a bare `except`). What the code wants is whether
 * the program starts; it asks it to do nothing, keeps nothing of it, and never looks at its output
 * or its end. Whatever the program does when started bare (a usage text, a default build), that
 * work and that output are not wanted, so the pipe nobody reads can lose nothing the code wanted
 * (audit 21: ccm's `ant.bat` check on Windows).
 */
export declare function presenceProbe(model: PythonModel, call: SyntaxNode, args: SyntaxNode | null): boolean;
