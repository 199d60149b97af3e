import type { ts as TS } from 'ts-morph';
/**
 * The TypeScript compiler API bundled with ts-morph. Requiring it costs half a second or more,
 * so it is loaded on the first JS/TS file that survives the prefilter, never at startup.
 * Modules of the front-end and the JS rules read the live binding `ts`, which is set before any
 * of their functions runs (lintJsText calls loadTs first).
 */
export type Ts = typeof TS;
export declare let ts: Ts;
export declare function loadTs(): Ts;
