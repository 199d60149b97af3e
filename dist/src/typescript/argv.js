import { classifyArgv, isListed } from '../knowledge/commands.js';
import { ts } from './load.js';
import { commandText, loopValues, returnsOf } from './command-text.js';
import { changedAfterDeclaration, changesListInPlace } from './options.js';
import { literalMember, skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
/**
 * The program a child_process call runs and its argument words, read from the call's
 * expressions as far as the source shows them (command.ts looks them up in the knowledge).
 */
/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
export function argvWords(model, expr, depth = 0) {
    if (!expr)
        return [];
    const e = model.initializerOf(expr);
    // buildArgs(options): the one array a local function returns.
    const returned = depth < 2 && ts.isCallExpression(e) ? returnsOf(model, e) : null;
    if (returned?.length === 1)
        return argvWords(model, returned[0], depth + 1);
    if (ts.isArrayLiteralExpression(e) && !changedAfterDeclaration(model, expr, null))
        return arrayWords(model, e);
    // const args = tags ? ['-tags', tags] : []; args.push('referrers', pos): the words pushed
    // before the call follow a start that is known, or unknown (null: some words, no subcommand).
    const start = ts.isArrayLiteralExpression(e) ? arrayWords(model, e) : ts.isConditionalExpression(e) && [e.whenTrue, e.whenFalse].every((b) => ts.isArrayLiteralExpression(skipOuter(b))) ? [null] : null;
    const pushed = start && pushedWords(model, expr);
    if (start && pushed)
        return [...start, ...pushed];
    // let args = ['log', '-l0']; ... args = more(args): its first words, then words unknown.
    const first = letArray(model, expr);
    if (first)
        return [...(start ?? arrayWords(model, first)), null];
    // [root].concat(patterns): the array's words, then each argument's (an array written here), or
    // words not known (a value may hold several).
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'concat' && ts.isArrayLiteralExpression(skipOuter(e.expression.expression))) {
        const head = arrayWords(model, skipOuter(e.expression.expression));
        return [...head, ...e.arguments.flatMap((a) => {
                const v = ts.isSpreadElement(a) ? null : model.initializerOf(a);
                return v && ts.isArrayLiteralExpression(v) ? arrayWords(model, v) : [null];
            })];
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split') {
        const text = commandText(model, e.expression.expression);
        if (text !== null)
            return text.split(/\s+/).filter(Boolean);
    }
    return [null];
}
/**
 * Ex) const param = isMac ? '-sk' : '-sb'; spawnSync('du', [param, folder])
 *     -> [['-sk', null], ['-sb', null]]
 * The argument words, once for each word a conditional of literals in the array (itself or a
 * name bound to one) can be: the caller classifies each and takes the loudest. The words of
 * argvWords() alone when no word is such a choice (at most 8 variants).
 */
export function argvVariants(model, expr, depth = 0) {
    const built = expr && depth < 4 ? builtVariants(model, expr, depth) : null;
    if (built)
        return built;
    const words = argvWords(model, expr);
    const e = expr ? model.initializerOf(expr) : null;
    if (!e || !ts.isArrayLiteralExpression(e) || changedAfterDeclaration(model, expr, null))
        return [words];
    let variants = [words];
    e.elements.forEach((el, i) => {
        if (i >= words.length || ts.isSpreadElement(el))
            return;
        const options = wordChoices(model, el);
        if (!options || variants.length * options.length > 8)
            return;
        variants = variants.flatMap((v) => options.map((o) => v.map((w, j) => (j === i ? o : w))));
    });
    return variants;
}
/**
 * Ex) let cmd; if (mac) cmd = ['-f', 'avfoundation', ...]; else cmd = ['-f', 'dshow', ...]
 * Ex) const cmd = common.concat(audio).concat(video).concat([output])
 * The words of a list assigned one of several array literals (each one a variant), or built by
 * `concat` from lists known so (the variants of each part, side by side; at most 8). Null for
 * any other shape, which argvWords() reads.
 */
function builtVariants(model, expr, depth) {
    const e = model.initializerOf(expr);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'concat') {
        const receiver = skipOuter(e.expression.expression);
        // [root].concat(patterns): argvWords() reads a literal start.
        if (ts.isArrayLiteralExpression(receiver))
            return null;
        const parts = [receiver, ...e.arguments].map((a) => (ts.isSpreadElement(a) ? [[null]] : argvVariants(model, a, depth + 1)));
        if (parts[0].every((w) => w.length === 1 && w[0] === null))
            return null;
        let out = [[]];
        for (const part of parts) {
            if (out.length * part.length > 8)
                return null;
            out = out.flatMap((head) => part.map((tail) => [...head, ...tail]));
        }
        return out;
    }
    const arrays = assignedArrays(model, e);
    return arrays && arrays.length > 1 ? arrays.slice(0, 8).map((a) => arrayWords(model, a)) : null;
}
/**
 * The array literals a `let`/`var` name is given, when nothing else writes it or changes the
 * list in place (`push`, `splice`): each one a value it may hold at a read. Null otherwise.
 */
