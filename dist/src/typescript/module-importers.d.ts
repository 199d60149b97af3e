import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * Ex) every module of the project holding `run` that imports <root>/src/run.ts, with its model and
 * the specifiers it imports `file` by. A module whose text holds none of `needles` is not parsed.
 */
export declare function importingModules(file: string, needles: readonly string[]): Generator<{
    abs: string;
    model: JsModel;
    specs: string[];
}>;
/**
 * Ex) `import { run } from './run'` or `from '@/run'` in `texts`, for `file` = <root>/src/run.ts
 * The specifiers by which the module `abs` (whose text is `text`) imports `file`: none when it does not.
 */
export declare function specifiersFor(root: string, file: string, abs: string, text: string): string[];
/**
 * Ex) const ff = new FFmpegHelper({ filePath }); await ff.getVideoStreams()  /  new Tool().run(cmd)
 * The calls in `model` of the method `member` on an instance made by `new` of the class (`isClass`
 * says whether an expression names it): on the `new` itself, on a name bound to it once, or on
 * each element of an array the code fills with instances (`cameras.map((c) => c.snapshot())`).
 * A name made with `new` and reassigned later (`let git: Executor = new SystemGit()`, swapped for
 * a mock by a setter) still calls the class's method while it holds that instance.
 */
export declare function instanceCalls(model: JsModel, isClass: (e: TS.Expression) => boolean, member: string): TS.CallExpression[];
