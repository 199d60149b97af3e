import type { ts as TS } from 'ts-morph';
import { classifyArgv, isListed } from '../knowledge/commands.js';
import { ts } from './load.js';
import { commandText, loopValues, returnsOf } from './command-text.js';
import { type JsModel, literalMember, skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';

/**
 * The program a child_process call runs, read from the expression in the program's place: a
 * literal, `process.execPath`, a constant, a lookup by name (`which.sync('ffmpeg')`), a path
 * whose last segment is the program, or a name that says it holds a program's location
 * (`ffmpegPath`, `require('ffmpeg-static')`). The argument words are argv.ts's.
 */

/**
 * The program an expression names: a literal, `process.execPath` (node), a lookup by name
 * (`getBinPath('go')`, `which.sync('ffmpeg')`), or either branch of `cond ? 'a' : 'b'`.
 */
export function programs(model: JsModel, e: TS.Expression | undefined, depth = 0): (string | null)[] {
  if (!e || depth > 4) return [null];
  const v = model.initializerOf(e);
  const constant = staticValue(model, v);
  if (constant) return programs(model, constant, depth + 1);
  // const CONSTANTS = { exec: 'dot' }; spawnSync(CONSTANTS.exec, ...): a property of a module's
  // object literal that nothing writes.
  const held = constProperty(model, v);
  if (held) return programs(model, held, depth + 1);
  if (ts.isPropertyAccessExpression(v) && v.getText() === 'process.execPath' && !model.lookup(v.expression as TS.Identifier)) return ['node'];
  // process.argv[0] is the path of the node running this process, as process.execPath is (audit 28:
  // grunt-contrib-watch's test helper spawns grunt with it).
  if (ts.isElementAccessExpression(v) && v.getText().replace(/\s+/g, '') === 'process.argv[0]' && !model.lookup(((v.expression as TS.PropertyAccessExpression).expression) as TS.Identifier)) return ['node'];
  if (ts.isConditionalExpression(v)) return choice(model, [v.whenTrue, v.whenFalse], depth);
  // for (const bin of ['git', 'hg']): each program the loop runs.
  const looped = loopValues(model, v);
  if (looped) return choice(model, looped, depth);
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind)) return choice(model, [v.left, v.right], depth);
  // getCommand(): what a local function returns.
  const returned = ts.isCallExpression(v) && v.arguments.length === 0 ? returnsOf(model, v) : null;
  if (returned) return choice(model, returned, depth);
  // path.resolve(dir, '..', 'Update.exe'): the program is the last segment; a directory
  // (path.dirname(x)) names none.
  const pathFn = ts.isCallExpression(v) ? pathCall(model, v) : null;
  if (pathFn === 'dirname') return [null];
  if (pathFn) {
    const last = (v as TS.CallExpression).arguments.at(-1);
    return last && !ts.isSpreadElement(last) ? programs(model, last, depth + 1) : [null];
  }
  if (ts.isCallExpression(v) && v.arguments.length >= 1 && /(bin|path|which|find|resolve|tool|command|executable)/i.test(v.expression.getText())) {
    const names = programs(model, v.arguments[0], depth + 1);
    if (names.every((n) => n !== null && /^[\w.+-]+$/.test(n))) return names;
  }
  // const pathToFfmpeg = require('ffmpeg-static'): the name it was given, then the package.
  return [commandText(model, v) ?? namedProgram(model, v) ?? (v !== skipOuter(e) ? namedProgram(model, e) : null) ?? packageProgram(model, v)];
}

/**
 * `X.key` where `X` is a `const` bound to an object literal with `key: value` and no property of
 * `X` is ever written (`X.key = ...`, `X[k] = ...`) nor `X` handed to a function that may
 * (`Object.assign(X, ...)`): the value. Null otherwise.
 */
function constProperty(model: JsModel, e: TS.Expression): TS.Expression | null {
  const member = literalMember(model, e);
  if (!member || member.binding.kind !== 'const') return null;
  for (const ref of model.references(member.binding)) {
    const p = ref.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === ref) {
      if (isWriteTarget(p)) return null;
    } else if (ts.isCallExpression(p) && p.arguments.includes(ref)) return null;
  }
  return member.value;
}

/**
 * Words that say what a name holds, not which program: `binPath`, `cmd`, `this.command`, `exe`.
 * Some are programs too (`file`, `cmd`, `command`, `which`, `env`, `open`, `time`, `test`), so a
 * name made of them alone names none.
 */
const HOLDER_WORDS = new Set(['path', 'paths', 'bin', 'binary', 'exe', 'executable', 'exec', 'cmd', 'command', 'program', 'prog', 'app', 'application', 'tool', 'runner', 'run', 'shell', 'process', 'proc', 'child', 'spawn', 'file', 'dir', 'directory', 'folder', 'location', 'loc', 'to', 'of', 'the', 'my', 'custom', 'default', 'local', 'global', 'system', 'static', 'installer', 'config', 'conf', 'cfg', 'settings', 'setting', 'options', 'option', 'opts', 'opt', 'params', 'args', 'argv', 'env', 'which', 'open', 'start', 'time', 'test', 'true', 'false', 'yes', 'new', 'old', 'full', 'abs', 'real', 'resolved', 'found', 'this', 'self', 'that', 's', 'e', 'o', 'x', 'js', 'node', 'modules', 'lib', 'main', 'index', 'version', 'win', 'win32', 'linux', 'darwin', 'mac', 'osx', 'url', 'name', 'exports', 'module', 'default']);

