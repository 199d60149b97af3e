import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
export declare function requestCommand(model: JsModel, call: TS.CallExpression, file: string): string | null;
