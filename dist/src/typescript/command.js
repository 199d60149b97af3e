import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import nodePath from 'node:path';
import { classifyArgv, classifyShell, isListed } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { ts } from './load.js';
import { changedAfterDeclaration, commandText, formatLead, optionsOf, returnsOf, shapeOf } from './options.js';
import { skipOuter, stringValue } from './resolve.js';
import { isWriteTarget, propertyKey } from './scope.js';
/**
 * What the command of a child_process call writes, read from the call's arguments as far as
 * the source shows them and looked up in the command knowledge (src/knowledge/commands.ts).
 * Anything not known statically is output that can grow.
 */
/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
function argvWords(model, expr, depth = 0) {
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
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split') {
        const text = commandText(model, e.expression.expression);
        if (text !== null)
            return text.split(/\s+/).filter(Boolean);
    }
    return [null];
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
        if (ts.isSpreadElement(el))
            return [...words, null];
        words.push(commandText(model, el));
    }
    return words;
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
        // A read that changes nothing: `args.length`, `args.indexOf('-i')`.
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && ['length', 'indexOf', 'includes'].includes(p.name.text))
            continue;
        return null;
    }
    return words;
}
/** `shell: true` (or a shell path) in the options literal; 'unknown' when it cannot be told. */
export function usesShell(model, call) {
    const options = optionsOf(model, call, true);
    if (!options)
        return 'unknown';
    if (options.opaque)
        return 'unknown';
    if (!options.object)
        return false;
    for (const p of options.object.properties) {
        if (ts.isSpreadAssignment(p))
            return 'unknown';
        if (propertyKey(p.name) !== 'shell')
            continue;
        if (!ts.isPropertyAssignment(p))
            return 'unknown';
        const v = skipOuter(p.initializer);
        if (v.kind === ts.SyntaxKind.FalseKeyword)
            return false;
        return v.kind === ts.SyntaxKind.TrueKeyword || ts.isStringLiteralLike(v) ? true : 'unknown';
    }
    return false;
}
/**
 * The program an expression names: a literal, `process.execPath` (node), a lookup by name
 * (`getBinPath('go')`, `which.sync('ffmpeg')`), or either branch of `cond ? 'a' : 'b'`.
 */
function programs(model, e, depth = 0) {
    if (!e || depth > 4)
        return [null];
    const v = model.initializerOf(e);
    const constant = staticValue(model, v);
    if (constant)
        return programs(model, constant, depth + 1);
    if (ts.isPropertyAccessExpression(v) && v.getText() === 'process.execPath' && !model.lookup(v.expression))
        return ['node'];
    if (ts.isConditionalExpression(v))
        return choice(model, [v.whenTrue, v.whenFalse], depth);
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
    const fixed = staticValue(model, v);
    if (fixed)
        return programs(model, fixed, depth + 1);
    if (ts.isCallExpression(v) && v.arguments.length >= 1 && /(bin|path|which|find|resolve|tool|command|executable)/i.test(v.expression.getText())) {
        const names = programs(model, v.arguments[0], depth + 1);
        if (names.every((n) => n !== null && /^[\w.+-]+$/.test(n)))
            return names;
    }
    return [commandText(model, v) ?? namedProgram(model, v)];
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
 * exec's command line as the texts it can be, when a part is a choice between written words:
 * `${platform === 'darwin' ? 'open' : 'xdg-open'} "${dir}"` is `open "…"` or `xdg-open "…"`.
 * null when no part is such a choice (or the choices multiply past eight).
 */
function shellChoices(model, expr) {
    const e = model.initializerOf(expr);
    const words = (x, depth = 0) => {
        const v = model.initializerOf(x);
        if (ts.isConditionalExpression(v) && depth < 4) {
            const a = words(v.whenTrue, depth + 1);
            const b = words(v.whenFalse, depth + 1);
            return a && b ? [...a, ...b] : null;
        }
        const s = stringValue(v);
        return s === null ? null : [s];
    };
    let parts;
    if (ts.isTemplateExpression(e)) {
        parts = [[e.head.text]];
        for (const span of e.templateSpans)
            parts.push(words(span.expression) ?? [PLACEHOLDER], [span.literal.text]);
    }
    else if (ts.isConditionalExpression(e)) {
        parts = [words(e) ?? []];
    }
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        // OMX + ' ' + url, with const OMX = jack ? 'omxplayer -o local' : 'omxplayer -o hdmi'
        const operands = [];
        const flatten = (x) => {
            const v = skipOuter(x);
            if (ts.isBinaryExpression(v) && v.operatorToken.kind === ts.SyntaxKind.PlusToken && operands.length < 16) {
                flatten(v.left);
                flatten(v.right);
            }
            else
                operands.push(v);
        };
        flatten(e);
        parts = operands.map((o) => words(o) ?? [commandText(model, o) ?? PLACEHOLDER]);
    }
    else
        return null;
    if (parts.every((p) => p.length === 1) || parts.some((p) => !p.length))
        return null;
    let texts = [''];
    for (const p of parts) {
        texts = texts.flatMap((t) => p.map((w) => t + w));
        if (texts.length > 8)
            return null;
    }
    return texts;
}
/**
 * The program a name says it locates (`rgPath`, `options.gitBinary`, `this.ffmpegPath`: rg, git,
 * ffmpeg) when the command knowledge lists it; a stem that is a word for data (`filePath`,
 * `outputPath`) names none.
 */
