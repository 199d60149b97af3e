import fs from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER } from '../shell.js';
import { judgeNode, judgePython, judgeRubyPerl, judgeShell } from './script-judge.js';
import { nearestFolderWith } from '../project-folder.js';
/**
 * A command that runs one of the project's own scripts (`python PyServer.py`, `sh deploy.sh`,
 * `./tools/sync.sh`, `node build.js`, a path joined from `__dirname` or
 * `os.path.dirname(__file__)`): the script is read and judged (script-judge.ts), so that what
 * it writes comes from its text rather than from the interpreter's name. A script found nowhere
 * in the tree, or too large to read cheaply, is left to the command table.
 *
 * Where the script is looked for: the folder of the file being linted (useScriptFolder, set by
 * the engine for each file), then the project's root (the nearest folder above it holding a
 * repository or a project file). The working directory of the child is not known statically;
 * these are where a project's scripts are run from.
 */
// A script larger than this is not read (nor judged): a bundle, a generated file.
const MAX_BYTES = 64 * 1024;
let folder = null;
// While a script is judged, a script it runs is not looked up (no recursion: it stays unknown).
let judging = false;
/** The file being linted (its folder is where its scripts are looked for), or null. */
export function useScriptFolder(file) {
    folder = file === null || file === '' || file === '-' ? null : path.dirname(path.resolve(file));
}
const ROOT_MARKS = ['.git', '.hg', '.svn', 'package.json', 'pyproject.toml', 'setup.py', 'setup.cfg'];
// The nearest folder above `dir` that holds a repository or a project file, or null.
const projectRoot = (dir) => nearestFolderWith(dir, ROOT_MARKS);
const texts = new Map();
// A file's text, or null: missing, not a file, larger than MAX_BYTES. Read once per run.
function smallText(file) {
    if (texts.has(file))
        return texts.get(file);
    let text = null;
    try {
        const stat = fs.statSync(file);
        if (stat.isFile() && stat.size <= MAX_BYTES)
            text = fs.readFileSync(file, 'utf8');
    }
    catch {
        // unreadable: not judged.
    }
    texts.set(file, text);
    return text;
}
const DEPENDENCIES = /(?:^|[\\/])(?:node_modules|bower_components|\.venv|venv|site-packages|dist-packages|vendor)(?:[\\/]|$)/;
const inside = (dir, file) => file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
/**
 * The file a script word names, in this project, or null.
 * Ex) 'PyServer.py', './deploy.sh', '<dirname>/pyside/PyServer.py' (a folder known only at run
 * time: this file's, as `__dirname` is), '/opt/app/Deploy.sh' (an absolute path where the
 * project is installed: its tail, found under the project's root).
 */
