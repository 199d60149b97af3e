const {spawn} = require('child_process');
const N = +process.argv[2] || 1, SZ = +process.argv[3] || 300000, busy=+process.argv[4]||0;
let cut = 0, done = 0, lens=[];
for (let i = 0; i < N; i++) {
  const c = spawn('sh', ['-c', `head -c ${SZ} /dev/zero`]);
  let buf = Buffer.alloc(0);
  c.stdout.on('data', d => { buf = Buffer.concat([buf, d]); });
  c.on('exit', () => { lens.push(buf.length); if (buf.length !== SZ) cut++; if (++done === N) console.log(`spawn head: N=${N} SZ=${SZ} busy=${busy} cut at exit: ${cut} lens=${lens.slice(0,8).join(',')}`); });
}
if (busy) setTimeout(()=>{const t=Date.now(); while(Date.now()-t<busy);}, 5);
