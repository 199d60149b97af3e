import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/** The program `which('x')` looks up, when `node` is such a call with a literal name. */
export declare function whichProgram(node: SyntaxNode, model: PythonModel): string | null;
/**
 * Ex) [shutil.which('ffmpeg'), '-i', src]  /  [FFMPEG_BINARY, ...]  /  [self.ffmpeg_path, ...]  /  [get_ffmpeg_exe(), ...]
 * The first word of an argv given by a value that names its program: `shutil.which('x')`
 * returns the path of `x`; a name (a variable, an attribute, a function called without
 * arguments) made of a program the command table lists and words that say "the path of"
 * (`_path`, `_bin`, `_exe`, `get_`) holds that program's path, by the convention such code
 * follows. Null for anything else (`self.binary`, `tool_path`: no program named).
 */
export declare function programNamed(node: SyntaxNode, model: PythonModel, depth?: number): string | null;
/**
 * The value of the one assignment `self.x = value` in the class round `self.x`, or null (none, or
 * several). With `inInit`, only when that assignment is in the class's `__init__`: the attribute
 * holds that value from the object's start (audit 43: `self.command = "sudo iftop -t -s 1 -B"`).
 */
export declare function soleSelfAssignment(attr: SyntaxNode, inInit?: boolean): SyntaxNode | null;
