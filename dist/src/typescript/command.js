import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import nodePath from 'node:path';
import { classifyArgv, classifyShell } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { argvVariants } from './argv.js';
import { programs } from './program-name.js';
import { ts } from './load.js';
import { moduleArgvs } from './module-values.js';
import { commandText, loopValues } from './command-text.js';
import { optionsOf, shapeOf } from './options.js';
import { skipOuter, stringValue } from './resolve.js';
import { propertyKey } from './scope.js';
import { shellTexts } from './shell-line.js';
/**
 * What the command of a child_process call writes, read from the call's arguments as far as
 * the source shows them and looked up in the command knowledge (src/knowledge/commands.ts).
 * Anything not known statically is output that can grow.
 */
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
 * `node ./fixtures/sleep-forever.js`, `spawn(process.execPath, [path.join(__dirname, 'supervise.js')])`,
 * `fork(path.resolve(__dirname, 'worker.js'), { silent: true })`: a script of the project, named by
 * a path from this file's directory (a literal, or `__dirname` joined with literals), read and
 * judged as an inline program is (writesNothing), and so are the project's modules it requires
 * (`require('./lib/watch')`, one level: theirs may load only Node's built-in modules). Null when
 * it is not found there, is large, or may write (audit 10: mongodb-prebuilt's silent supervisor).
 */
function scriptFile(model, words, args) {
    const at = words.findIndex((w) => w === null || !w.startsWith('-'));
    const list = args && model.initializerOf(args);
    const expr = list && ts.isArrayLiteralExpression(list) && at >= 0 ? list.elements[at] : undefined;
    return projectScript(model, expr && !ts.isSpreadElement(expr) ? expr : undefined, at >= 0 ? words[at] : null);
}
/** A require, an import or a dynamic import of a relative path (a module of the project): the path in group 1. */
const LOCAL_MODULE = /(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`](\.{1,2}\/[^'"`]+)['"`]/g;
/** The script at `expr` (or the written `word`) when it and the project modules it requires write nothing. */
export function projectScript(model, expr, word) {
    const dir = nodePath.dirname(model.sourceFile.fileName);
    const rel = expr ? dirnamePath(model, expr) : null;
    const script = rel ?? word;
    if (!script || !/\.[cm]?js$/.test(script) || script.includes(PLACEHOLDER))
        return null;
    const file = nodePath.resolve(dir, script);
    const code = smallSource(file);
    if (code === null)
        return null;
    // Its own modules (a relative require or import), one level: they may load only Node's built-in modules.
    const local = [...code.matchAll(LOCAL_MODULE)].map((m) => m[1]);
    if (!writesNothing(code.replace(LOCAL_MODULE, '0')))
        return null;
    for (const spec of local) {
        const base = nodePath.resolve(nodePath.dirname(file), spec);
        const found = [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, nodePath.join(base, 'index.js')].map(smallSource).find((c) => c !== null);
        if (found === undefined || found === null || !writesNothing(found))
            return null;
    }
    const shown = rel ? script : word;
    return { stdout: 'none', stderr: 'bounded', program: 'node', evidence: `\`node ${shown}\` runs a script of this project that writes nothing (an uncaught error prints its stack on stderr)` };
}
/** A JavaScript file's source without comments or shebang, or null: missing, not a file, or over 64 KiB. */
function smallSource(file) {
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile() || stat.size > 64 * 1024)
            return null;
        // Comments say nothing about what it does (`// writes nothing`): left out, as the shebang is.
        return fs.readFileSync(file, 'utf8').replace(/^#!.*/, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    }
    catch {
        return null;
    }
}
/**
 * `path.join(__dirname, 'bin', 'x.js')`, `path.resolve(__dirname, 'x.js')`, `__dirname + '/x.js'`,
 * `${__dirname}/x.js`: the path from this file's directory, or null.
 */
function dirnamePath(model, expr) {
    const e = model.initializerOf(expr);
    const isDirname = (x) => ts.isIdentifier(x) && x.text === '__dirname' && !model.lookup(x);
    if (ts.isCallExpression(e) && e.arguments.length >= 2 && isDirname(skipOuter(e.arguments[0]))) {
        const callee = model.qualifiedName(e.expression);
        if (callee !== 'path.join' && callee !== 'path.resolve')
            return null;
        const parts = e.arguments.slice(1).map((a) => stringValue(model.initializerOf(a)));
        return parts.every((p) => p !== null) && !(callee === 'path.resolve' && parts.some((p) => nodePath.isAbsolute(p))) ? nodePath.join('.', ...parts) : null;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && isDirname(skipOuter(e.left))) {
        const rest = stringValue(model.initializerOf(e.right));
        return rest !== null && rest.startsWith('/') ? `.${rest}` : null;
    }
    if (ts.isTemplateExpression(e) && e.head.text === '' && e.templateSpans.length === 1 && isDirname(skipOuter(e.templateSpans[0].expression))) {
        const rest = e.templateSpans[0].literal.text;
        return rest.startsWith('/') ? `.${rest}` : null;
    }
    return null;
}
/**
 * Ex) spawn('python3', [path.join(__dirname, 'server', 'app.py'), port]): a word not known
 * statically that is a path from this file's directory, as the command knowledge reads a folder
 * known only at run time followed by a literal path (`<dirname>/server/app.py`), so that a
 * script of the project is found (knowledge/project-scripts.ts).
 */
function dirnameWords(model, words, args) {
    const list = args && model.initializerOf(args);
    if (!list || !ts.isArrayLiteralExpression(list) || !words.includes(null))
        return words;
    return words.map((w, i) => {
        const el = list.elements[i];
        return w !== null || !el || ts.isSpreadElement(el) ? w : dirnameWord(model, el);
    });
}
/** `path.join(__dirname, 'server.py')` as the word `<dirname>/server.py`, or null. */
function dirnameWord(model, expr) {
    const rel = dirnamePath(model, expr);
    return rel === null ? null : `${PLACEHOLDER}/${nodePath.normalize(rel)}`;
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
/** How loud a command is on both streams together: 0 (writes nothing) to 4 (both can grow). */
export const loudness = (o) => RANK[o.stdout] + RANK[o.stderr];
/** The loudest of several possible commands, per stream (the evidence of the loudest). */
export function loudest(outs) {
    return outs.reduce((a, b) => {
        // A command whose output scales with what it walks is the loudest of all; a converter's
        // document only against commands as loud on both streams (a command not known is louder).
        const walks = (o) => !!o.scales && !o.document;
        const pick = walks(b) && !walks(a) ? b : !walks(b) && walks(a) ? a : loudness(b) !== loudness(a) ? (loudness(b) > loudness(a) ? b : a) : b.scales && !a.scales ? b : a;
        const livesOn = pick.livesOn ?? a.livesOn ?? b.livesOn;
        // One of the commands runs until it is stopped (`dev ? 'npm run dev' : 'npm run build'`).
        const serves = a.serves || b.serves;
        return {
            ...pick,
            ...(serves ? { serves } : {}),
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
/** knownToGrow(), past exec's maxBuffer (1 MiB): not a command whose output stays far below it (`git fetch`). */
export function knownToGrowPastBuffer(out, stream) {
    return knownToGrow(out, stream) && !out.fitsBuffer;
}
/** What `program args...` writes, from the two expressions (either may be missing: unknown). */
export function argvOutput(model, program, args) {
    const variants = args ? argvVariants(model, args) : [[null]];
    return loudest(programs(model, program).flatMap((p) => variants.map((words) => argvClass(model, p, words, args))));
}
/** `program words...` without a shell: the knowledge, an inline node program, a probe. */
function argvClass(model, program, words, args) {
    if (program === null)
        return probe(words) ?? classifyArgv([program, ...words]);
    const out = classifyArgv([program, ...dirnameWords(model, words, args)]);
    return (out.program === 'node' || out.program === 'node.exe') && /runs a program/.test(out.evidence) ? inlineNode(model, args) ?? scriptFile(model, words, args) ?? out : out;
}
/** What the child of `spawn`/`fork`/`exec`/`execFile` writes on stdout and stderr. */
export function commandOutput(model, call, qualified) {
    const args = call.arguments;
    const fn = qualified.slice(qualified.lastIndexOf('.') + 1).replace(/\)$/, '');
    if (fn === 'fork') {
        const text = args[0] ? commandText(model, args[0]) : null;
        // fork(path.join(__dirname, 'worker.js')): the script from this file's folder.
        return projectScript(model, args[0], text) ?? classifyArgv(['node', text ?? (args[0] ? dirnameWord(model, args[0]) : null)]);
    }
    if (fn === 'exec') {
        return loudest(args[0] ? shellTexts(model, args[0]).map(classifyShell) : [classifyShell(null)]);
    }
    const second = args[1];
    const variants = second && shapeOf(model, second) !== 'object' ? argvVariants(model, second) : [[]];
    const shell = fn === 'spawn' ? usesShell(model, call) : false;
    // spawn(config.copy.command, config.copy.args), config = require('./platform/' + ...): the
    // commands written in each module it may hold.
    const perModule = shell === false && args[0] ? moduleArgvs(model, args[0], second && shapeOf(model, second) !== 'object' ? second : undefined) : null;
    if (perModule)
        return loudest(perModule.map((argv) => classifyArgv(argv)));
    return loudest(programs(model, args[0]).flatMap((program) => variants.map((words) => {
        if (shell === 'unknown')
            return classifyArgv([program, null]);
        if (shell)
            return classifyShell([program, ...words].map((w) => w ?? PLACEHOLDER).join(' '));
        return argvClass(model, program, words, second && shapeOf(model, second) !== 'object' ? second : undefined);
    })));
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
    // The variable of a loop over commands written here: those commands, not the caller's.
    if (loopValues(model, e))
        return false;
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
