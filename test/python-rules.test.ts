import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lint } from './helpers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS } from './snapshot.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid and invalid cases per rule, as data (the ESLint RuleTester shape). An invalid case
 * gives the number of findings (one unless `lines` lists them); its line, column, end, message
 * and every fix's edit are pinned by its entry in test/snapshots/rules/<RULE>.snap, so a fix
 * that no case checks fails the test (as a fix missing from RuleTester's `output` does).
 */
interface Case {
  code: string;
  /** Expected finding lines for the rule under test; omitted = exactly one finding. */
  lines?: number[];
  target?: 'py2' | 'py3';
}

const tables: Record<string, { valid: (string | Case)[]; invalid: (string | Case)[] }> = {
  POP001: {
    invalid: [
      "import os\nos.popen('python test.py')\n",
      // The article, Python 2 print statements included.
      "import os\nimport time\nif __name__ == '__main__':\n    cmd = 'python test.py'\n    os.popen(cmd)\n    print 'end****{}s'.format(1)\n",
      "import os as o\no.popen('ls')\n",
      "from os import popen\npopen('ls')\n",
      "from os import popen as run\nrun('ls')\n",
      "from os import *\npopen('ls')\n",
      "import platform\nplatform.popen('ls')\n",
      "import os\n_ = os.popen('ls')\n",
      "import os\nwith os.popen('ls'):\n    pass\n",
      "import os\nos.popen('ls').close()\n",
      "import os\nrc = os.popen('make').close()\n",
      "import os\n(os.popen)('ls')\n",
      "import os\nos.popen('ls', 'r')\n",
      "import os\nos.popen(cmd='ls')\n",
      // Backgrounded: the background job keeps the pipe as its stdout.
      "import os\nos.popen('nohup job.sh &')\n",
      // Only the last command is redirected.
      "import os\nos.popen('make; make install >/dev/null')\n",
      "import os\nos.popen('make && make install >/dev/null')\n",
      // stderr sent into the pipe after stdout went elsewhere... still writes to it.
      "import os\nos.popen('make 2>&1 >/dev/null')\n",
      "import os\nos.popen(cmd)\n",
      "import os\ndef f(cmd):\n    os.popen(cmd)\n",
      // A try-import fallback is not a rebinding.
      "try:\n    import os\nexcept ImportError:\n    os = None\nos.popen('ls')\n",
      // Error-tolerant: a syntax error in one function does not hide the other.
      { code: "import os\ndef broken(:\n    pass\ndef ok():\n    os.popen('ls')\n", lines: [5] },
      { code: "import os\nos.popen('a')\nif x: os.popen('b')\na = 1; os.popen('c'); b = 2\n", lines: [2, 3, 4] },
      "import os\nos.popen('echo %s' % x)\n",
      "import os\nos.popen(f'python {script}')\n",
      "import os\nos.popen('python ' + script)\n",
      "import os\nclass K:\n    def run(self):\n        os.popen('ls')\n",
      "import os\nexec 'x = 1'\nprint >>f, 'x'\nos.popen('ls')\n",
    ],
    valid: [
      "import os\nout = os.popen('ls').read()\n",
      "import os\nfor line in os.popen('ls'):\n    print(line)\n",
      "import os\nwith os.popen('ls') as p:\n    print(p.read())\n",
      "import os\nprint os.popen('ls').read()\n",
      "import os\nreturn_value = os.popen('ls')\n",
      "import os\ndef f():\n    return os.popen('ls')\n",
      "import os\nhandles.append(os.popen('ls'))\n",
      "import os\nos.popen('mail root', 'w')\n",
      "import os\nos.popen('mail root', mode='w')\n",
      "import os\nos.popen('python test.py >/dev/null')\n",
      "import os\nos.popen('python test.py >/dev/null 2>&1')\n",
      "import os\nos.popen('python test.py > out.log 2>&1 &')\n",
      "import os\nos.popen('nohup job.sh >/dev/null 2>&1 &')\n",
      "import os\nos.popen('{ make; make install; } >/dev/null')\n",
      "import os\nos.popen('make | tee log >/dev/null')\n",
      "import os\nos.popen('%s >/dev/null 2>&1' % cmd)\n",
      "import os\nos.popen('{} > /dev/null'.format(cmd))\n",
      "import os\nos.popen(f'{cmd} &>/dev/null')\n",
      "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n",
      "import os\nos.popen('exit 42').close()\n",
      "import os\nos.popen('rm -f /tmp/x')\n",
      // Not the os module.
      "def f(h):\n    os = RemoteShell(h)\n    os.popen('ls')\n",
      "class K:\n    def popen(self, c): pass\n    def g(self):\n        self.popen('ls')\n",
      "popen('ls')\n",
      "from . import os\nos.popen('ls')\n",
      "import os\ndef f(os):\n    os.popen('ls')\n",
      "import os\n# os.popen('ls')\ns = \"os.popen('ls')\"\n",
      "import os\nwith self.assertRaises(OSError):\n    os.popen('ls')\n",
    ],
  },
  POP002: {
    invalid: [
      "import os\np = os.popen('make')\np.close()\n",
      "import os\np = os.popen('make')\n",
      "import os\nwith os.popen('make') as f:\n    pass\n",
      "import os\ndef f():\n    p = os.popen('make')\n    if p:\n        p.close()\n",
      "from os import popen\np = popen('make')\ndel p\n",
    ],
    valid: [
      "import os\np = os.popen('make')\nprint(p.read())\n",
      "import os\np = os.popen('make')\nfor line in p:\n    print(line)\n",
      "import os\ndef f():\n    p = os.popen('make')\n    return p\n",
      "import os\ndef f():\n    p = os.popen('make')\n    yield p\n",
      "import os\np = os.popen('make')\nconsume(p)\n",
      "import os\np = os.popen('make')\nself.handle = p\n",
      "import os\np = os.popen('make')\nhandles = [p]\n",
      "import os\nself.p = os.popen('make')\n",
      "import os\np = os.popen('make', 'w')\np.write('x')\np.close()\n",
      "import os\np = os.popen('make >/dev/null')\np.close()\n",
      "import os\np = os.popen('make')\ndef later():\n    return p.read()\n",
    ],
  },
  POP003: {
    invalid: [
      "import os\nv = os.popen('make --version').readline()\n",
      "import os\nv = os.popen('dd if=/dev/zero').read(10)\n",
      "import os\nv = next(os.popen('ls'))\n",
      "import os\np = os.popen('git log')\nfirst = p.readline()\np.close()\n",
    ],
    valid: [
      "import os\nv = os.popen('make --version').read()\n",
      "import os\np = os.popen('git log')\nfirst = p.readline()\nrest = p.read()\n",
      "import os\np = os.popen('git log')\nwhile True:\n    line = p.readline()\n    if not line:\n        break\n",
      "import os\nv = os.popen('hostname >/dev/null').readline()\n",
    ],
  },
  POP004: {
    invalid: [
      "import os\nos.popen2('make')\n",
      "import os\nos.popen3('make')\n",
      "import os\n_ = os.popen4('make')\n",
      "import popen2\npopen2.popen3('make')\n",
      "import popen2\npopen2.Popen3('make')\n",
      "from popen2 import Popen4\nPopen4('make')\n",
      "import os\nos.popen3(['make', 'install'])\n",
    ],
    valid: [
      "import os\ni, o = os.popen2('make')\nprint o.read()\n",
      "import os\nos.popen3('make >/dev/null 2>&1')\n",
      // Kept and waited on: not dropped.
      "import popen2\nchild = popen2.Popen3('make')\nchild.wait()\n",
      "import os\nos.popen2('make >/dev/null')\n",
    ],
  },
  POP005: {
    invalid: [
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
      "from subprocess import Popen, PIPE\np = Popen(['make'], stdout=PIPE, stderr=PIPE)\nrc = p.wait()\n",
      "import subprocess as sp\nsp.Popen(['make'], stdout=sp.PIPE)\n",
      "import subprocess\nsubprocess.Popen(['make'], stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nwith subprocess.Popen(['make'], stdout=subprocess.PIPE) as p:\n    p.wait()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    pass\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stdin=subprocess.PIPE)\np.stdin.write(b'x')\np.wait()\n",
      "import subprocess\nsubprocess.Popen('airodump-ng wlan0', shell=True, stdout=subprocess.PIPE)\n",
    ],
    valid: [
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, err = p.communicate()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nfor line in p.stdout:\n    print(line)\np.wait()\n",
      "import subprocess\nout = subprocess.Popen(['make'], stdout=subprocess.PIPE).communicate()[0]\n",
      "import subprocess\nout = subprocess.Popen(['make'], stdout=subprocess.PIPE).stdout.read()\n",
      "import subprocess\ndef f():\n    return subprocess.Popen(['make'], stdout=subprocess.PIPE)\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nq = subprocess.Popen(['grep', 'x'], stdin=p.stdout)\n",
      "import subprocess\nsubprocess.Popen(['make']).wait()\n",
      "import subprocess\nsubprocess.Popen(['make'], stdout=subprocess.DEVNULL).wait()\n",
      "import subprocess\nsubprocess.Popen('rm -f x', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nsubprocess.Popen('make >log 2>&1', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nwith self.assertRaises(OSError):\n    subprocess.Popen(['nope'], stdout=subprocess.PIPE)\n",
      "PIPE = 1\ndef Popen(*a, **k): pass\nPopen(['make'], stdout=PIPE)\n",
      "import subprocess\nself.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\n",
    ],
  },
};

const norm = (c: string | Case): Case => (typeof c === 'string' ? { code: c } : c);

for (const [rule, table] of Object.entries(tables)) {
  describe(rule, () => {
    const snapshots = new SnapshotFile(path.join(SNAPSHOTS, 'rules', `${rule}.snap`));
    for (const [i, raw] of table.invalid.entries()) {
      const c = norm(raw);
      test(`invalid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', c.target)).filter((f) => f.rule === rule);
        assert.equal(findings.length, c.lines?.length ?? 1, findings.map((f) => f.message).join('\n'));
        if (c.lines) assert.deepEqual(findings.map((f) => f.range.start.line), c.lines);
        snapshots.check(`${c.target ?? 'py3'} ${JSON.stringify(c.code)}`, renderFindings(c.code, findings));
        await assertMetamorphic('case.py', c.code, 'python', [rule], c.target);
      });
    }
    for (const [i, raw] of table.valid.entries()) {
      const c = norm(raw);
      test(`valid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', c.target)).filter((f) => f.rule === rule);
        assert.deepEqual(findings.map((f) => `${f.range.start.line}: ${f.message}`), []);
        assert.equal(await assertMetamorphic('case.py', c.code, 'python', [rule], c.target), 0);
      });
    }
    test('snapshots: every entry belongs to a case', () => snapshots.finish());
  });
}

