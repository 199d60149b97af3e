import type { ts as TS } from 'ts-morph';
import type { JsModel } from './resolve.js';
/**
 * Ex) which(cmd, function (err, cmdPath) { graphviz = spawn(cmdPath, args); graphviz.stdout.on('data', ...); graphviz.on('exit', ...); })
 * A child assigned to a name declared nowhere in the file: in a sloppy-mode script that is a
 * property of the global object, created by the assignment. Every read of that name in the file
 * (one that no declaration takes) is that variable; code elsewhere may read it too, so the child
 * still escapes (child.ts), but the listeners set up here are on it (exit-race.ts). Null when the
 * target is not such a name. Modules (ESM, TypeScript) throw on the assignment instead.
 */
export declare function implicitGlobalReads(model: JsModel, target: TS.Expression): TS.Identifier[] | null;
