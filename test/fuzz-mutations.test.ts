import { quickFuzzTests } from './fuzz-mutations.js';

/** The mutation fuzz of test/fuzz-mutations.ts that `npm test` runs; test/e2e/fuzz-mutations.test.ts runs the rest. */
quickFuzzTests();
