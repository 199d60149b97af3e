import type { CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type Segment } from './strings.js';
/**
 * The text of a command expression, in segments that map back to the source where an edit may
 * land: string literals, `+` concatenations, %- and format-templates with the values the code
 * shows for their fields (a literal, `sys.executable`, a name bound once to a literal, the POSIX
 * arm of a Windows test), and `sys.executable` itself. Anything else is OPAQUE.
 */
export declare function segmentsOf(node: SyntaxNode, model?: PythonModel): Segment[];
/**
 * Ex) def __init__(self): self.command = "sudo iftop -t -s " + str(self.interval) + " -B"
 *     def run(self): Popen(self.command, shell=True, stdout=PIPE)
 * Ex) def __init__(self, host): self.scp_pre = "scp " + host + "@"  ...  cmd = self.scp_pre + slave + src
 * A command line, or a part of one, held on `self`: an attribute assigned once in its class, in
 * `__init__`, holds that value for the object's life (audit 43: IntensiveCPU-simple's monitors and
 * Fetch.py). Its segments as `read` gives them from the value (a whole line as commandOf reads one,
 * a part only when the code writes it as a string), none editable: the text is `__init__`'s, so
 * no edit lands in it here. Null when `n` is no such attribute, or `read` gives null.
 */
export declare function heldOnSelf(n: SyntaxNode, read: (value: SyntaxNode) => Segment[] | null): Segment[] | null;
/**
 * Every text a string expression may take, when the code writes them all: a string or integer
 * literal, `a + b` of such (each pair), either arm of `a if c else b`, `str(x)` / `unicode(x)` of
 * the builtins, and a name whose every reaching assignment (analysis.ts) is one of these. Null
 * when a part is known only at run time (a parameter, a call, a placeholder), or past a few texts.
 * Ex) verbose = ''; if debug: verbose = 'v'; ['tar', '-c' + verbose, ...]: `-c` or `-cv`.
 */
export declare function textChoices(node: SyntaxNode, model: PythonModel, depth?: number): string[] | null;
/**
 * Ex) if os.name == 'nt': subprocess.Popen('cd /d "%s" & run.bat' % d, shell=True, stdout=PIPE)
 * A node in an arm of `if`/`elif` taken only on Windows (the test holds there, or the `else` of
 * one that holds nowhere else). There `shell=True` runs cmd.exe, not sh: `&` separates two
 * commands, it backgrounds neither.
 */
export declare function inWindowsArm(node: SyntaxNode, model: PythonModel): boolean;
export declare function isStringNode(node: SyntaxNode): boolean;
/** The text of a string literal (or adjacent literals) with no placeholder-only content, else null. */
export declare function literalText(node: SyntaxNode): string | null;
/** How loud a command's output is: the larger, the more it can write. */
export declare const rank: (c: CommandOutput) => number;
/** The text of a command expression, its unknown parts as placeholders. */
export declare const textOf: (node: SyntaxNode) => string;
