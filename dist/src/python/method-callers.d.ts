import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import type { Caller, OwnFile } from './caller.js';
import type { CommandParameter } from './wrappers.js';
/**
 * The calls of a method that takes its command (callers.ts asks), when they can all be seen.
 * A call reaches the method when its receiver is known to be the class or one of its instances:
 *
 * Ex) self._run(cmd) / cls._run(cmd) / super()._run(cmd)   inside the class or a subclass
 *     Tool._run(cmd)                  on the class (a static or class method; a plain one takes the instance first)
 *     Tool()._run(cmd)                on an instance made there (udocker: `Uprocess().pipe(cmd1, cmd2)`)
 *     t = Tool(); t._run(cmd)         on a name bound once, to an instance
 *     self.tool = Tool() ... self.tool._run(cmd)   on an attribute the class binds only to instances
 *     Thread(target=self._run, args=(cmd,))        a start of any of these (started-targets.ts)
 *
 * A receiver known to be something else (a module: `os.pipe()` is no call of a method `pipe`)
 * is no call of it. Any other mention of the name (an object of unknown class, `self` of an
 * unrelated class, the bound method handed on) may reach it with a command not seen here: null.
 */
export declare function methodCallers(root: string, files: string[], defFile: string, wrapper: CommandParameter, own?: OwnFile, untraced?: (file: string, line: number) => void): Caller[] | null;
/**
 * The subclasses of `className` (a class of `defFile`) in the repository, up to MAX_GENERATIONS
 * deep: `class Tool(Base)`, `class Tool(tools.Base)` in `defFile` or in a module that imports the
 * parent's module. The repository's index (indexOf) must be built.
 */
export declare function subclassesOf(root: string, defFile: string, className: string): {
    file: string;
    name: string;
    model: PythonModel;
    cls: SyntaxNode;
}[];