function assignedArrays(model, e) {
    const b = ts.isIdentifier(e) ? model.lookup(e) : null;
    if (!b || (b.kind !== 'let' && b.kind !== 'var') || (b.path && b.path.length))
        return null;
    const arrays = [];
    if (b.init) {
        const init = skipOuter(b.init);
        if (!ts.isArrayLiteralExpression(init))
            return null;
        arrays.push(init);
    }
    for (const ref of model.references(b)) {
        let r = ref;
        while (ts.isParenthesizedExpression(r.parent))
            r = r.parent;
        const p = r.parent;
        if (isWriteTarget(ref)) {
            const value = ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken ? skipOuter(p.right) : null;
            if (!value || !ts.isArrayLiteralExpression(value))
                return null;
            arrays.push(value);
        }
        else if (changesListInPlace(r))
            return null;
    }
    return arrays;
}
/** `c ? 'a' : 'b'` (or a name bound to it, with nested choices): each literal word; null otherwise. */
function wordChoices(model, el, depth = 0) {
    const v = model.initializerOf(el);
    if (!ts.isConditionalExpression(v) || depth > 3)
        return null;
    const out = [];
    for (const branch of [v.whenTrue, v.whenFalse]) {
        const literal = stringValue(skipOuter(branch));
        const inner = literal === null ? wordChoices(model, branch, depth + 1) : [literal];
        if (!inner)
            return null;
        out.push(...inner);
    }
    return out;
}
/** The array literal a `let`/`var` array starts as, when the name is assigned again (or changed) later. */
function letArray(model, expr) {
    const id = skipOuter(expr);
    const b = ts.isIdentifier(id) ? model.lookup(id) : null;
    const init = b && (b.kind === 'let' || b.kind === 'var') && b.init && b.path?.length === 0 ? skipOuter(b.init) : null;
    return init && ts.isArrayLiteralExpression(init) ? init : null;
}
function arrayWords(model, e) {
    const words = [];
    for (const el of e.elements) {
        if (ts.isSpreadElement(el)) {
            const spread = spreadWords(model, el.expression, 0);
            if (!spread)
                return [...words, null];
            words.push(...spread);
            continue;
        }
        words.push(commandText(model, el));
    }
    return words;
}
/**
 * `...cookieArgs` with `const cookieArgs = path ? ['--cookies', path] : []`: the words of the
 * lists written here, every branch's (a flag on either branch counts, the quiet one too). null
 * when it is anything else.
 */
function spreadWords(model, expr, depth) {
    const v = skipOuter(model.initializerOf(expr));
    if (ts.isArrayLiteralExpression(v)) {
        if (v.elements.some((el) => ts.isSpreadElement(el)))
            return null;
        return v.elements.map((el) => commandText(model, el));
    }
    if (ts.isConditionalExpression(v) && depth < 3) {
        const a = spreadWords(model, v.whenTrue, depth + 1);
        const b = spreadWords(model, v.whenFalse, depth + 1);
        return a && b ? [...a, ...b] : null;
    }
    return null;
}
/**
 * The words `name.push(...)` adds to an array before `expr` reads it, in source order; null
 * when the array changes any other way (or is handed to other code) before that.
 */
function pushedWords(model, expr) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return null;
    const b = model.lookup(id);
    if (!b || !b.init || model.isReassigned(b))
        return null;
    const words = [];
    for (const ref of model.references(b)) {
        if (ref === id || ref.pos > id.pos)
            continue;
        const p = ref.parent;
        const call = p.parent;
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === 'push' && ts.isCallExpression(call) && call.expression === p) {
            for (const a of call.arguments)
                words.push(ts.isSpreadElement(a) ? null : commandText(model, a));
            continue;
        }
        // Array.prototype.push.apply(args, extra), [].push.apply(args, extra): words appended, unknown.
        if (ts.isCallExpression(p) && p.arguments[0] === ref && /^(Array\.prototype|\[\s*\])\.push\.apply$/.test(skipOuter(p.expression).getText())) {
            words.push(null);
            continue;
        }
        // args.splice(at, 0, ...extra): words inserted, none removed; where they go and what they
        // are is not known, but the words written stay (audit 34: yt-dlx's proxy and ffmpeg options
        // spliced into `['--dump-single-json', query, ...]`).
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === 'splice' && ts.isCallExpression(call) && call.expression === p && call.arguments.length > 2 && ts.isNumericLiteral(skipOuter(call.arguments[1])) && Number(skipOuter(call.arguments[1]).text) === 0) {
            words.push(null);
            continue;
        }
        // A read that changes nothing: `args.length`, `args.indexOf('-i')`.
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && ['length', 'indexOf', 'includes'].includes(p.name.text))
            continue;
        return null;
    }
    return words;
}
/**
 * The program an expression names: a literal, `process.execPath` (node), a lookup by name
 * (`getBinPath('go')`, `which.sync('ffmpeg')`), or either branch of `cond ? 'a' : 'b'`.
 */
