// The article's pair: the parent starts the child through a pipe and lets go of it; the child
// sleeps, prints, and only then writes its marker. With the pipe dropped, the marker never comes.
const CHILD = `cat > child.py <<'PY'
import sys, time
time.sleep(0.3)
sys.stdout.write('1000' * 1024)
sys.stdout.flush()
open('marker', 'w').write('done')
PY`;
const PARENTS = {
    POP001: { python: 'python3', parent: "import os, sys\nos.popen(sys.executable + ' child.py')" },
    POP002: { python: 'python3', parent: "import os, sys\np = os.popen(sys.executable + ' child.py')\np.close()" },
    POP003: { python: 'python3', parent: "import os, sys\nfirst = os.popen(sys.executable + ' -c \"print(1)\" ; ' + sys.executable + ' child.py').readline()" },
    POP004: { python: 'python2.7', parent: "import os, sys\nos.popen3(sys.executable + ' child.py')" },
};
function pythonRepro(id) {
    if (id === 'POP005') {
        return `cd "$(mktemp -d)"
cat > task.py <<'PY'
import subprocess, sys
p = subprocess.Popen([sys.executable, '-c', "print('x' * 200000)"], stdout=subprocess.PIPE)
p.wait()   # the child blocks at 64 KiB, the parent in wait(): deadlock
print('finished')
PY
timeout 5 python3 task.py; echo "exit status $?"   # -> 124: killed by the timeout, never finished`;
    }
    const { python, parent } = PARENTS[id] ?? PARENTS.POP001;
    return `cd "$(mktemp -d)"
${CHILD}
cat > task.py <<'PY'
${parent}
PY
${python} task.py; sleep 1; ls marker   # -> No such file: the child died of SIGPIPE (Broken pipe)
# after \`popenlint fix task.py\` the marker is there.`;
}
const NODE = `cd "$(mktemp -d)"
cat > task.js <<'JS'
const { exec } = require('child_process');
exec(process.execPath + ' -e "setTimeout(() => { process.stdout.write(\\'x\\'.repeat(65536)); require(\\'fs\\').writeFileSync(\\'marker\\', \\'done\\') }, 300)"');
process.exit(0);
JS
node task.js; sleep 1; ls marker   # -> No such file: the child died of SIGPIPE`;
export function reproductionFor(meta) {
    if (meta.docs.reproduction)
        return meta.docs.reproduction;
    return '```sh\n' + (meta.language === 'python' ? pythonRepro(meta.id) : NODE) + '\n```';
}
