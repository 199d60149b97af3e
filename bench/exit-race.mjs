// Which runs lose output taken at a child's 'exit' rather than 'close' (POP102's `race`).
// Run with the Node to measure: `node bench/exit-race.mjs [rounds]` prints one JSON line per
// configuration: how many children's output was cut short at 'exit', and at 'close' (none, if
// 'close' is right). Configurations: output size, one child at a time or several ending together,
// the parent idle or busy while they end, stdout or stderr. The children are `head -c N` (one
// program, written in C, that writes and exits) so that nothing but the parent's reading decides.

import { spawn } from 'node:child_process';

const SIZES = { '3 KiB': 3 * 1024, '60 KiB': 60 * 1024, '200 KiB': 200 * 1024, '2 MiB': 2 * 1024 * 1024 };
const MODES = { 'one at a time': 1, '2 together': 2, '8 together': 8, '20 together': 20 };
const rounds = Number(process.argv[2] || 40);

function run(size, stream) {
  return new Promise((resolve) => {
    const redirect = stream === 'stderr' ? ' >&2' : '';
    const child = spawn('sh', ['-c', `exec head -c ${size} /dev/zero${redirect}`]);
    let got = 0;
    let atExit = -1;
    child[stream].on('data', (d) => { got += d.length; });
    child.on('exit', () => { atExit = got; });
    child.on('close', () => resolve({ atExit, atClose: got }));
  });
}

function busy(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

(async () => {
  for (const [stream] of [['stdout'], ['stderr']]) {
    for (const [sizeName, size] of Object.entries(SIZES)) {
      for (const [modeName, together] of Object.entries(MODES)) {
        for (const busyMs of [0, 100]) {
          let children = 0;
          let cutAtExit = 0;
          let emptyAtExit = 0;
          let cutAtClose = 0;
          // One at a time: each child awaited before the next starts; else `together` at once.
          for (let r = 0; r < rounds; r++) {
            const batch = Array.from({ length: together }, () => run(size, stream));
            if (busyMs) busy(busyMs);
            for (const { atExit, atClose } of await Promise.all(batch)) {
              children++;
              if (atExit < size) cutAtExit++;
              if (atExit === 0) emptyAtExit++;
              if (atClose < size) cutAtClose++;
            }
          }
          console.log(JSON.stringify({ node: process.version, stream, size: sizeName, mode: modeName, busy: busyMs, children, cutAtExit, emptyAtExit, cutAtClose }));
        }
      }
    }
  }
})();
