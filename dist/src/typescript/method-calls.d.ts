import type { ts as TS } from 'ts-morph';
/**
 * Ex) class FFmpeg {
 *       private async spawnProcess(args) { const child = spawn('ffmpeg', args); return child; }
 *       async getResult() { const child = await this.spawnProcess(args); child.on('exit', ...); }
 *     }
 * The calls of a method only its own class can call: `private name()` (TypeScript) or `#name()`.
 * Code outside the class cannot reach it (tsc refuses `obj.name()` for a `private` member, and a
 * `#name` is not even a property others can see), so its calls in this file, `this.name(...)`,
 * are all of them: a child it returns goes to those callers, as one a local function returns goes
 * to the calls of its name (flow.ts, callSitesOf). Null when the method can be reached otherwise
 * (a public method, a static one), or when a mention of it is not a plain call on `this` of the
 * same class (`this.name.bind(this)`, `other.name()`, `this` of a nested `function`): its callers
 * are then not all known.
 */
export declare function methodCallSites(fn: TS.SignatureDeclaration): TS.CallExpression[] | null;
