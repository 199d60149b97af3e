import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';

/**
 * The TypeScript compiler API bundled with ts-morph. Requiring it costs half a second or more,
 * so it is loaded on the first JS/TS file that survives the prefilter, never at startup.
 * Modules of the front-end and the JS rules read the live binding `ts`, which is set before any
 * of their functions runs (lintJsText calls loadTs first).
 */
export type Ts = typeof TS;

export let ts: Ts = undefined as unknown as Ts;

export function loadTs(): Ts {
  if (!ts) ts = (createRequire(import.meta.url)('ts-morph') as { ts: Ts }).ts;
  return ts;
}
