import { createRequire } from 'node:module';
import { codeCacheUses, requireWithCodeCache } from '../code-cache.js';
export let ts = undefined;
export function loadTs() {
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
function requireTypeScript() {
    const require = createRequire(import.meta.url);
    let file;
    try {
        file = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
    }
    catch {
        return require('ts-morph').ts;
    }
    // Its cache is written by the first run that loads it, whatever else that run did.
    return (requireWithCodeCache(file, []) ?? require(file));
}
