#!/usr/bin/env node
/**
 * `npm run grammar [-- VERSION]`: takes the Python grammar from the tree-sitter-python release
 * on npm (its `tree-sitter-python.wasm` and LICENSE) into src/python/grammar/, and records the
 * release, the tarball's integrity and the file's SHA-256 in source.json. The package itself is
 * never installed: its install script builds a native addon we do not use, and a dependency
 * would bring that script (and npm's warning about it) to every user's install.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'python', 'grammar');
const SOURCE = path.join(DIR, 'source.json');
const current = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
const version = process.argv[2] ?? current.version;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-grammar-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [packed] = JSON.parse(execFileSync(npm, ['pack', `${current.package}@${version}`, '--json', '--pack-destination', tmp], { encoding: 'utf8', shell: process.platform === 'win32' }));
  execFileSync('tar', ['xzf', path.join(tmp, packed.filename), '-C', tmp, 'package/tree-sitter-python.wasm', 'package/LICENSE']);
  const wasm = fs.readFileSync(path.join(tmp, 'package', 'tree-sitter-python.wasm'));
  fs.writeFileSync(path.join(DIR, 'tree-sitter-python.wasm'), wasm);
  fs.copyFileSync(path.join(tmp, 'package', 'LICENSE'), path.join(DIR, 'LICENSE'));
  const source = {
    package: current.package,
    version: packed.version,
    integrity: packed.integrity,
    file: 'tree-sitter-python.wasm',
    sha256: crypto.createHash('sha256').update(wasm).digest('hex'),
  };
  fs.writeFileSync(SOURCE, `${JSON.stringify(source, null, 2)}\n`);
  process.stdout.write(`${source.package}@${source.version}: ${source.file} ${source.sha256}\n`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