/** Words that say a name holds where a program is: `ffmpegPath`, `gitBin`, `config.ffmpegDir`, `ffmpeg-static`. */
const LOCATION_WORDS = new Set(['path', 'bin', 'binary', 'exe', 'executable', 'dir', 'directory', 'location', 'installer', 'static', 'cmd', 'command']);

/** Programs whose names are everyday words, which a name holds for other reasons (`config.watch`, `this.find`, `opts.time`). */
const EVERYDAY = new Set(['watch', 'find', 'make', 'sort', 'head', 'tail', 'top', 'kill', 'time', 'test', 'open', 'start', 'file', 'cat', 'more', 'less', 'screen', 'script', 'join', 'split', 'paste', 'cut', 'date', 'touch', 'link', 'yes', 'true', 'false', 'ping', 'say', 'wait', 'sleep', 'stat', 'last', 'who', 'id', 'install', 'serve', 'server', 'build', 'run', 'code', 'view', 'look', 'write', 'read', 'echo', 'print', 'list', 'tree', 'diff', 'patch', 'which', 'type', 'env', 'shell', 'service', 'mount', 'su', 'go', 'dig', 'host', 'nice', 'at', 'ip', 'ss', 'ls', 'cp', 'mv', 'rm', 'ps', 'df', 'du', 'dd', 'nc', 'tr', 'wc', 'bc', 'ar', 'as', 'ld', 'cc', 'pr', 'od', 'sh', 'lp']);

/** `pathToFfmpeg` -> path, to, ffmpeg; `FFMPEG_PATH` -> ffmpeg, path; `@ffmpeg-installer/ffmpeg` -> ffmpeg, installer, ffmpeg. */
function wordsOf(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9+]+/).filter(Boolean);
}

/**
 * The one program a name holds as a word of its own, when the command knowledge lists it and
 * the other words only say where it is: `pathToFfmpeg`, `config.ffmpegDir`, `FFMPEG_PATH`,
 * `ffmpeg.path`, `settings.gitBinary`. A name that holds two programs, or words for data
 * (`outputPath`, `logFile`), names none. Null otherwise.
 */
export function programInName(name: string): string | null {
  const words = wordsOf(name);
  if (words.some((w) => DATA_WORDS.has(w) && !HOLDER_WORDS.has(w))) return null;
  // `config.watch`, `opts.find`: without a word for a location, a program that is also an
  // everyday word names a setting (a command line, a flag), not the program.
  const located = words.some((w) => LOCATION_WORDS.has(w));
  // `ytDlpPath`, `youtubeDlBin`: a hyphenated program's words, side by side.
  const pairs = words.slice(1).map((w, i) => `${words[i]}-${w}`).filter((p) => isListed(p));
  const found = new Set([...pairs, ...words.filter((w) => !HOLDER_WORDS.has(w) && !pairs.some((p) => p.split('-').includes(w)) && isListed(w))]);
  if (found.size !== 1) return null;
  const program = [...found][0]!;
  // Without a word for a location, only a name that is the program's name and nothing more
  // (`ffmpeg`, `config.ffmpeg`, `FFMPEG`), and not an everyday word: `preferedEmulator` is a
  // terminal emulator, not Android's `emulator`; `config.watch` a command line, not watch(1).
  const rest = words.filter((w) => !HOLDER_WORDS.has(w));
  return located || (rest.join('-') === program && !EVERYDAY.has(program)) ? program : null;
}

/**
 * Ex) require('ffmpeg-static'), require('@ffmpeg-installer/ffmpeg').path, require('electron'):
 * a package that installs a program and exports its path, named for it. Null otherwise.
 */
function packageProgram(model: JsModel, v: TS.Expression): string | null {
  let e = skipOuter(v);
  if (ts.isPropertyAccessExpression(e) && HOLDER_WORDS.has(e.name.text.toLowerCase())) e = skipOuter(e.expression);
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require' || model.lookup(e.expression)) return null;
  const spec = stringValue(e.arguments[0]);
  return spec === null || spec.startsWith('.') ? null : programInName(spec);
}

/**
 * `Term.PATH` where `class Term { static PATH = '/usr/bin/gnome-terminal' }` is a class of this
 * file and nothing assigns `Term.PATH`: the value it is declared with. Null otherwise.
 */
