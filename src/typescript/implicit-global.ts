import type { ts as TS } from 'ts-morph';
import { ts } from './load.js';
import type { JsModel } from './resolve.js';
import { isWriteTarget } from './scope.js';

/**
 * Ex) which(cmd, function (err, cmdPath) { graphviz = spawn(cmdPath, args); graphviz.stdout.on('data', ...); graphviz.on('exit', ...); })
 * A child assigned to a name declared nowhere in the file: in a sloppy-mode script that is a
 * property of the global object, created by the assignment. Every read of that name in the file
 * (one that no declaration takes) is that variable; code elsewhere may read it too, so the child
 * still escapes (child.ts), but the listeners set up here are on it (exit-race.ts). Null when the
 * target is not such a name. Modules (ESM, TypeScript) throw on the assignment instead.
 */
export function implicitGlobalReads(model: JsModel, target: TS.Expression): TS.Identifier[] | null {
  if (!ts.isIdentifier(target) || model.lookup(target)) return null;
  const name = target.text;
  const reads: TS.Identifier[] = [];
  const visit = (n: TS.Node): void => {
    if (ts.isIdentifier(n) && n.text === name && n !== target && !isWriteTarget(n) && !model.lookup(n)) {
      const p = n.parent;
      // `obj.graphviz`, `{ graphviz: 1 }`: a property of that name, not the variable.
      if (!((ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n))) reads.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(model.sourceFile);
  return reads;
}