export function programs(model, e, depth = 0) {
    if (!e || depth > 4)
        return [null];
    const v = model.initializerOf(e);
    const constant = staticValue(model, v);
    if (constant)
        return programs(model, constant, depth + 1);
    // const CONSTANTS = { exec: 'dot' }; spawnSync(CONSTANTS.exec, ...): a property of a module's
    // object literal that nothing writes.
    const held = constProperty(model, v);
    if (held)
        return programs(model, held, depth + 1);
    if (ts.isPropertyAccessExpression(v) && v.getText() === 'process.execPath' && !model.lookup(v.expression))
        return ['node'];
    // process.argv[0] is the path of the node running this process, as process.execPath is (audit 28:
    // grunt-contrib-watch's test helper spawns grunt with it).
    if (ts.isElementAccessExpression(v) && v.getText().replace(/\s+/g, '') === 'process.argv[0]' && !model.lookup((v.expression.expression)))
        return ['node'];
    if (ts.isConditionalExpression(v))
        return choice(model, [v.whenTrue, v.whenFalse], depth);
    // for (const bin of ['git', 'hg']): each program the loop runs.
    const looped = loopValues(model, v);
    if (looped)
        return choice(model, looped, depth);
    if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind))
        return choice(model, [v.left, v.right], depth);
    // getCommand(): what a local function returns.
    const returned = ts.isCallExpression(v) && v.arguments.length === 0 ? returnsOf(model, v) : null;
    if (returned)
        return choice(model, returned, depth);
    // path.resolve(dir, '..', 'Update.exe'): the program is the last segment; a directory
    // (path.dirname(x)) names none.
    const pathFn = ts.isCallExpression(v) ? pathCall(model, v) : null;
    if (pathFn === 'dirname')
        return [null];
    if (pathFn) {
        const last = v.arguments.at(-1);
        return last && !ts.isSpreadElement(last) ? programs(model, last, depth + 1) : [null];
    }
    if (ts.isCallExpression(v) && v.arguments.length >= 1 && /(bin|path|which|find|resolve|tool|command|executable)/i.test(v.expression.getText())) {
        const names = programs(model, v.arguments[0], depth + 1);
        if (names.every((n) => n !== null && /^[\w.+-]+$/.test(n)))
            return names;
    }
    // const pathToFfmpeg = require('ffmpeg-static'): the name it was given, then the package.
    return [commandText(model, v) ?? namedProgram(model, v) ?? (v !== skipOuter(e) ? namedProgram(model, e) : null) ?? packageProgram(model, v)];
}
/**
 * `X.key` where `X` is a `const` bound to an object literal with `key: value` and no property of
 * `X` is ever written (`X.key = ...`, `X[k] = ...`) nor `X` handed to a function that may
 * (`Object.assign(X, ...)`): the value. Null otherwise.
 */
function constProperty(model, e) {
    const member = literalMember(model, e);
    if (!member || member.binding.kind !== 'const')
        return null;
    for (const ref of model.references(member.binding)) {
        const p = ref.parent;
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === ref) {
            if (isWriteTarget(p))
                return null;
        }
        else if (ts.isCallExpression(p) && p.arguments.includes(ref))
            return null;
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
function wordsOf(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9+]+/).filter(Boolean);
}
/**
 * The one program a name holds as a word of its own, when the command knowledge lists it and
 * the other words only say where it is: `pathToFfmpeg`, `config.ffmpegDir`, `FFMPEG_PATH`,
 * `ffmpeg.path`, `settings.gitBinary`. A name that holds two programs, or words for data
 * (`outputPath`, `logFile`), names none. Null otherwise.
 */