function staticValue(model: JsModel, e: TS.Expression): TS.Expression | null {
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return null;
  const b = model.lookup(e.expression);
  if (!b || b.kind !== 'class' || !ts.isClassDeclaration(b.decl)) return null;
  const name = e.name.text;
  const member = b.decl.members.find((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === name && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword));
  if (!member || !ts.isPropertyDeclaration(member) || !member.initializer) return null;
  const written = model.references(b).some((r) => ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && r.parent.name.text === name && isWriteTarget(r.parent));
  // Inside the class, `this.PATH = x` in a static method writes it too.
  const self = (n: TS.Node): boolean => (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && n.name.text === name && isWriteTarget(n)) || !!ts.forEachChild(n, (c) => self(c) || undefined);
  return written || self(b.decl) ? null : member.initializer;
}

/**
 * The program a name says it locates (`rgPath`, `options.gitBinary`, `this.ffmpegPath`: rg, git,
 * ffmpeg) when the command knowledge lists it; a stem that is a word for data (`filePath`,
 * `outputPath`) names none.
 */
export function namedProgram(model: JsModel, e: TS.Expression, depth = 0): string | null {
  const v = skipOuter(e);
  // options.ffmpegPath || ffmpegPath: the same program on either side.
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind) && depth < 4) {
    // A side that names no program but says it holds one's location (`defaultPath`) agrees.
    const sides = [v.left, v.right].map((x) => ({ name: namedProgram(model, x, depth + 1), locates: locatesProgram(model, x) }));
    const names = new Set(sides.flatMap((x) => (x.name ? [x.name] : [])));
    return names.size === 1 && sides.every((x) => x.name || x.locates) ? [...names][0]! : null;
  }
  const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
  // `rgPath`, `HandbrakeCLIPath`: a program's own spelling, which may have capitals.
  const m = name ? /^(?:_*)([A-Za-z][A-Za-z0-9]*?)(?:Path|Bin|Binary|Exe|Executable)$/.exec(name) : null;
  const stem = m?.[1];
  if (stem && !DATA_WORDS.has(stem.toLowerCase()) && (isListed(stem) || !!classifyArgv([stem]).scales)) return stem;
  // `pathToFfmpeg`, `config.ffmpegDir`, `FFMPEG_PATH`, `ffmpeg.path`: a listed program as a word of the name.
  const chain = ts.isPropertyAccessExpression(v) && HOLDER_WORDS.has(v.name.text.toLowerCase()) ? v.getText() : name;
  const worded = chain ? programInName(chain) : null;
  if (worded) return worded;
  if (!stem || DATA_WORDS.has(stem.toLowerCase())) return null;
  // `const handbrakePath = options.HandbrakeCLIPath || HandbrakeCLIPath`: what the name holds.
  const init = ts.isIdentifier(v) ? model.initializerOf(v) : v;
  return init !== v && depth < 4 ? namedProgram(model, init, depth + 1) : null;
}

/** Stems that name data, not a program, before `Path`: `filePath`, `dirPath`, `outputPath`. */
const DATA_WORDS = new Set(['file', 'dir', 'folder', 'output', 'input', 'target', 'source', 'src', 'dest', 'out', 'log', 'config', 'base', 'root', 'full', 'abs', 'rel', 'tmp', 'temp', 'cache', 'data', 'script', 'module', 'package', 'project', 'work', 'home', 'image', 'archive', 'zip', 'patch', 'diff']);

/**
 * The programs of several alternatives. `process.env.PANDOC || 'pandoc'`, `cfg.gitPath ?? 'git'`:
 * an environment variable or a path setting beside a written program is that program installed
 * elsewhere, so the written one judges; any other unknown alternative stays unknown.
 */
function choice(model: JsModel, alternatives: readonly TS.Expression[], depth: number): (string | null)[] {
  const sides = alternatives.map((a) => ({ names: programs(model, a, depth + 1), override: locatesProgram(model, a) }));
  const known = sides.filter((s) => s.names.every((n) => n !== null));
  if (known.length && sides.every((s) => known.includes(s) || s.override)) return known.flatMap((s) => s.names);
  return sides.flatMap((s) => s.names);
}

/** `process.env.X`, or a name, property or call that says it holds a program's location (`pandocPath`, `config.get('binary')`). */
function locatesProgram(model: JsModel, e: TS.Expression): boolean {
  const v = model.initializerOf(e);
  if ((ts.isPropertyAccessExpression(v) || ts.isElementAccessExpression(v)) && skipOuter(v.expression).getText().replace(/\s+/g, '') === 'process.env') return true;
  // config['bin'] as well as config.bin
  const last = ts.isCallExpression(v) ? (v.arguments[0] && !ts.isSpreadElement(v.arguments[0]) ? stringValue(v.arguments[0]) : null) : ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : ts.isElementAccessExpression(v) ? stringValue(v.argumentExpression) : null;
  return last !== null && /(path|bin|binary|exe|executable)$/i.test(last);
}

/** `path.join`/`path.resolve` (also `path.win32.join`, `join` imported from `path`), `path.dirname`. */
function pathCall(model: JsModel, call: TS.CallExpression): 'join' | 'dirname' | null {
  const m = /^path(?:\.(?:posix|win32))?\.(join|resolve|dirname)$/.exec(model.qualifiedName(call.expression) ?? '');
  return !m ? null : m[1] === 'dirname' ? 'dirname' : 'join';
}
