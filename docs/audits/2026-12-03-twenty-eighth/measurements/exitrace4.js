const {spawn} = require('child_process');
const N = +process.argv[2], SZ = +process.argv[3];
let cut = 0, done = 0;
for (let i = 0; i < N; i++) {
  const c = spawn(process.execPath, [__dirname + '/child.js', String(SZ)]);
  let n = 0; c.stdout.on('data', d => n += d.length);
  c.on('exit', () => { if (n !== SZ + 5) cut++; if (++done === N) console.log(`spawn node: N=${N} SZ=${SZ} cut=${cut}`); });
}
