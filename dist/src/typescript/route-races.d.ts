import type { ts as TS } from 'ts-morph';
import type { ChildFate } from './child-fate.js';
import { type ExitRace } from './exit-race.js';
import type { JsModel } from './resolve.js';
/**
 * The exit races of a child on each of its routes: where it is started (listeners set up there
 * race whoever else gets it), and through each caller of a helper that returns it (the caller's
 * own 'data' and 'exit' listeners). One per stream: the first found, a use of the output before
 * one that only words an error.
 */
export declare function routeRaces(model: JsModel, call: TS.CallExpression, fate: ChildFate, file: string): ExitRace[];
