/**
 * The CLI run from tsc's output (dist/src), not from the bundle bin/popenlint.js loads: for tests
 * that patch modules with `node --import` (inject-crash.ts), which cannot reach into the bundle.
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
