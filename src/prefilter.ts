import type { Language } from './types.js';

/**
 * A byte-level test run before any decode or parse: a file that never names a popen-family
 * function or child_process cannot hold a finding. `popen` also matches popen2/popen3/popen4.
 */
const PYTHON_NEEDLES = [Buffer.from('popen'), Buffer.from('Popen')];
const JS_NEEDLES = [Buffer.from('child_process')];

export function mentionsCandidate(bytes: Buffer, language: Language): boolean {
  const needles = language === 'python' ? PYTHON_NEEDLES : JS_NEEDLES;
  return needles.some((n) => bytes.includes(n));
}
