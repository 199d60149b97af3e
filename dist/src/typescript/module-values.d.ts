import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The argument vectors of `spawn(config.copy.command, config.copy.args)` where `config` holds
 * one of the project's modules: for each object that holds `command` (and `args`) in each
 * module, its program and words. Null unless every one is written there.
 */
export declare function moduleArgvs(model: JsModel, program: TS.Expression, args: TS.Expression | undefined): (string | null)[][] | null;
/**
 * `config.copy.args` where `config` holds one of the project's modules: 'array' when every
 * module writes an array there ('object', 'string' likewise), else null.
 */
export declare function moduleValueShape(model: JsModel, e: TS.Expression): 'array' | 'object' | 'string' | null;
