import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../rules/index.js';
import { decode } from '../src/encoding.js';
import { FileBytes } from '../src/file-bytes.js';
import { isCandidate, lintText, needlesFor } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { takeTextSummaries, textSummariesSince } from '../src/python/wrapper-prefilter.js';
import type { Language } from '../src/types.js';
import { FIXTURES, tempDir } from './helpers.js';

/**
 * The prefilter decides which files are parsed at all, so it may let through too much, never
 * too little: any file with a finding must pass it.
 */

// The needles of every rule, as with `--select ALL`.
const ALL = { enabled: new Set(allRules.map((r) => r.id)), target: 'py3' as const };
const mentionsCandidate = (bytes: Buffer, language: Language) => isCandidate(bytes, language, ALL);
const py = (s: string) => mentionsCandidate(Buffer.from(s, 'utf8'), 'python');

describe('prefilter', () => {
  test('files that never name popen are skipped', () => {
    assert.equal(py('import os\nprint(1)\n'), false);
    assert.equal(mentionsCandidate(Buffer.from("require('fs')\n"), 'javascript'), false);
    assert.equal(mentionsCandidate(Buffer.from("require('child_process')\n"), 'javascript'), true);
  });

  test('a name in code makes a candidate', () => {
    for (const code of [
      "import os\nos.popen('ls')\n",
      'from os import popen as run\nrun("ls")\n',
      'from os import *\npopen("ls")\n',
      'import subprocess as sp\nsp.Popen(["ls"], stdout=sp.PIPE).wait()\n',
      'import popen2\npopen2.popen3("ls")\n',
      'from popen2 import Popen4\n',
      'os.popen2("ls")\n',
      "x = 'a'; os.popen('b')\n",
      'x = """doc"""\nos.popen("b")\n',
      "x = '''it''s'''\nos.popen('b')\n",
      'x = "esc \\" quote"; os.popen("b")\n',
      "x = 'a\\\nb'; os.popen('c')\n",
      "x = 'a\\\r\nb'; os.popen('c')\r\n",
      '# popen in a comment\nos.popen("x")\n',
      'print "py2"\nos.popen("x")\n',
      "u = ur'x'; os.popen('y')\n",
      'v = b"x" + os.popen("y").read()\n',
      'f"{os.popen(cmd).read()}"\n',
      'f"{x:{os.popen(w)}}"\n',
      "f'{d[\"k\"]}' + os.popen('z')\n",
      'f"{ {1: 2}[1] }" and os.popen("a")\n',
      'def f(popen): pass\n',
      'café = 1; os.popen("x")\n',
      '\ufeffpopen3 = None\n',
    ]) {
      assert.equal(py(code), true, code);
    }
  });

  test('mentions only in comments, plain strings or longer names are skipped', () => {
    for (const code of [
      '# uses os.popen()\nimport os\n',
      '"""Like os.popen(), but better."""\n',
      "x = 'Popen'\n",
      'x = b"popen"\n',
      "x = r'os.popen\\' still'\n",
      'self._popen = None\n',
      'from multiprocessing.popen_fork import x\n',
      'class MyPopenish: pass\n',
      'f"literal popen text {x}"\n',
      'x = """a\n" popen "\nb"""\n',
    ]) {
      assert.equal(py(code), false, code);
    }
  });

  test('what it cannot lex for sure is a candidate', () => {
    assert.equal(py("x = 'unterminated\npopen_like = 1\n"), true);
    assert.equal(py('x = """never closed popen\n'), true);
    assert.equal(py("f'{x:'>10}' # popen\n"), true);
  });

  test('every fixture with a finding passes the prefilter', async () => {
    const enabled = new Set(allRules.map((r) => r.id));
    const files: { file: string; language: Language }[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.py$/.test(e.name)) files.push({ file: p, language: 'python' });
        else if (/\.(js|mjs|cjs|ts|tsx)$/.test(e.name)) files.push({ file: p, language: 'javascript' });
      }
    };
    walk(FIXTURES);
    let withFindings = 0;
    for (const { file, language } of files) {
      const bytes = fs.readFileSync(file);
      let text: string;
      try {
        text = decode(bytes, language).text;
      } catch {
        continue; // undecodable fixtures are never parsed
      }
      const lint = await lintText(file, new SourceText(text), language, { enabled, target: 'py3' });
      if (lint.findings.length === 0) continue;
      withFindings++;
      // With its path, as the engine gets it: a caller of a wrapper in a module it imports
      // (fixtures/hazards/js/shapes/9-wrapper/main.js) is a candidate by that module.
      assert.equal(isCandidate(bytes, language, ALL, file), true, file);
    }
    assert.ok(withFindings > 0);
  });
});