function namedProgram(model, e, depth = 0) {
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
    if (!stem || DATA_WORDS.has(stem.toLowerCase()))
        return null;
    if (isListed(stem) || !!classifyArgv([stem]).scales)
        return stem;
    // `const handbrakePath = options.HandbrakeCLIPath || HandbrakeCLIPath`: what the name holds.
    const init = ts.isIdentifier(v) ? model.initializerOf(v) : v;
    return init !== v && depth < 4 ? namedProgram(model, init, depth + 1) : null;
}
/** Stems that name data, not a program, before `Path`: `filePath`, `dirPath`, `outputPath`. */
const DATA_WORDS = new Set(['file', 'dir', 'folder', 'output', 'input', 'target', 'source', 'src', 'dest', 'out', 'log', 'config', 'base', 'root', 'full', 'abs', 'rel', 'tmp', 'temp', 'cache', 'data', 'script', 'module', 'package', 'project', 'work', 'home', 'image', 'archive', 'zip', 'patch', 'diff']);
/** The expression a command line starts with: the left of `a + b`, a template's first part, a built let's first value. */
function leadingExpr(model, expr, depth = 0) {
    const e = model.initializerOf(expr);
    if (depth > 8)
        return e;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
        return leadingExpr(model, e.left, depth + 1);
    if (ts.isTemplateExpression(e) && e.head.text === '')
        return leadingExpr(model, e.templateSpans[0].expression, depth + 1);
    const lead = formatLead(model, e);
    if (lead)
        return leadingExpr(model, lead, depth + 1);
    if (ts.isIdentifier(e)) {
        const b = model.lookup(e);
        // Ex) var line = 'omxplayer -o hdmi '; line += ' --subtitles ' + s; line = globs.reduce(f, line):
        // a write that appends to it or builds on it keeps how it starts; `line = other` does not.
        const refs = b ? model.references(b) : [];
        const appendedOnly = refs.every((r) => {
            if (!isWriteTarget(r))
                return true;
            const w = r.parent;
            if (!ts.isBinaryExpression(w) || w.left !== r)
                return false;
            if (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
                return true;
            return w.operatorToken.kind === ts.SyntaxKind.EqualsToken && refs.some((x) => x.pos >= w.right.pos && x.end <= w.right.end);
        });
        if (b && (b.kind === 'let' || b.kind === 'var') && b.init && b.path?.length === 0 && appendedOnly)
            return leadingExpr(model, b.init, depth + 1);
    }
    return e;
}
/**
 * exec's shell line, with a leading program that only a name shows (`rgPath + ' --vimgrep'`)
 * written in; when it starts with a choice of written texts (`const open = mac ? 'open' :
 * 'xdg-open'`, `var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi '`), one line per choice.
 */
function shellTexts(model, expr) {
    const text = commandText(model, expr);
    // `"${bin}" -i ...`: the program's path, quoted.
    const quote = text !== null && /^["']/.test(text) && text.startsWith(PLACEHOLDER, 1) ? text[0] : '';
    if (text !== null && quote) {
        const named = namedProgram(model, leadingExpr(model, expr));
        return [named ? quote + named + text.slice(quote.length + PLACEHOLDER.length) : text];
    }
    if (text !== null && !text.startsWith(PLACEHOLDER))
        return [text];
    const lead = leadingExpr(model, expr);
    const named = namedProgram(model, lead);
    if (named)
        return [named + (text ?? PLACEHOLDER).slice(PLACEHOLDER.length)];
    if (!ts.isConditionalExpression(lead) && !ts.isBinaryExpression(lead))
        return [text];
    // What follows the start: the rest of the line, unknown when nothing of it is literal (`cmd + dir`).
    const rest = text !== null ? text.slice(PLACEHOLDER.length) : model.initializerOf(expr) === lead ? '' : PLACEHOLDER;
    const starts = programs(model, lead);
    return starts.length > 0 && starts.every((t) => t !== null && !t.includes(PLACEHOLDER)) ? starts.map((t) => t + rest) : [text];
}
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
    const last = ts.isCallExpression(v) ? (v.arguments[0] && !ts.isSpreadElement(v.arguments[0]) ? stringValue(v.arguments[0]) : null) : ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
    return last !== null && /(path|bin|binary|exe|executable)$/i.test(last);
}
/** `path.join`/`path.resolve` (also `path.win32.join`, `join` imported from `path`), `path.dirname`. */
function pathCall(model, call) {
    const m = /^path(?:\.(?:posix|win32))?\.(join|resolve|dirname)$/.exec(model.qualifiedName(call.expression) ?? '');
    return !m ? null : m[1] === 'dirname' ? 'dirname' : 'join';
}
/**
 * The text of JavaScript source held in the program: a string, a template whose interpolations
 * are `JSON.stringify(...)` data, their `+` concatenations, or an array of those `.join(sep)`;
 * null when any part is code only known at run time.
 */
function sourceText(model, expr, depth = 0) {
    if (depth > 8)
        return null;
    const e = model.initializerOf(expr);
    const s = stringValue(e);
    if (s !== null)
        return s;
    const data = (x) => {
        const v = skipOuter(x);
        const callee = ts.isCallExpression(v) ? v.expression : null;
        return !!callee && ts.isPropertyAccessExpression(callee) && callee.name.text === 'stringify' && ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON' && !model.lookup(callee.expression);
    };
    if (ts.isTemplateExpression(e))
        return e.templateSpans.every((span) => data(span.expression)) ? e.head.text + e.templateSpans.map((span) => `0${span.literal.text}`).join('') : null;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const left = data(e.left) ? '0' : sourceText(model, e.left, depth + 1);
        const right = data(e.right) ? '0' : sourceText(model, e.right, depth + 1);
        return left === null || right === null ? null : left + right;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join' && e.arguments.length <= 1) {
        const list = model.initializerOf(e.expression.expression);
        const sep = e.arguments[0] ? stringValue(model.initializerOf(e.arguments[0])) : ',';
        if (!ts.isArrayLiteralExpression(list) || sep === null)
            return null;
        const parts = list.elements.map((el) => ts.isSpreadElement(el) ? null : sourceText(model, el, depth + 1));
        return parts.every((p) => p !== null) ? parts.join(sep) : null;
    }
    return null;
}
/**
 * `node --eval CODE` (or `-e`) with CODE readable in the source (see sourceText). A program that
 * names no output (console, process.stdout/stderr, a write, a child process) and loads only
 * Node's built-in modules writes nothing on stdout, and on stderr at most the stack of an
 * uncaught error. Anything else it might print is unknown: null, and `node` keeps its line.
 */
