import path from 'node:path';
import { isExamplePath, isTestPath } from '../test-files.js';
import { JS_FILE, loadsComputedModule, namesModule, wordOffsets } from './mentions.js';
import { modelOf } from './project-constants.js';
import { inComment } from './parse.js';
import { projectRoot, sources } from './project-reads.js';
import { repositoryOf, repositoryTexts } from './repository-texts.js';
/**
 * A module nothing can load: the project names it, but only in a commented-out import
 * (`//import './util/gitLog.js'`), and nothing else does. Blind audit 44 judged such a finding
 * false (jarvis: `lan-hub/util/gitLog.js`, whose one import is commented out).
 *
 * Shown, never assumed: a module named nowhere is a script someone runs by hand (`node x.js`) and
 * stays reported. The module is alive when anything names it outside a comment: an import, a
 * package.json (main, bin, exports, scripts, files), an HTML page, a config (a bundler's, Electron's,
 * VS Code's launch.json), a Dockerfile, a README (`node util/x.js`), or the word anywhere in code
 * (`fork(path.join(__dirname, 'gitLog.js'))`); when a loader computes its module at run time
 * (`require(file)`); when it looks run by hand or by convention: a shebang, `require.main`,
 * `process.argv`, test or example code, a folder of scripts (bin/, scripts/, tools/) or of a
 * framework that loads every file it holds (pages/, app/, api/, routes/, functions/).
 */
// Folders whose files run by hand (bin/, scripts/) or by a framework's convention (Next.js
// pages/ and app/, Vercel's and Nuxt's api/, SvelteKit's and Remix's routes/, Netlify's and
// Firebase's functions/, Nuxt's plugins/ and middleware/, VS Code's and Electron's main and preload).
const RUN_BY_NAME = /(^|[\\/])(bin|scripts?|tools|pages|app|api|routes|functions|plugins|middleware)[\\/]|(^|[\\/])(main|preload|background|[^\\/]*\.config)\.[cm]?[jt]sx?$/i;
// Read when run as a program: a shebang, `if (require.main === module)`, `import.meta.main`, arguments.
const RUN_AS_PROGRAM = /^#!|\brequire\.main\b|\bimport\.meta\.main\b|\bprocess\.argv\b/;
/** The words a module is named by: its file's name, and its folder's for an index (`require('./util')`). */
function namesOf(file) {
    const stem = path.basename(file).replace(/\.[cm]?[jt]sx?$/i, '');
    return stem === 'index' ? [path.basename(path.dirname(file))] : [stem];
}
/** Ex) `// import './util/gitLog.js'` at <root>/index.js:4, with its place; null when the module is named in code. */
function commentedImport(file, texts, words) {
    let found = null;
    for (const [abs, other] of texts) {
        if (abs === file)
            continue;
        const offsets = words.flatMap((w) => wordOffsets(other, w));
        if (!offsets.length)
            continue;
        if (!JS_FILE.test(abs))
            return 'named';
        const sf = modelOf(abs, other)?.sourceFile;
        if (!sf)
            return 'named';
        for (const offset of offsets) {
            if (!inComment(sf, offset))
                return 'named';
            // The comment's line names the module as an import would.
            const lineStart = other.lastIndexOf('\n', offset) + 1;
            const lineEnd = other.indexOf('\n', offset);
            if (!found && namesModule(other.slice(lineStart, lineEnd < 0 ? undefined : lineEnd), abs, file))
                found = { abs, offset };
        }
    }
    return found;
}
/**
 * Why the module `file` (absolute, on disk, its text `text`) cannot run, or null when it may.
 * Asked for each finding of the file: what it reads is read once per run (project-reads.ts,
 * repository-texts.ts), and a module imported anywhere is settled by the first text naming it.
 */
export function deadModule(file, text) {
    const pkg = projectRoot(file);
    const repo = repositoryOf(file);
    if (!pkg || !repo || RUN_AS_PROGRAM.test(text) || isTestPath(file, repo) || isExamplePath(file, repo) || RUN_BY_NAME.test(path.relative(repo, file)))
        return null;
    const words = namesOf(file);
    // The package's modules first (read once for other rules): an import there settles it.
    const own = sources(pkg);
    if (!own)
        return null;
    const inPackage = commentedImport(file, own, words);
    if (inPackage === null || inPackage === 'named')
        return null;
    // Then every file of the repository, whatever it is.
    const all = repositoryTexts(repo);
    if (!all || commentedImport(file, all, words) === 'named')
        return null;
    if (loadsComputedModule(all))
        return null;
    const line = own.get(inPackage.abs).slice(0, inPackage.offset).split('\n').length;
    return `the module is imported nowhere but in a comment, at ${path.relative(repo, inPackage.abs).split(path.sep).join('/')}:${line}`;
}
