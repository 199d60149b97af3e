import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/** Is `id` an element of an array (or Map) the code shows filled with instances of the class? */
export declare function elementOfInstances(model: JsModel, id: TS.Identifier, isClass: (e: TS.Expression) => boolean): boolean;
