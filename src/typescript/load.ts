import { createRequire } from 'node:module';
import { codeCacheUses, requireWithCodeCache } from '../code-cache.js';
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
  if (!ts) {
    codeCacheUses('js');
    ts = requireTypeScript();
  }
  return ts;
}

/**
 * ts-morph's `ts` is the TypeScript that @ts-morph/common bundles (typescript.js, 9 MB), and it is
 * all we use: required alone it skips ts-morph's own code, and compiled with a V8 code cache
 * (code-cache.ts) it loads in about half the time (some 100 ms less for a run over one small JS file).
 */
function requireTypeScript(): Ts {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
  } catch {
    return (require('ts-morph') as { ts: Ts }).ts;
  }
  // Its cache is written by the first run that loads it, whatever else that run did.
  return (requireWithCodeCache(file, []) ?? require(file)) as Ts;
}
