/**
 * The corpora, copied into one temporary folder so that every tool sees the same files with
 * no .gitignore above them (pyenv's own .gitignore hides its Python installs, for instance).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Corpus {
  name: string;
  dir: string;
  files: number;
  bytes: number;
  /** Files that mention the prefilter's words (what grep -l would list). */
  candidates: number;
}

const PY_WORDS = /popen|Popen/;
const JS_WORDS = /child_process/;

function stat(dir: string, ext: RegExp, words: RegExp): { files: number; bytes: number; candidates: number } {
  let files = 0;
  let bytes = 0;
  let candidates = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && ext.test(e.name)) {
        const text = fs.readFileSync(p, 'latin1');
        files++;
        bytes += text.length;
        if (words.test(text)) candidates++;
      }
    }
  };
  walk(dir);
  return { files, bytes, candidates };
}

/** This machine's Python standard library, without site-packages, .py files only. */
export function stdlibCorpus(root: string): Corpus {
  const stdlib = execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const dir = path.join(root, 'stdlib');
  fs.cpSync(stdlib, dir, {
    recursive: true,
    filter: (src) => {
      const st = fs.lstatSync(src);
      if (st.isDirectory()) return !['site-packages', '__pycache__', 'dist-packages'].includes(path.basename(src));
      return st.isFile() && src.endsWith('.py');
    },
  });
  return { name: `Python ${pythonVersion()} stdlib`, dir, ...stat(dir, /\.py$/, PY_WORDS) };
}

function pythonVersion(): string {
  return execFileSync('python3', ['-c', 'import sys;print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
}

/**
 * npm as it ships with Node: its own lib/ and bin/ plus the dependencies it bundles, whose
 * node_modules folders are renamed `deps` so that no tool skips them. JS files only.
 */
export function npmCorpus(root: string): Corpus {
  const npmRoot = path.join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm');
  const dir = path.join(root, 'npm');
  const copy = (from: string, to: string) => {
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, e.name);
      if (e.isDirectory()) copy(src, path.join(to, e.name === 'node_modules' ? 'deps' : e.name));
      else if (e.isFile() && /\.(js|cjs|mjs)$/.test(e.name)) {
        fs.mkdirSync(to, { recursive: true });
        fs.copyFileSync(src, path.join(to, e.name));
      }
    }
  };
  copy(npmRoot, dir);
  const version = JSON.parse(fs.readFileSync(path.join(npmRoot, 'package.json'), 'utf8')).version as string;
  return { name: `npm ${version} (with bundled deps)`, dir, ...stat(dir, /\.(js|cjs|mjs)$/, JS_WORDS) };
}

/**
 * The scaling experiment: `factor` extra copies of every file of `base`, with the prefilter's
 * words spelled differently so that no copy is a candidate. Returns the corpus with the
 * extras (base + extras) and the extras alone (to measure the prefilter's own cost).
 */
export function scaledCorpus(root: string, base: Corpus, factor: number): { scaled: Corpus; extras: Corpus } {
  const scaledDir = path.join(root, `${path.basename(base.dir)}-x${factor + 1}`);
  const extrasDir = path.join(scaledDir, 'extra');
  fs.cpSync(base.dir, path.join(scaledDir, 'base'), { recursive: true });
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(base.dir);
  for (let k = 0; k < factor; k++) {
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const text = bytes.toString('latin1').replace(/([pP])open/g, '$1_open').replace(/child_process/g, 'child_proc');
      const dest = path.join(extrasDir, `copy${k}`, path.relative(base.dir, file));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, Buffer.from(text, 'latin1'));
    }
  }
  const ext = /\.(py|js|cjs|mjs)$/;
  const words = base.name.startsWith('npm') ? JS_WORDS : PY_WORDS;
  return {
    scaled: { name: `${base.name} + ${factor}x non-candidates`, dir: scaledDir, ...stat(scaledDir, ext, words) },
    extras: { name: `${factor}x non-candidates alone`, dir: extrasDir, ...stat(extrasDir, ext, words) },
  };
}

/** Source file types, as the grep floor lists them (`--include`). */
export const SOURCE_TYPES = ['py', 'pyw', 'js', 'cjs', 'mjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'];
const SOURCE_RE = new RegExp(`\\.(${SOURCE_TYPES.join('|')})$`);

/**
 * This machine's Python install (`sys.prefix`: the standard library and site-packages), its
 * source files only, copied so that no .gitignore above hides it from any tool.
 */
