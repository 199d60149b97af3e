import { createRequire } from 'node:module';
export let ts = undefined;
export function loadTs() {
    if (!ts)
        ts = createRequire(import.meta.url)('ts-morph').ts;
    return ts;
}