test('prefilter: asyncio files that never say popen are candidates (POP007 needles)', () => {
  assert.equal(py("import asyncio\np = await asyncio.create_subprocess_exec('make', stdout=PIPE)\n"), true);
  assert.equal(py("# create_subprocess_exec in a comment\nx = 1\n"), false);
});

test('prefilter: POP005 judges pipes, so a module is its candidate only with PIPE in code (or a project wrapper)', () => {
  const pop005 = { enabled: new Set(['POP005']), target: 'py3' as const };
  const is = (s: string) => isCandidate(Buffer.from(s), 'python', pop005);
  assert.equal(is("import subprocess as sp\np = sp.Popen(['make'], stdout=sp.PIPE)\np.wait()\n"), true);
  assert.equal(is("from subprocess import PIPE, call\ncall(['make'], stdout=PIPE)\n"), true, 'call() with a pipe');
  assert.equal(is("import subprocess\np = subprocess.Popen(['make'])\np.wait()\n"), false, 'no pipe: nothing to drain');
  assert.equal(is("import subprocess\nsubprocess.call(['make'])\nmock.call(1)\n"), false, 'call() that inherits the output');
  assert.equal(is("import subprocess\n# stdout=subprocess.PIPE\nsubprocess.Popen(['make']).wait()\n"), false, 'PIPE only in a comment');
});

