import type { ts as TS } from 'ts-morph';
import type { ChildFate } from './child-fate.js';
import { contains, fnOf } from './flow.js';

/**
 * Ex) private async start(args) { const child = spawn('ffmpeg', args); return child; }
 *     async getResult() { const child = await this.start(args); child.stdout.on('data', ...); child.on('exit', ...); }
 * Where the listeners of one route of a child are looked for: the function that starts it (or
 * `scope`, the file for a child kept alone in a property), and, on a route through a caller of
 * the helper that returns it (ChildFate.site), the function of that caller: the listeners it
 * sets up are on the same child, and its 'exit' comes as early as it does for the helper's own.
 */
export function routeScope(scope: TS.Node, call: TS.CallExpression, fate: ChildFate): (n: TS.Node) => boolean {
  const caller = fate.site && fate.site !== call && !contains(scope, fate.site) ? fnOf(fate.site) : null;
  return (n) => contains(scope, n) || (!!caller && contains(caller, n));
}
