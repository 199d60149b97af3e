import type { HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * A function of the module that starts a fixed command and hands the Popen back to its caller:
 *
 *   def start_replay(iface):
 *       proc = subprocess.Popen(['aireplay-ng', '-3', ..., iface], stdout=PIPE, stderr=PIPE)
 *       return proc
 *   ...
 *   self.replay = start_replay('wlan0')      # never read, terminated at stop()
 *
 * The function reads nothing: whatever becomes of the pipes is its callers' doing. Each call of
 * it in the module is judged as the Popen itself would be, where the caller holds it (a name,
 * an attribute, a container, dropped). A command that is the function's parameter is a wrapper's
 * (wrappers.ts), judged with each caller's command.
 */
export interface Returned {
    /** The function that returns the handle. */
    fn: SyntaxNode;
    name: string;
    /** The calls of it in the module (`start_replay(...)`, `self.start_replay(...)`). */
    calls: SyntaxNode[];
}
/**
 * The function that holds `call` (a `return` of its handle), with its name and what holds the
 * function (the module, a class's body...); null for a lambda, a class body, the module itself,
 * a generator or a coroutine (which hand back something else than the Popen).
 */
export declare function returningFunction(call: SyntaxNode): {
    fn: SyntaxNode;
    name: string;
    holder: SyntaxNode | null;
} | null;
/**
 * The function `call`'s handle is returned from, and its calls in the module; null when the
 * handle is not simply returned (read, waited or stored first), or the function is not a
 * module-level function or a method the class calls on `self`.
 * `events`: what the function does with the handle bound to a name (nameEvents), or null.
 */
export declare function returnedToCallers(model: PythonModel, call: SyntaxNode, events: HandleEvent[] | null): Returned | null;
