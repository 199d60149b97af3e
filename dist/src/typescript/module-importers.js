import fs from 'node:fs';
import path from 'node:path';
import { elementOfInstances } from './instance-arrays.js';
import { ts } from './load.js';
import { modelOf } from './project-constants.js';
import { projectRoot, sources } from './project-reads.js';
import { skipOuter } from './resolve.js';
import { moduleKey } from './wrapper-index.js';
import { relativeSpecifiers } from './wrappers.js';
import { moduleFile } from './module-file.js';
const aliasCache = new Map();
/** The path aliases of the project at `root` (its tsconfig.json or jsconfig.json `compilerOptions.paths`, from `baseUrl`). */
function aliasesOf(root) {
    if (aliasCache.has(root))
        return aliasCache.get(root);
    let out = [];
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
        let text;
        try {
            text = fs.readFileSync(path.join(root, name), 'utf8');
        }
        catch {
            continue;
        }
        // JSON with comments and trailing commas, as TypeScript reads it.
        const config = ts.parseConfigFileTextToJson(name, text).config;
        const options = config?.compilerOptions;
        if (!options?.paths && options?.baseUrl === undefined)
            continue;
        const base = path.resolve(root, options.baseUrl ?? '.');
        out = Object.entries(options.paths ?? {}).map(([key, values]) => ({
            prefix: key.replace(/\*.*$/, ''),
            wildcard: key.includes('*'),
            targets: (Array.isArray(values) ? values : []).map((v) => path.resolve(base, v.replace(/\*.*$/, ''))),
        }));
        // A baseUrl alone resolves every bare specifier from it too, after the paths (`"baseUrl": "./"`,
        // then `import { execCommand } from 'src/utils'`; blind audit 42: git-visualize).
        if (options.baseUrl !== undefined)
            out.push({ prefix: '', wildcard: true, targets: [base] });
        break;
    }
    aliasCache.set(root, out);
    return out;
}
/** The files a non-relative specifier can name through the aliases (`@/a/b` -> `<root>/src/a/b`). */
function throughAliases(aliases, spec) {
    const out = [];
    for (const a of aliases) {
        if (a.wildcard ? !spec.startsWith(a.prefix) : spec !== a.prefix)
            continue;
        const rest = a.wildcard ? spec.slice(a.prefix.length) : '';
        for (const t of a.targets)
            out.push(path.join(t, rest));
    }
    return out;
}
/** The module specifiers of a text that are not relative: `from '@/x'`, `require('~/x')`. */
function bareSpecifiers(text) {
    const specs = new Set();
    for (const m of text.matchAll(/\b(?:require\s*\(\s*|from\s+|import\s*\(\s*)(['"])([^'".\n][^'"\n]*)\1/g))
        specs.add(m[2]);
    return specs;
}
/**
 * Ex) every module of the project holding `run` that imports <root>/src/run.ts, with its model and
 * the specifiers it imports `file` by. A module whose text holds none of `needles` is not parsed.
 */
export function* importingModules(file, needles) {
    const root = projectRoot(file);
    const texts = root ? sources(root) : null;
    if (!root || !texts)
        return;
    const self = path.resolve(file);
    for (const [abs, text] of texts) {
        if (abs === self || !needles.some((n) => text.includes(n)))
            continue;
        const specs = specifiersFor(root, file, abs, text);
        if (!specs.length)
            continue;
        const model = modelOf(abs, text);
        if (model)
            yield { abs, model, specs };
    }
}
/**
 * Ex) `import { run } from './run'` or `from '@/run'` in `texts`, for `file` = <root>/src/run.ts
 * The specifiers by which the module `abs` (whose text is `text`) imports `file`: none when it does not.
 */
export function specifiersFor(root, file, abs, text) {
    const self = moduleKey(path.resolve(file));
    const out = [];
    for (const spec of relativeSpecifiers(text)) {
        const target = moduleFile(path.resolve(path.dirname(abs), spec));
        if (target && moduleKey(target) === self)
            out.push(spec);
    }
    const aliases = aliasesOf(root);
    if (aliases.length) {
        for (const spec of bareSpecifiers(text)) {
            if (throughAliases(aliases, spec).some((base) => moduleFile(base) !== null && moduleKey(moduleFile(base)) === self))
                out.push(spec);
        }
    }
    return out;
}
/**
 * Ex) const ff = new FFmpegHelper({ filePath }); await ff.getVideoStreams()  /  new Tool().run(cmd)
 * The calls in `model` of the method `member` on an instance made by `new` of the class (`isClass`
 * says whether an expression names it): on the `new` itself, on a name bound to it once, or on
 * each element of an array the code fills with instances (`cameras.map((c) => c.snapshot())`).
 * A name made with `new` and reassigned later (`let git: Executor = new SystemGit()`, swapped for
 * a mock by a setter) still calls the class's method while it holds that instance.
 */
export function instanceCalls(model, isClass, member) {
    const out = [];
    const made = (e) => {
        let x = skipOuter(e);
        if (ts.isIdentifier(x)) {
            // cameras.map((c) => c.snapshot()): an element of an array of instances (instance-arrays.ts).
            if (elementOfInstances(model, x, isClass))
                return true;
            const b = model.lookup(x);
            if (!b || !b.init || (b.path && b.path.length))
                return false;
            x = skipOuter(b.init);
        }
        return ts.isNewExpression(x) && isClass(x.expression);
    };
    for (const call of model.calls()) {
        const callee = skipOuter(call.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === member && made(callee.expression))
            out.push(call);
    }
    return out;
}