test('the article: message names the hazard, position is the call', async () => {
  const findings = await lint("import os\ncmd = 'python test.py'\nos.popen(cmd)\n", ['POP001']);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /SIGPIPE \(Broken pipe\)/);
  assert.deepEqual(findings[0]!.range, { start: { line: 3, column: 1 }, end: { line: 3, column: 14 } });
});

test('columns count code points, not UTF-16 units', async () => {
  const findings = await lint("import os\nx = '𝄞é'; os.popen('ls')\n", ['POP001']);
  assert.deepEqual(findings[0]!.range.start, { line: 2, column: 11 });
});

test('suppression comments', async () => {
  const code = [
    'import os',
    "os.popen('a')  # noqa",
    "os.popen('b')  # noqa: POP001",
    "os.popen('c')  # noqa: POP002",
    "os.popen('d')  # popenlint: ignore[POP001]",
    "os.popen('e')",
  ].join('\n');
  const { lintText } = await import('../src/engine.js');
  const { SourceText } = await import('../src/source.js');
  const r = await lintText('x.py', new SourceText(code), 'python', { enabled: new Set(['POP001']), target: 'py3' });
  assert.deepEqual(r.findings.map((f) => f.range.start.line), [4, 6]);
  const file = await lintText('x.py', new SourceText(`# popenlint: noqa\n${code}`), 'python', { enabled: new Set(['POP001']), target: 'py3' });
  assert.deepEqual(file.findings, []);
});