test('prefilter: a caller of a project wrapper is a candidate when the wrapper can hand back a pipe', () => {
  const dir = tempDir('popenlint-prefilter-');
  const files: Record<string, string> = {
    'tools/__init__.py': '',
    // No PIPE in the module: the child inherits the parent's output, there is nothing to drain.
    'tools/bare.py': 'import subprocess\ndef start(cmd):\n    return subprocess.Popen(cmd, shell=True)\nclass Job:\n    def __init__(self, cmd):\n        self.p = subprocess.Popen(cmd)\n',
    'tools/piped.py': 'import subprocess\ndef start(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n',
    // os.popen always pipes: no PIPE needed.
    'tools/legacy.py': 'import os\ndef start(cmd):\n    return os.popen(cmd)\n',
    // A wrapper of a wrapper that has no pipe has none either.
    'tools/outer.py': 'from tools.bare import start\ndef go(cmd):\n    return start(cmd)\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const caller = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.writeFileSync(file, text);
    return isCandidate(Buffer.from(text), 'python', ALL, file);
  };
  assert.equal(caller('a.py', "from tools.bare import start\nstart('make').wait()\n"), false, 'a Popen wrapper without a pipe');
  assert.equal(caller('b.py', "from tools.bare import Job\nJob('make').p.wait()\n"), false, 'a class that keeps a Popen without a pipe');
  assert.equal(caller('c.py', "from tools.outer import go\ngo('make').wait()\n"), false, 'a wrapper of a wrapper without a pipe');
  assert.equal(caller('d.py', "from tools.piped import start\nstart('make').wait()\n"), true);
  assert.equal(caller('e.py', "from tools.legacy import start\nstart('make')\n"), true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('prefilter: the module summaries it made are handed to a lint worker once each, which takes them instead of reading the modules', () => {
  const dir = tempDir('popenlint-prefilter-');
  try {
    fs.mkdirSync(path.join(dir, 'tools'));
    fs.writeFileSync(path.join(dir, 'tools/__init__.py'), '');
    fs.writeFileSync(path.join(dir, 'tools/piped.py'), 'import subprocess\ndef start(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n');
    // Defines nothing: only an answer taken from elsewhere makes it a wrapper module.
    fs.writeFileSync(path.join(dir, 'tools/plain.py'), 'X = 1\n');
    const caller = (rel: string, text: string) => {
      const file = path.join(dir, rel);
      fs.writeFileSync(file, text);
      return isCandidate(Buffer.from(text), 'python', ALL, file);
    };
    const before = textSummariesSince(0).next;
    assert.equal(caller('a.py', "from tools.piped import start\nstart('make').wait()\n"), true);
    const { summaries, next } = textSummariesSince(before);
    assert.deepEqual(summaries.find(([file]) => file === path.join(dir, 'tools/piped.py'))?.[1], [['start', { index: 0, name: 'cmd' }]]);
    assert.deepEqual(textSummariesSince(next).summaries, [], 'each answer once');
    // A worker's side: an answer it is handed stands for the module, one it has is kept.
    takeTextSummaries([[path.join(dir, 'tools/plain.py'), [['start', { index: 0, name: 'cmd' }]]], [path.join(dir, 'tools/piped.py'), []]]);
    assert.equal(caller('b.py', "from tools.plain import start\nstart('make').wait()\n"), true, 'the answer handed over');
    assert.equal(caller('c.py', "from tools.piped import start\nstart('make').wait()\n"), true, 'its own answer kept');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('prefilter: a rule with required words needs one of them in code too (POP006, POP009: what the parent holds)', () => {
  const pop006 = { enabled: new Set(['POP006']), target: 'py2' as const };
  const is = (s: string) => isCandidate(Buffer.from(s), 'python', pop006);
  assert.equal(is("import subprocess\nsubprocess.call('x &', shell=True)\n"), false, 'a child, nothing held');
  assert.equal(is("import socket, subprocess\ns = socket.socket()\nsubprocess.call('x &', shell=True)\n"), false, 'a socket is POP009\'s');
  assert.equal(isCandidate(Buffer.from("import socket, subprocess\ns = socket.socket()\nsubprocess.call('x &', shell=True)\n"), 'python', { enabled: new Set(['POP009']), target: 'py2' }), true);
  assert.equal(is("import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['x'])\n"), true);
  assert.equal(is("import subprocess\n# socket.socket() in a comment\nsubprocess.Popen(['x'])\n"), false);
  assert.equal(is("import socket\ns = socket.socket()\n"), false, 'held, but no child');
  // Every rule together: the others' needles still make a candidate on their own.
  assert.equal(py("import os\nos.popen('ls')\n"), true);
});

test('prefilter: a read of a shell line\'s output is a POP006 candidate only with an `&` somewhere (its background job)', () => {
  const pop006 = { enabled: new Set(['POP006']), target: 'py3' as const };
  const is = (s: string) => isCandidate(Buffer.from(s), 'python', pop006);
  assert.equal(is("import subprocess\nout = subprocess.check_output('make', shell=True)\n"), false, 'no job in the background');
  assert.equal(is("import subprocess\nout = subprocess.check_output('make 2>/dev/null', shell=True)\nx = a & b\n"), true, 'an & anywhere');
  assert.equal(is("import subprocess\nout = subprocess.check_output('nohup ./server.sh &', shell=True)\n"), true);
  assert.equal(is("import subprocess\nout = subprocess.getoutput('./server.sh \\x26')\n"), true, 'an escape that decodes to &');
  assert.equal(is("import os\nprint(os.popen('./server.sh \\046').read())\n"), true, 'an octal escape');
  // A pipe the module makes needs no &: a child that outlives the call inherits it.
  assert.equal(is("import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['ls'])\n"), true);
  assert.equal(is("import os, subprocess\nr, w = os.pipe()\nsubprocess.check_output(['ls'])\n"), false, 'check_output waits: its child outlives nothing');
});

test('prefilter: the word search (one pass for many words) answers as a search per word would', () => {
  const needles = needlesFor('python', ALL.enabled);
  const rules = allRules.filter((r) => r.language === 'python');
  const naive = (b: Buffer) => rules.flatMap((r) => r.prefilter ?? [r]).some((g) => g.needles.some((w) => b.includes(w)) && (!g.requires?.length || g.requires.some((w) => b.includes(w))) && (!g.bytes?.length || g.bytes.some((x) => b.includes(x))));
  const texts: Buffer[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) texts.push(fs.readFileSync(p));
    }
  };
  walk(FIXTURES);
  // Every word alone, with a needle of POP006, and each pair: each path of the search.
  const words = [...new Set(rules.flatMap((r) => [...r.needles, ...(r.requires ?? [])]))];
  for (const w of words) texts.push(Buffer.from(`x = ${w}\n`), Buffer.from(`run(${w})\n`), ...words.map((v) => Buffer.from(`${w} ${v}\n`)), ...words.map((v) => Buffer.from(`${w} ${v} '&'\n`)));
  let hits = 0;
  for (const b of texts) {
    assert.equal(needles.occursIn(b), naive(b), b.toString('latin1').slice(0, 80));
    if (naive(b)) hits++;
  }
  assert.ok(hits > 0 && hits < texts.length);
});

test('prefilter: ruledOut says a word is absent only for the bytes its gate has just ruled out, and only for gate words', () => {
  const needles = needlesFor('python', ALL.enabled);
  const opener = ['popen', 'PIPE'];
  const none = Buffer.from('import os\r\nprint("caf\xe9")\n');
  const piped = Buffer.from('from subprocess import PIPE\n');
  const spaced = Buffer.from('x = po\r\npen\n');
  for (const [b, absent] of [[none, true], [piped, false], [spaced, true], [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('popen')]), false]] as const) {
    needles.occurring(b);
    assert.equal(needles.ruledOut(b, opener), absent, b.toString('latin1'));
    assert.equal(needles.ruledOut(b, opener), !opener.some((w) => b.includes(w)) && absent, b.toString('latin1'));
  }
  needles.occurring(none);
  // Another Buffer with the same bytes, or a word the gate does not search (`Popen`): unknown.
  assert.equal(needles.ruledOut(Buffer.from(none), opener), false);
  assert.equal(needles.ruledOut(none, ['Popen']), false);
  needles.occurring(piped);
  assert.equal(needles.ruledOut(none, opener), false, 'the last bytes prefiltered are those asked about');
});

describe('FileBytes (the prefilter pass and the wrapper prefilter read through one buffer)', () => {
  test('each read gives exactly the file bytes, below and past the first buffer size, with no tail of an earlier read', () => {
    const dir = tempDir();
    const big = Buffer.alloc(3 * (1 << 20) + 7, 0x61);
    big[big.length - 1] = 0x7a;
    fs.writeFileSync(path.join(dir, 'big.py'), big);
    fs.writeFileSync(path.join(dir, 'small.py'), 'import os\n');
    fs.writeFileSync(path.join(dir, 'empty.py'), '');
    const reader = new FileBytes();
    assert.deepEqual(reader.read(path.join(dir, 'small.py')), Buffer.from('import os\n'));
    assert.ok(reader.read(path.join(dir, 'big.py'))!.equals(big));
    assert.deepEqual(reader.read(path.join(dir, 'small.py')), Buffer.from('import os\n'));
    assert.equal(reader.read(path.join(dir, 'empty.py'))!.length, 0);
  });

  test('a file whose size stat gives as 0 (/proc) is read to its end', { skip: !fs.existsSync('/proc/self/status') }, () => {
    assert.match(new FileBytes().read('/proc/self/status')!.toString('latin1'), /^Name:[\s\S]*\nPid:/);
  });

  test('a file of exactly the buffer size, one byte less or more, and one read again after a larger one', () => {
    const dir = tempDir();
    const reader = new FileBytes();
    for (const size of [(1 << 20) - 1, 1 << 20, (1 << 20) + 1]) {
      const bytes = Buffer.alloc(size, 0x62);
      bytes[size - 1] = 0x79;
      fs.writeFileSync(path.join(dir, `f${size}.py`), bytes);
      assert.ok(new FileBytes().read(path.join(dir, `f${size}.py`))!.equals(bytes), `${size} bytes, fresh reader`);
      assert.ok(reader.read(path.join(dir, `f${size}.py`))!.equals(bytes), `${size} bytes, reused reader`);
    }
  });

  test('a device gives null, whether it reads empty or endless', { skip: process.platform === 'win32' }, () => {
    const reader = new FileBytes();
    assert.equal(reader.read('/dev/null'), null);
    assert.equal(reader.read('/dev/zero'), null);
  });

  test('a folder, a missing file and a FIFO give null, without blocking', () => {
    const dir = tempDir();
    const reader = new FileBytes();
    assert.equal(reader.read(dir), null);
    assert.equal(reader.read(path.join(dir, 'missing.py')), null);
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [path.join(dir, 'fifo.py')]);
      assert.equal(reader.read(path.join(dir, 'fifo.py')), null);
    }
  });
});