export function pythonTreeCorpus(root: string): Corpus {
  const prefix = execFileSync('python3', ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' }).trim();
  const dir = path.join(root, 'python-tree');
  fs.cpSync(prefix, dir, {
    recursive: true,
    filter: (src) => {
      const st = fs.lstatSync(src);
      if (st.isDirectory()) return path.basename(src) !== '__pycache__';
      return st.isFile() && SOURCE_RE.test(src);
    },
  });
  renameSkippedFolders(dir);
  return { name: `Python ${pythonVersion()} install (sys.prefix, with site-packages)`, dir, ...stat(dir, SOURCE_RE, /popen|Popen|child_process/) };
}

/**
 * popenlint, like ruff, skips `site-packages` when it walks a folder: the copy names it
 * `site-pkgs` so that every tool, and the grep floor, reads the same 13k files.
 */
function renameSkippedFolders(dir: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const from = path.join(dir, e.name);
    const to = e.name === 'site-packages' ? path.join(dir, 'site-pkgs') : from;
    if (to !== from) fs.renameSync(from, to);
    renameSkippedFolders(to);
  }
}

/** One file: `name` with `text`, alone in a folder. */
export function fileCorpus(root: string, name: string, file: string, text: string): Corpus {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
  const words = /\.py$/.test(file) ? PY_WORDS : JS_WORDS;
  return { name, dir, files: 1, bytes: Buffer.byteLength(text), candidates: words.test(text) ? 1 : 0 };
}

/**
 * `findings` hazards in a module of `lines` lines: functions of filler code, each ending in one
 * hazard of a rotating shape (a dropped os.popen, a handle never read, a Popen only waited).
 */
export function manyFindingsSource(lines = 20_000, findings = 300): string {
  const out = ['"""Generated module."""', 'import os', 'import subprocess', 'from subprocess import PIPE', ''];
  const per = Math.floor((lines - 10) / findings);
  const shapes = [
    () => ["    os.popen('make -C build%d' % n)"],
    (i: number) => [`    p${i} = os.popen('find /tmp/%d' % n)`, '    return n'],
    () => ["    proc = subprocess.Popen(['tar', 'xvf', name], stdout=PIPE)", '    proc.wait()'],
  ];
  for (let i = 0; i < findings; i++) {
    out.push(`def job_${i}(n, name):`, `    """Job ${i}."""`);
    for (let k = 0; k < per - 6; k++) {
      if (k % 5 === 0) out.push(`    total_${k} = n * ${k} + len(name)`);
      else if (k % 5 === 1) out.push(`    if total_${k - 1} > ${k}:`);
      else if (k % 5 === 2) out.push(`        name = name.strip() + str(total_${k - 2})`);
      else if (k % 5 === 3) out.push(`    values = [x * 2 for x in range(${k}) if x % 3]`);
      else out.push("    result = {'key': values, 'n': n, 'name': name}");
    }
    out.push(...shapes[i % shapes.length]!(i), '');
  }
  while (out.length < lines) out.push('# filler');
  return `${out.join('\n')}\n`;
}

/** About `bytes` of generated classes and functions, then one dropped os.popen at the very end. */
export function hugeSource(bytes = 11_000_000): string {
  const out = ['import os', 'import sys', ''];
  let size = 20;
  for (let i = 0; size < bytes; i++) {
    const block = [
      `class Model${i}(object):`,
      `    """Model ${i}."""`,
      '    def __init__(self, value, items=None):',
      '        self.value = value',
      '        self.items = list(items or [])',
      '    def total(self):',
      `        return sum(x * ${(i % 7) + 1} for x in self.items if x > self.value)`,
      `def helper_${i}(a, b=${i}):`,
      `    data = {'a': a, 'b': b, 'name': "helper_${i}"}`,
      '    for key in sorted(data):',
      "        if key.startswith('a'):",
      '            a += len(key)',
      `    return Model${i}(a, [b, a, ${i}]).total()`,
      '',
    ].join('\n') + '\n';
    out.push(block);
    size += block.length;
  }
  out.push('def main():', "    os.popen('python worker.py')", '');
  return out.join('\n');
}

export function emptyCorpus(root: string): Corpus {
  const dir = path.join(root, 'empty');
  fs.mkdirSync(dir, { recursive: true });
  return { name: 'empty folder', dir, files: 0, bytes: 0, candidates: 0 };
}
