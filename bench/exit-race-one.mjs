// One child at a time, the parent busy or idle: is output taken at the child's 'exit' ever cut?
// `node bench/exit-race-one.mjs [rounds]` prints one JSON line per configuration: the child's kind
// (`head -c N /dev/zero`, native; the same through `sh -c`; `node -e` writing N bytes), its output
// size, and what the parent does while the child runs and ends:
//   idle   - waits for it;
//   block  - a synchronous 100 ms of work right after the spawn (the child writes and exits meanwhile);
//   ticks  - 10 ms of synchronous work on every turn of its event loop (setImmediate), all along;
//   timers - 50 ms of synchronous work every 60 ms (setInterval), all along.
// `cut` counts the children whose output at 'exit' was shorter than at 'close'; `closeCut` those
// whose output at 'close' was short (none, if 'close' is right). Measured on Node 20.20, Linux,
// 2 shared cores, 30 rounds: 0 of 1,800 cut at 'exit' (test/e2e/exit-race-busy.test.ts keeps a part).

import { spawn } from 'node:child_process';

const rounds = Number(process.argv[2] || 30);
const KINDS = ['native', 'sh', 'node'];
const SIZES = [40, 3072, 61440, 204800, 2097152];
const MODES = ['idle', 'block', 'ticks', 'timers'];

function busy(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

function run(kind, size, mode) {
  return new Promise((resolve) => {
    const child = kind === 'native'
      ? spawn('head', ['-c', String(size), '/dev/zero'])
      : kind === 'sh'
        ? spawn('sh', ['-c', `head -c ${size} /dev/zero`])
        : spawn(process.execPath, ['-e', `process.stdout.write('x'.repeat(${size}))`]);
    let got = 0;
    let atExit = -1;
    child.stdout.on('data', (d) => { got += d.length; });
    child.on('exit', () => { atExit = got; });
    child.on('close', () => resolve({ atExit, atClose: got }));
    if (mode === 'block') busy(100);
  });
}

for (const kind of KINDS) {
  for (const size of SIZES) {
    for (const mode of MODES) {
      let stop = false;
      let timer = null;
      if (mode === 'ticks') {
        const spin = () => { if (!stop) { busy(10); setImmediate(spin); } };
        spin();
      }
      if (mode === 'timers') timer = setInterval(() => busy(50), 60);
      let cut = 0;
      let closeCut = 0;
      for (let r = 0; r < rounds; r++) {
        const { atExit, atClose } = await run(kind, size, mode);
        if (atExit < atClose) cut++;
        if (atClose < size) closeCut++;
      }
      stop = true;
      if (timer) clearInterval(timer);
      console.log(JSON.stringify({ node: process.version, kind, size, mode, children: rounds, cut, closeCut }));
    }
  }
}
