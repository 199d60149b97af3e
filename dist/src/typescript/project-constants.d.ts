import type { ts as TS } from 'ts-morph';
import { JsModel } from './resolve.js';
/** The model of a module of the project, parsed once (null when it does not parse). */
export declare function modelOf(file: string, text: string): JsModel | null;
/**
 * A constant of another module of the project: `Constants.LINUX_COMMAND` after
 * `import { Constants } from './constants'` (a static property of an exported class, a
 * property of an exported object), or `LINUX_COMMAND` imported by name. Null otherwise.
 */
export declare function importedConstant(model: JsModel, expr: TS.Expression): string | null;
/**
 * A function another module of the project exports, called here by the name it is imported under
 * (`export function handle(child) {...}`, `export const handle = (child) => ...`,
 * `exports.handle = function (child) {...}`), with that module's model. Null otherwise.
 */
export declare function importedFunction(model: JsModel, callee: TS.Expression): {
    model: JsModel;
    fn: TS.SignatureDeclaration & {
        body?: TS.Node;
    };
} | null;
/**
 * The expression another module of the project gives a constant it exports, with that module's
 * model: `export const SEP = ...`, `exports.sep = win ? ' && ' : '; '` (CommonJS, read by
 * `const { sep } = require('./config')`), a static property of an exported class, a property
 * of an exported object. Null otherwise.
 */
export declare function importedInitializer(model: JsModel, expr: TS.Expression): {
    model: JsModel;
    init: TS.Expression;
} | null;
