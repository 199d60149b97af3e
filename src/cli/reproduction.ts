import type { RuleMeta } from '../types.js';

// The article's pair: the parent starts the child through a pipe and exits at once; the child
// sleeps, prints, and only then writes its marker. With the pipe dropped, the marker never comes.
const PYTHON = `mkdir -p /tmp/popen-repro && cd /tmp/popen-repro
cat > child.py <<'PY'
import sys, time
time.sleep(0.3)
sys.stdout.write('1000' * 1024)
sys.stdout.flush()
open('marker', 'w').write('done')
PY
cat > task.py <<'PY'
import os, sys
os.popen(sys.executable + ' child.py')
PY
rm -f marker; python3 task.py; sleep 1; ls marker   # -> No such file: the child died of SIGPIPE
# after \`popenlint fix task.py\` the marker is there.`;

const NODE = `mkdir -p /tmp/popen-repro && cd /tmp/popen-repro
cat > task.js <<'JS'
const { exec } = require('child_process');
exec(process.execPath + ' -e "setTimeout(() => { process.stdout.write(\\'x\\'.repeat(65536)); require(\\'fs\\').writeFileSync(\\'marker\\', \\'done\\') }, 300)"');
process.exit(0);
JS
rm -f marker; node task.js; sleep 1; ls marker   # -> No such file: the child died of SIGPIPE`;

export function reproductionFor(meta: RuleMeta): string {
  if (meta.docs.reproduction) return meta.docs.reproduction;
  return '```sh\n' + (meta.language === 'python' ? PYTHON : NODE) + '\n```';
}