function locate(word) {
    if (folder === null)
        return null;
    const root = projectRoot(folder) ?? folder;
    // The project's own files: not its dependencies (a server in node_modules, a virtualenv's tools).
    const within = (f) => inside(root, f) && !DEPENDENCIES.test(path.relative(root, f)) && smallText(f) !== null;
    let rel = word;
    if (word.includes(PLACEHOLDER)) {
        const m = new RegExp(`^${PLACEHOLDER}(/[^${PLACEHOLDER}]+)$`).exec(word);
        if (!m)
            return null;
        rel = `.${m[1]}`;
    }
    // Ex) ~/.config/sublime-text-3/Packages/Prefixw/prefixw.sh: the user's home, where the project
    // is installed, as an absolute path is.
    if (rel.startsWith('~/'))
        rel = rel.slice(1);
    if (path.isAbsolute(rel)) {
        if (within(rel))
            return rel;
        const parts = rel.split('/').filter(Boolean);
        for (let i = 1; i < parts.length; i++) {
            const f = path.join(root, ...parts.slice(i));
            if (within(f))
                return f;
        }
        return null;
    }
    return [path.resolve(folder, rel), path.resolve(root, rel)].find(within) ?? null;
}
// Interpreters by the names the command table gives them.
function kindOfInterpreter(name) {
    if (/^(?:python|pypy)/.test(name))
        return 'python';
    if (/^(?:node|nodejs)$/.test(name))
        return 'node';
    if (/^(?:sh|bash|dash|zsh|ksh|ash)$/.test(name))
        return 'shell';
    if (name === 'ruby')
        return 'ruby';
    if (name === 'perl')
        return 'perl';
    return null;
}
// A script run by its path: its extension, else its shebang.
function kindOfFile(file, text) {
    const ext = path.extname(file);
    if (ext === '.py')
        return 'python';
    if (['.js', '.cjs', '.mjs'].includes(ext))
        return 'node';
    if (['.sh', '.bash'].includes(ext))
        return 'shell';
    if (ext === '.rb')
        return 'ruby';
    if (ext === '.pl')
        return 'perl';
    const shebang = /^#!\s*(?:\S*\/env\s+(?:-S\s+)?)?(\S+)/.exec(text)?.[1];
    return shebang ? kindOfInterpreter(path.basename(shebang)) : null;
}
// Options that take the next word as their value, per interpreter.
const VALUED = {
    python: new Set(['-W', '-X', '-Q']),
    node: new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--env-file', '--inspect-port', '--title', '--max-old-space-size']),
    shell: new Set(['-o', '+o']),
    ruby: new Set(['-I', '-r', '-C', '-E']),
    perl: new Set(['-I', '-M', '-m']),
};
// Options that run no script file (inline code, a module) or make the run verbose: not judged here.
const NOT_A_SCRIPT = {
    python: /^-(?:[a-zA-Z]*[cmv][a-zA-Z]*|-version|-help)$/,
    node: /^(?:-e|-p|--eval|--print|-i|--interactive|--test|--watch|--inspect\S*|-v|--version|-h|--help)$/,
    shell: /^[-+][a-z]*[cxvs][a-z]*$/,
    ruby: /^-(?:[a-zA-Z]*[ev][a-zA-Z]*|-version)$/,
    perl: /^-(?:[a-zA-Z]*[eEv][a-zA-Z]*|-version)$/,
};
// The script word among an interpreter's arguments: the first word that is not an option, or
// null when there is none, it is not known statically, or an option says no script file runs.
function scriptOperand(kind, args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === null)
            return null;
        if (a === '--')
            return args[i + 1] ?? null;
        if (!a.startsWith('-') && !(kind === 'shell' && a.startsWith('+')))
            return a;
        if (NOT_A_SCRIPT[kind].test(a))
            return null;
        if (VALUED[kind].has(a))
            i++;
    }
    return null;
}
// Python: `import a.b`, `from a.b import c`, `from .x import y`: the project modules it names,
// looked for from the script's folder up to the project's root.
function pythonImports(file, text, root) {
    const out = [];
    const specs = [...text.matchAll(/^\s*(?:from\s+(\.*[\w.]*)\s+import\b|import\s+([\w.]+(?:\s*,\s*[\w.]+)*))/gm)].flatMap((m) => (m[1] !== undefined ? [m[1]] : m[2].split(/\s*,\s*/)));
    for (const spec of new Set(specs)) {
        const dots = /^\.*/.exec(spec)[0].length;
        const parts = spec.slice(dots).split('.').filter(Boolean);
        if (!parts.length)
            continue;
        const starts = [];
        if (dots)
            starts.push(path.resolve(path.dirname(file), ...Array(dots - 1).fill('..')));
        else
            for (let d = path.dirname(file); inside(root, d); d = path.dirname(d)) {
                starts.push(d);
                if (d === root)
                    break;
            }
        for (const start of starts) {
            const base = path.join(start, ...parts);
            const hit = [`${base}.py`, path.join(base, '__init__.py')].find((f) => smallText(f) !== null);
            if (hit) {
                out.push({ name: path.relative(root, hit), text: smallText(hit), module: spec });
                break;
            }
        }
    }
    return out;
}
// Node: `require('./x')`, `import … from '../y'`: the project modules it loads, one level.
function nodeRequires(file, text, root) {
    const out = [];
    for (const m of text.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`](\.{1,2}\/[^'"`]+)['"`]/g)) {
        const base = path.resolve(path.dirname(file), m[1]);
        const hit = [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, path.join(base, 'index.js')].find((f) => smallText(f) !== null);
        if (hit)
            out.push({ name: path.relative(root, hit), text: smallText(hit) });
    }
    return out;
}
const judged = new Map();
function judgeFile(file, kind, classify) {
    const key = `${kind}\0${file}`;
    if (judged.has(key))
        return judged.get(key);
    const text = smallText(file);
    const root = projectRoot(path.dirname(file)) ?? path.dirname(file);
    judging = true;
    let verdict;
    try {
        verdict = kind === 'python' ? judgePython(text, pythonImports(file, text, root))
            : kind === 'node' ? judgeNode(text, nodeRequires(file, text, root))
                : kind === 'shell' ? judgeShell(text, classify)
                    : judgeRubyPerl(text);
    }
    finally {
        judging = false;
    }
    judged.set(key, verdict);
    return verdict;
}
/**
 * Ex) ['python', 'PyServer.py'], ['sh', '/opt/app/Deploy.sh'], ['./deploy.sh'], ['node', 'build.js']:
 * a few lines when the script, found in this project, prints a few (script-judge.ts); null
 * otherwise (not a script, not found, too large, or its output can grow: the table decides).
 * `name` is the program as the table names it, `first` the word as written.
 */
export function projectScriptOutput(name, first, args, classify) {
    if (judging || folder === null)
        return null;
    const interpreter = kindOfInterpreter(name);
    const word = interpreter ? scriptOperand(interpreter, args) : first;
    if (word === null || (!interpreter && !/[/.]/.test(word)))
        return null;
    const file = locate(word);
    if (file === null)
        return null;
    const kind = interpreter ?? kindOfFile(file, smallText(file));
    if (kind === null)
        return null;
    const verdict = judgeFile(file, kind, classify);
    if (!verdict?.few)
        return null;
    // A Node script with no write of its own is the command module's to judge, with the modules
    // it loads (typescript/command.ts projectScript: it may write nothing at all).
    if (kind === 'node' && verdict.writes === 0)
        return null;
    const root = projectRoot(folder) ?? folder;
    const shownScript = path.relative(root, file) || path.basename(file);
    // As written up to the script: `python3 -u server.py`, `sh …/deploy.sh` (a folder known at run time).
    const upTo = interpreter ? [name, ...args.slice(0, args.indexOf(word) + 1)] : [word];
    const command = upTo.join(' ').replaceAll(PLACEHOLDER, '…');
    const count = verdict.writes === 1 ? 'one fixed write' : `${verdict.writes} fixed writes`;
    const facts = kind === 'shell'
        ? (verdict.notes.length ? `runs only commands that print a few lines at most, and ${verdict.notes.join(', ')}` : 'runs no loop, and only commands that print a few lines at most')
        : `${verdict.writes === 0 ? 'has no write of its own' : `has ${count}, none in a loop,`} and starts no other program${verdict.notes.map((n) => `; ${n}`).join('')}`;
    return { stdout: 'bounded', stderr: 'bounded', program: name, evidence: `\`${command}\` prints at most a few lines: ${shownScript} (in this project) ${facts}` };
}
