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
