import { isMainThread } from 'node:worker_threads';
import { jsRules, pythonRules } from '../rules/index.js';

/**
 * Loaded with `node --import` (workers inherit it) by tests of popenlint's own failures: every
 * rule throws on a file that contains the marker, as a bug in a rule would. Nothing else changes.
 */
export const CRASH_MARKER = 'POPENLINT_TEST_CRASH';

for (const rule of [...pythonRules, ...jsRules] as unknown as { check: (ctx: { source: { text: string } }) => void }[]) {
  const check = rule.check.bind(rule);
  rule.check = (ctx) => {
    if (ctx.source.text.includes(CRASH_MARKER)) throw new Error(`injected crash (${isMainThread ? 'main thread' : 'worker'})`);
    check(ctx);
  };
}
