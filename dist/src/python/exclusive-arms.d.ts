import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/** `use` sits in an arm that excludes the arm of `origin`: no path runs both. */
export declare function inExclusiveArm(model: PythonModel, origin: SyntaxNode, use: SyntaxNode): boolean;
/**
 * Ex) if capture: p = Popen(cmd, stdout=PIPE) ... if not capture: p.wait() else: return p.communicate()
 * `block` is an arm that runs whenever `origin` has run: every other arm of its `if` (the
 * fall-through of an `if` with no `else` included) excludes the arm of `origin`.
 */
export declare function armCertain(model: PythonModel, origin: SyntaxNode, block: SyntaxNode): boolean;
/**
 * Ex) if self._use_popen: self._proc = subprocess.Popen(cmd, stdout=PIPE) else: self._proc = tornado.process.Subprocess(...)
 *     ... (another method) if self._use_popen: ... else: data = yield self._proc.stdout.read_until_regex(reg)
 * A use of the attribute in the arm a flag of the instance rules out, where the flag is set only
 * in `__init__`: it reads the other object the attribute holds, never this Popen (audit 11:
 * esphome's dashboard, the Windows Popen path beside tornado's Subprocess).
 */
export declare function inOtherFlagArm(origin: SyntaxNode, use: SyntaxNode): boolean;