function inlineNode(model, args) {
    const list = args && model.initializerOf(args);
    if (!list || !ts.isArrayLiteralExpression(list))
        return null;
    const at = list.elements.findIndex((el) => ['--eval', '-e'].includes(commandText(model, el) ?? ''));
    const codeArg = at >= 0 ? list.elements[at + 1] : undefined;
    const code = codeArg && !ts.isSpreadElement(codeArg) ? sourceText(model, codeArg) : null;
    if (code === null || !writesNothing(code))
        return null;
    const flag = commandText(model, list.elements[at]);
    return { stdout: 'none', stderr: 'bounded', program: 'node', evidence: `\`node ${flag}\` runs an inline program that writes nothing (an uncaught error prints its stack on stderr)` };
}
/**
 * JavaScript source that names no output (console, process.stdout/stderr, a write, a child
 * process) and loads only Node's built-in modules: it writes nothing on stdout, and on stderr at
 * most the stack of an uncaught error.
 */
function writesNothing(code) {
    if (/\b(console|stdout|stderr|write\w*|print\w*|child_process|spawn\w*|exec\w*|fork|eval|Function)\b/.test(code))
        return false;
    const loads = [...code.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]);
    return !(/\b(import|require)\s*\(\s*[^'"`\s]/.test(code) || loads.some((m) => !isBuiltin(m)));
}
/**
 * `node ./fixtures/sleep-forever.js`: a script of the project, named by a literal path from this
 * file's directory, read and judged as an inline program is (writesNothing). Null when it is not
 * found there, is large, or may write.
 */
function scriptFile(model, words) {
    const script = words.find((w) => w === null || !w.startsWith('-'));
    if (!script || !/\.[cm]?js$/.test(script) || script.includes(PLACEHOLDER))
        return null;
    const file = nodePath.resolve(nodePath.dirname(model.sourceFile.fileName), script);
    let code;
    try {
        if (fs.statSync(file).size > 64 * 1024)
            return null;
        code = fs.readFileSync(file, 'utf8');
    }
    catch {
        return null;
    }
    // Comments say nothing about what it does (`// writes nothing`): left out, as the shebang is.
    const bare = code.replace(/^#!.*/, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    if (!writesNothing(bare))
        return null;
    return { stdout: 'none', stderr: 'bounded', program: 'node', evidence: `\`node ${script}\` runs a script of this project that writes nothing (an uncaught error prints its stack on stderr)` };
}
/**
 * A probe of a program not known statically (`execFile(ffmpegPath, ['-version'])`): the
 * argument words alone decide, by the knowledge's lines for any program (`*`).
 */
function probe(words) {
    if (!words.length || words.some((w) => w === null))
        return null;
    const out = classifyArgv(['*', ...words]);
    return out.program === '*' && !/not known to be quiet/.test(out.evidence) ? { ...out, program: null, evidence: out.evidence.replace('`* ', '`') } : null;
}
const RANK = { none: 0, bounded: 1, unbounded: 2 };
/** The loudest of several possible commands, per stream (the evidence of the loudest). */
function loudest(outs) {
    return outs.reduce((a, b) => {
        // A command whose output scales with what it walks is the loudest of all.
        const pick = b.scales && !a.scales ? b : !b.scales && a.scales ? a : RANK[b.stdout] + RANK[b.stderr] > RANK[a.stdout] + RANK[a.stderr] ? b : a;
        const livesOn = pick.livesOn ?? a.livesOn ?? b.livesOn;
        return {
            ...pick,
            stdout: RANK[a.stdout] >= RANK[b.stdout] ? a.stdout : b.stdout,
            stderr: RANK[a.stderr] >= RANK[b.stderr] ? a.stderr : b.stderr,
            ...(livesOn ? { livesOn } : {}),
        };
    });
}
/**
 * Output the command knowledge says grows, from what the program is, not from not knowing it:
 * an unlisted or unknown program, or an interpreter running some script, is only "can grow".
 */
export function knownToGrow(out, stream) {
    return out[stream] === 'unbounded' && out.program !== null && !/not known|runs a program/.test(out.evidence);
}
/** What `program args...` writes, from the two expressions (either may be missing: unknown). */
export function argvOutput(model, program, args) {
    const words = args ? argvWords(model, args) : [null];
    return loudest(programs(model, program).map((p) => argvClass(model, p, words, args)));
}
/** `program words...` without a shell: the knowledge, an inline node program, a probe. */
function argvClass(model, program, words, args) {
    if (program === null)
        return probe(words) ?? classifyArgv([program, ...words]);
    const out = classifyArgv([program, ...words]);
    return (out.program === 'node' || out.program === 'node.exe') && /runs a program/.test(out.evidence) ? inlineNode(model, args) ?? scriptFile(model, words) ?? out : out;
}
/** What the child of `spawn`/`fork`/`exec`/`execFile` writes on stdout and stderr. */
export function commandOutput(model, call, qualified) {
    const args = call.arguments;
    const fn = qualified.slice(qualified.lastIndexOf('.') + 1).replace(/\)$/, '');
    if (fn === 'fork')
        return classifyArgv(['node', args[0] ? commandText(model, args[0]) : null]);
    if (fn === 'exec') {
        const choices = args[0] ? shellChoices(model, args[0]) : null;
        if (choices)
            return loudest(choices.map(classifyShell));
        return loudest(args[0] ? shellTexts(model, args[0]).map(classifyShell) : [classifyShell(null)]);
    }
    const second = args[1];
    const words = second && shapeOf(model, second) !== 'object' ? argvWords(model, second) : [];
    const shell = fn === 'spawn' ? usesShell(model, call) : false;
    return loudest(programs(model, args[0]).map((program) => {
        if (shell === 'unknown')
            return classifyArgv([program, null]);
        if (shell)
            return classifyShell([program, ...words].map((w) => w ?? PLACEHOLDER).join(' '));
        return argvClass(model, program, words, second && shapeOf(model, second) !== 'object' ? second : undefined);
    }));
}
/**
 * A command handed in by the caller, not written here: a parameter of the enclosing function, a
 * property of one or of `this` (`this.options.script`), a call of a parameter (`command(file)`),
 * or a choice between those. Nothing of it is literal: it can be any build, test run or hook.
 */
export function fromCaller(model, expr, depth = 0) {
    if (depth > 4)
        return false;
    const e = model.initializerOf(expr);
    if (ts.isConditionalExpression(e))
        return fromCaller(model, e.whenTrue, depth + 1) && fromCaller(model, e.whenFalse, depth + 1);
    const param = (x) => {
        const b = ts.isIdentifier(x) ? model.lookup(x) : undefined;
        return !!b && b.kind === 'param' && !literalAtEveryCall(model, b.decl);
    };
    // data.command || data.cmd: every alternative; isString(data) && data: the value after the test.
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind))
        return fromCaller(model, e.left, depth + 1) && fromCaller(model, e.right, depth + 1);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
        return fromCaller(model, e.right, depth + 1);
    if (ts.isCallExpression(e))
        return param(skipOuter(e.expression));
    let root = e;
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root))
        root = skipOuter(root.expression);
    if (root.kind === ts.SyntaxKind.ThisKeyword)
        return root !== e;
    if (param(root))
        return true;
    // const data = this.data; data.command: a second name for what the caller handed in.
    if (root === e || !ts.isIdentifier(root))
        return false;
    const alias = model.initializerOf(root);
    if (alias.kind === ts.SyntaxKind.ThisKeyword)
        return true;
    return alias !== root && (ts.isPropertyAccessExpression(alias) || ts.isElementAccessExpression(alias) || ts.isIdentifier(alias)) && fromCaller(model, alias, depth + 1);
}
/**
 * `function command(cmd) { exec(cmd, cb) }` called only here, and only with written commands
 * (`command('git rev-parse HEAD')`): its callers' commands are known, not handed in from outside.
 * False when the function is exported, or used any way but a direct call.
 */
function literalAtEveryCall(model, decl) {
    const fn = decl.parent;
    if (!ts.isParameter(decl) || !fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)))
        return false;
    const index = fn.parameters.indexOf(decl);
    if (index < 0 || decl.dotDotDotToken)
        return false;
    const holder = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) && fn.parent.initializer === fn ? fn.parent : null;
    const name = holder?.name;
    if (!name || !ts.isIdentifier(name) || ts.getModifiers(ts.isFunctionDeclaration(fn) ? fn : holder.parent.parent)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        return false;
    const b = model.lookup(name);
    if (!b)
        return false;
    const refs = model.references(b);
    return refs.length > 0 && refs.every((ref) => {
        const call = ref.parent;
        const arg = ts.isCallExpression(call) && call.expression === ref ? call.arguments[index] : undefined;
        return !!arg && !ts.isSpreadElement(arg) && commandText(model, arg) !== null;
    });
}
