const {fork} = require('child_process');
const N = +process.argv[2] || 8, SZ = +process.argv[3] || 20000;
let lost = 0, done = 0, lens=[];
for (let i = 0; i < N; i++) {
  const c = fork(__dirname + '/child.js', [String(SZ)], {silent: true});
  let out = '';
  c.stdout.on('data', d => out += d);
  c.on('exit', () => { lens.push(out.length); if (!out.endsWith('END\n')) lost++; if (++done === N) console.log(`busy: N=${N} SZ=${SZ} cut at exit: ${lost} lens=${lens.join(',')}`); });
}
setTimeout(()=>{const t=Date.now(); while(Date.now()-t<800);}, 150);
