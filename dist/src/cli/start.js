import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from '../code-cache.js';
/**
 * What bin/popenlint.js runs: the CLI's bundle (dist/bundle/cli.cjs, scripts/bundle.js), one
 * CommonJS file compiled with a V8 code cache (code-cache.ts). Compiling its ES modules was
 * the largest part of a small run's start-up, and Node 20 keeps no compiled code of ES modules.
 */
export async function start(argv) {
    // Set before the bundle is compiled: a code cache is only accepted under the V8 flags it was
    // made with. main() sets the first again (see there); the second is the common case of
    // engine.loadPythonParser, set there either way (code-cache.ts puts it back for the cache).
    const v8 = process.getBuiltinModule('node:v8');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--liftoff-only');
    const file = fileURLToPath(new URL('./cli.cjs', import.meta.url));
    const cli = (requireWithCodeCache(file) ?? createRequire(import.meta.url)(file));
    return cli.main(argv);
}
