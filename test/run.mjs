// `npm test` after the build: every dist/test/*.test.js through node:test's run(), the files with
// the longest wall time first (a long file started last would run alone at the end), several at
// a time: many files spend their time waiting on interpreter children (a pipe that fills, a
// `timeout 5`), so one more file than cores keeps the cores busy. Then a summary of the wall time:
// the build (POPENLINT_TEST_T0, set by the npm script), the tests, the slowest files.
// POPENLINT_TEST_CONCURRENCY overrides the number of files at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'test');
// Measured (2 cores): the files whose wall time is longest, longest first; the others follow by name.
const LONGEST = ['cli', 'evidence', 'config-files', 'fuzz-mutations', 'js-rules-pop104', 'report-sarif', 'python-rules', 'eslint-plugin', 'js-wrappers', 'metamorphic', 'python-fix', 'hazard-shapes', 'perf-prefilter', 'cli-stream'];
const rank = (f) => {
  const i = LONGEST.indexOf(path.basename(f, '.test.js'));
  return i < 0 ? LONGEST.length : i;
};
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.test.js')).map((f) => path.join(DIR, f)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
// One more file than cores: the waiting files leave a core to the others, and timing-sensitive
// hazard tests (a 3 s join, a 1.5 s deadline) still get their share of a core.
const concurrency = Number(process.env.POPENLINT_TEST_CONCURRENCY) || os.availableParallelism() + 1;

const started = Date.now();
const cpuAtStart = childCpu();
const perFile = new Map();
let failed = 0;
// A file's wall time: from its process's start (the file's own dequeue event) to its last event.
const seen = (data) => {
  const f = data.file && perFile.get(data.file);
  if (f) f.end = Date.now();
};
const stream = run({ files, concurrency });
stream.on('test:dequeue', (data) => {
  if (data.file && data.name === data.file && !perFile.has(data.file)) perFile.set(data.file, { start: Date.now(), end: Date.now() });
  seen(data);
});
for (const event of ['test:start', 'test:pass', 'test:diagnostic', 'test:stdout', 'test:stderr']) stream.on(event, seen);
stream.on('test:fail', (data) => {
  seen(data);
  // A suite fails with its failing tests: count the tests (and a file that fails to load).
  if (!data.todo && data.details?.error?.failureType !== 'subtestsFailed') failed++;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));

// The CPU time of the test files' processes and the children they waited for (Linux only).
function childCpu() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const wall = (Date.now() - started) / 1000;
const t0 = Number(process.env.POPENLINT_TEST_T0);
const cpu = childCpu();
const slowest = [...perFile].map(([f, t]) => [path.relative(path.join(DIR, '..', '..'), f), (t.end - t.start) / 1000]).sort((a, b) => b[1] - a[1]).slice(0, 10);
const lines = [
  '',
  `npm test wall time: ${wall.toFixed(1)} s for ${files.length} test files, ${concurrency} at a time on ${os.availableParallelism()} cores` +
    (cpu !== null && cpuAtStart !== null ? `; ${(cpu - cpuAtStart).toFixed(1)} s CPU` : '') +
    (t0 > 0 ? `; ${((started - t0) / 1000).toFixed(1)} s build before it, ${((Date.now() - t0) / 1000).toFixed(1)} s in all` : ''),
  'slowest files (wall time, while other files ran beside them):',
  ...slowest.map(([f, s]) => `  ${s.toFixed(1).padStart(6)} s  ${f}`),
  failed ? `${failed} failing test(s)` : 'all tests passed',
];
console.log(lines.join('\n'));
if (failed) process.exitCode = 1;