export function programInName(name) {
    const words = wordsOf(name);
    if (words.some((w) => DATA_WORDS.has(w) && !HOLDER_WORDS.has(w)))
        return null;
    // `config.watch`, `opts.find`: without a word for a location, a program that is also an
    // everyday word names a setting (a command line, a flag), not the program.
    const located = words.some((w) => LOCATION_WORDS.has(w));
    // `ytDlpPath`, `youtubeDlBin`: a hyphenated program's words, side by side.
    const pairs = words.slice(1).map((w, i) => `${words[i]}-${w}`).filter((p) => isListed(p));
    const found = new Set([...pairs, ...words.filter((w) => !HOLDER_WORDS.has(w) && !pairs.some((p) => p.split('-').includes(w)) && isListed(w))]);
    if (found.size !== 1)
        return null;
    const program = [...found][0];
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
function packageProgram(model, v) {
    let e = skipOuter(v);
    if (ts.isPropertyAccessExpression(e) && HOLDER_WORDS.has(e.name.text.toLowerCase()))
        e = skipOuter(e.expression);
    if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require' || model.lookup(e.expression))
        return null;
    const spec = stringValue(e.arguments[0]);
    return spec === null || spec.startsWith('.') ? null : programInName(spec);
}
/**
 * `Term.PATH` where `class Term { static PATH = '/usr/bin/gnome-terminal' }` is a class of this
 * file and nothing assigns `Term.PATH`: the value it is declared with. Null otherwise.
 */
function staticValue(model, e) {
    if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression))
        return null;
    const b = model.lookup(e.expression);
    if (!b || b.kind !== 'class' || !ts.isClassDeclaration(b.decl))
        return null;
    const name = e.name.text;
    const member = b.decl.members.find((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === name && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword));
    if (!member || !ts.isPropertyDeclaration(member) || !member.initializer)
        return null;
    const written = model.references(b).some((r) => ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && r.parent.name.text === name && isWriteTarget(r.parent));
    // Inside the class, `this.PATH = x` in a static method writes it too.
    const self = (n) => (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && n.name.text === name && isWriteTarget(n)) || !!ts.forEachChild(n, (c) => self(c) || undefined);
    return written || self(b.decl) ? null : member.initializer;
}
/**
 * The program a name says it locates (`rgPath`, `options.gitBinary`, `this.ffmpegPath`: rg, git,
 * ffmpeg) when the command knowledge lists it; a stem that is a word for data (`filePath`,
 * `outputPath`) names none.
 */
export function namedProgram(model, e, depth = 0) {
    const v = skipOuter(e);
    // options.ffmpegPath || ffmpegPath: the same program on either side.
    if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind) && depth < 4) {
        // A side that names no program but says it holds one's location (`defaultPath`) agrees.
        const sides = [v.left, v.right].map((x) => ({ name: namedProgram(model, x, depth + 1), locates: locatesProgram(model, x) }));
        const names = new Set(sides.flatMap((x) => (x.name ? [x.name] : [])));
        return names.size === 1 && sides.every((x) => x.name || x.locates) ? [...names][0] : null;
    }
    const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
    // `rgPath`, `HandbrakeCLIPath`: a program's own spelling, which may have capitals.
    const m = name ? /^(?:_*)([A-Za-z][A-Za-z0-9]*?)(?:Path|Bin|Binary|Exe|Executable)$/.exec(name) : null;
    const stem = m?.[1];
    if (stem && !DATA_WORDS.has(stem.toLowerCase()) && (isListed(stem) || !!classifyArgv([stem]).scales))
        return stem;
    // `pathToFfmpeg`, `config.ffmpegDir`, `FFMPEG_PATH`, `ffmpeg.path`: a listed program as a word of the name.
    const chain = ts.isPropertyAccessExpression(v) && HOLDER_WORDS.has(v.name.text.toLowerCase()) ? v.getText() : name;
    const worded = chain ? programInName(chain) : null;
    if (worded)
        return worded;
    if (!stem || DATA_WORDS.has(stem.toLowerCase()))
        return null;
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
function choice(model, alternatives, depth) {
    const sides = alternatives.map((a) => ({ names: programs(model, a, depth + 1), override: locatesProgram(model, a) }));
    const known = sides.filter((s) => s.names.every((n) => n !== null));
    if (known.length && sides.every((s) => known.includes(s) || s.override))
        return known.flatMap((s) => s.names);
    return sides.flatMap((s) => s.names);
}
/** `process.env.X`, or a name, property or call that says it holds a program's location (`pandocPath`, `config.get('binary')`). */
function locatesProgram(model, e) {
    const v = model.initializerOf(e);
    if ((ts.isPropertyAccessExpression(v) || ts.isElementAccessExpression(v)) && skipOuter(v.expression).getText().replace(/\s+/g, '') === 'process.env')
        return true;
    // config['bin'] as well as config.bin
    const last = ts.isCallExpression(v) ? (v.arguments[0] && !ts.isSpreadElement(v.arguments[0]) ? stringValue(v.arguments[0]) : null) : ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : ts.isElementAccessExpression(v) ? stringValue(v.argumentExpression) : null;
    return last !== null && /(path|bin|binary|exe|executable)$/i.test(last);
}
/** `path.join`/`path.resolve` (also `path.win32.join`, `join` imported from `path`), `path.dirname`. */
function pathCall(model, call) {
    const m = /^path(?:\.(?:posix|win32))?\.(join|resolve|dirname)$/.exec(model.qualifiedName(call.expression) ?? '');
    return !m ? null : m[1] === 'dirname' ? 'dirname' : 'join';
}
