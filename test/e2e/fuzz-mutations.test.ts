import { slowFuzzTests } from '../fuzz-mutations.js';

/** The Python and JS/TS cases of test/fuzz-mutations.ts past the ones `npm test` runs (test/fuzz-mutations.test.ts): the same list, the same seed. */
slowFuzzTests();
