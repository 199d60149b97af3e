import { ts } from './load.js';
import { moduleName, skipOuter } from './resolve.js';
import { propertyKey } from './scope.js';
/**
 * Text edits for the JS/TS fixes. Each one touches the smallest span it can and copies the
 * file's own layout (quote style, one property per line, trailing commas), so bytes outside the
 * edit stay as they were.
 */
/** Leading whitespace of the line holding `offset`, when nothing else precedes it there. */
function lineIndent(source, offset) {
    const before = source.text.slice(source.lineStart(offset), offset);
    return /^[ \t]*$/.test(before) ? before : null;
}
/** The quote the surrounding code uses for strings (the call's own literals first). */
export function quoteOf(sf, near) {
    let found = null;
    const visit = (n) => {
        if (found)
            return;
        if (ts.isStringLiteral(n))
            found = sf.text[n.getStart(sf)] ?? null;
        else
            ts.forEachChild(n, visit);
    };
    visit(near);
    if (!found)
        visit(sf);
    return found === '"' ? '"' : "'";
}
/**
 * Appends `added` to a comma-separated list (object literal properties, import specifiers,
 * binding elements). When the list puts one item per line, so do the new items, after any
 * `// comment` that ends the last line, and a trailing comma stays trailing.
 */
export function appendItems(source, sf, open, items, added) {
    const text = source.text;
    const last = items[items.length - 1];
    const joined = added.join(', ');
    if (!last) {
        // `{}` or `{ /* note */ }`: the opening brace is the anchor.
        const brace = open.getStart(sf) + 1;
        const close = open.end - 1;
        if (/^\s*$/.test(text.slice(brace, close)))
            return [{ start: brace, end: close, content: ` ${joined} ` }];
        return [{ start: brace, end: brace, content: ` ${joined},` }];
    }
    const lastStart = last.getStart(sf);
    const indent = lineIndent(source, lastStart);
    const trailing = items.hasTrailingComma;
    const afterLast = trailing ? text.indexOf(',', last.end) + 1 : last.end;
    if (indent === null || source.lineIndex(lastStart) === source.lineIndex(open.getStart(sf))) {
        return [{ start: afterLast, end: afterLast, content: trailing ? ` ${joined},` : `, ${joined}` }];
    }
    const nl = source.newline;
    const lines = added.map((item, i) => `${nl}${indent}${item}${trailing || i < added.length - 1 ? ',' : ''}`).join('');
    const eol = endOfLineComment(text, afterLast);
    if (eol === afterLast)
        return [{ start: afterLast, end: afterLast, content: trailing ? lines : `,${lines}` }];
    const edits = [{ start: eol, end: eol, content: lines }];
    if (!trailing)
        edits.unshift({ start: last.end, end: last.end, content: ',' });
    return edits;
}
/** After `offset`: the end of a `// comment` that closes the line, else `offset` itself. */
function endOfLineComment(text, offset) {
    let k = offset;
    while (text[k] === ' ' || text[k] === '\t')
        k++;
    if (!text.startsWith('//', k))
        return offset;
    while (k < text.length && text[k] !== '\n' && text[k] !== '\r')
        k++;
    return k;
}
export function replaceNode(sf, node, content) {
    return { start: node.getStart(sf), end: node.end, content };
}
function propertyNamed(obj, key) {
    return obj.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) === key);
}
/**
 * Sets the options so the child's stdout goes to /dev/null: `stdio: 'ignore'`, or, when the code
 * still uses stdin or stderr, an array keeping those as pipes. fork's array form needs 'ipc'.
 */
export function stdioEdits(source, sf, call, options, config, keepOthers, fork) {
    const q = quoteOf(sf, call);
    const ignore = `${q}ignore${q}`;
    const whole = keepOthers ? `[${[`${q}pipe${q}`, ignore, `${q}pipe${q}`, ...(fork ? [`${q}ipc${q}`] : [])].join(', ')}]` : ignore;
    if (config.stdio) {
        if (!options.inline)
            return null;
        const value = skipOuter(config.stdio.initializer);
        if (ts.isStringLiteralLike(value))
            return [replaceNode(sf, value, whole)];
        if (!ts.isArrayLiteralExpression(value))
            return null;
        const els = value.elements;
        const second = els[1];
        if (second)
            return ts.isOmittedExpression(second) ? null : [replaceNode(sf, second, ignore)];
        if (els[0])
            return [{ start: els[0].end, end: els[0].end, content: `, ${ignore}` }];
        return [replaceNode(sf, value, `[${q}pipe${q}, ${ignore}]`)];
    }
    if (options.object)
        return options.inline ? appendItems(source, sf, options.object, options.object.properties, [`stdio: ${whole}`]) : null;
    if (options.arg)
        return [replaceNode(sf, options.arg, `{ stdio: ${whole} }`)];
    const last = call.arguments[call.arguments.length - 1];
    return last ? [{ start: last.end, end: last.end, content: `, { stdio: ${whole} }` }] : null;
}
/**
 * exec/execFile options made fit for spawn: `stdio: 'ignore'` always, `shell: true` for exec
 * unless the code picks its own shell. A named options object is spread so it still applies.
 */
export function spawnOptionEdits(source, sf, call, options, shell) {
    const q = quoteOf(sf, call);
    const stdio = `stdio: ${q}ignore${q}`;
    const obj = options.object;
    if (obj && options.inline) {
        if (obj.properties.some((p) => ts.isSpreadAssignment(p) || propertyKey(p.name) === null))
            return null;
        const edits = [];
        const missing = [];
        if (shell && !propertyNamed(obj, 'shell'))
            missing.push('shell: true');
        const existing = propertyNamed(obj, 'stdio');
        if (existing && ts.isPropertyAssignment(existing))
            edits.push(replaceNode(sf, existing.initializer, `${q}ignore${q}`));
        else if (existing)
            return null;
        else
            missing.push(stdio);
        if (missing.length)
            edits.push(...appendItems(source, sf, obj, obj.properties, missing));
        return edits;
    }
    const fresh = (spread) => `{ ${[shell ? 'shell: true' : null, spread, stdio].filter(Boolean).join(', ')} }`;
    if (options.arg) {
        const nullish = !obj && !options.opaque;
        return [replaceNode(sf, options.arg, fresh(nullish ? null : `...${options.arg.getText(sf)}`))];
    }
    const last = call.arguments[call.arguments.length - 1];
    return last ? [{ start: last.end, end: last.end, content: `, ${fresh(null)}` }] : null;
}
/** A name no identifier in the file uses yet. */
export function freshName(model, base) {
    const used = model.identifierNames();
    if (!used.has(base))
        return base;
    for (let i = 2;; i++)
        if (!used.has(`${base}${i}`))
            return `${base}${i}`;
}
/**
 * The file-level list that brings named child_process functions in: the first
 * `import { ... } from 'child_process'`, else the first `const { ... } = require('child_process')`.
 * Every fix that needs a new `spawn` name adds it there, so their edits are identical and merge.
 */
function childProcessList(model) {
    let pattern = null;
    for (const s of model.sourceFile.statements) {
        if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && moduleName(s.moduleSpecifier.text) === 'child_process') {
            const named = s.importClause?.namedBindings;
            if (named && ts.isNamedImports(named) && !s.importClause?.isTypeOnly)
                return { open: named, items: named.elements, esm: true };
        }
        if (!pattern && ts.isVariableStatement(s)) {
            for (const d of s.declarationList.declarations) {
                if (ts.isObjectBindingPattern(d.name) && d.initializer && model.qualifiedName(d.initializer) === 'child_process') {
                    pattern = { open: d.name, items: d.name.elements, esm: false };
                }
            }
        }
    }
    return pattern;
}
/**
 * How to call child_process.spawn where `callee` (exec or execFile) is called: the same module
 * object (`cp.exec` -> `cp.spawn`), an existing `spawn` binding, or the import/require that brought
 * the functions in, extended with `spawn` (or turned into `spawn` when this call was the file's
 * only call of an imported exec/execFile).
 */
export function spawnCallee(model, source, callee) {
    const sf = model.sourceFile;
    const c = skipOuter(callee);
    if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.name))
        return [replaceNode(sf, c.name, 'spawn')];
    if (ts.isElementAccessExpression(c)) {
        const q = quoteOf(sf, c);
        return [replaceNode(sf, c.argumentExpression, `${q}spawn${q}`)];
    }
    if (!ts.isIdentifier(c))
        return null;
    const top = [...model.declarationsOf(sf).values()];
    const existing = top.find((b) => model.bindingName(b) === 'child_process.spawn' && !shadowed(model, c, b.name));
    if (existing)
        return [replaceNode(sf, c, existing.name)];
    const binding = model.lookup(c);
    if (!binding)
        return null;
    const name = freshName(model, 'spawn');
    const decl = binding.id.parent;
    const direct = ts.isImportSpecifier(decl) || (ts.isBindingElement(decl) && binding.path?.length === 1 && !decl.initializer && !!binding.init && model.qualifiedName(binding.init) === 'child_process');
    if (direct && binding.scope === sf && model.references(binding).length === 1 && namedExecCalls(model) === 1) {
        const item = name === 'spawn' ? 'spawn' : ts.isImportSpecifier(decl) ? `spawn as ${name}` : `spawn: ${name}`;
        return [replaceNode(sf, decl, item), replaceNode(sf, c, name)];
    }
    const list = childProcessList(model);
    if (list) {
        const item = name === 'spawn' ? 'spawn' : list.esm ? `spawn as ${name}` : `spawn: ${name}`;
        return [...appendItems(source, sf, list.open, list.items, [item]), replaceNode(sf, c, name)];
    }
    const module = top.find((b) => model.bindingName(b) === 'child_process' && !shadowed(model, c, b.name));
    return module ? [replaceNode(sf, c, `${module.name}.spawn`)] : null;
}
/** Calls of exec/execFile through a bare name, in the whole file. */
function namedExecCalls(model) {
    return model.callsTo(EXEC_NAMES).filter(({ call }) => ts.isIdentifier(skipOuter(call.expression))).length;
}
const EXEC_NAMES = new Set(['child_process.exec', 'child_process.execFile']);
/** Would `name` written at `at` mean something other than the file-level binding? */
function shadowed(model, at, name) {
    const top = model.declarationsOf(model.sourceFile).get(name);
    for (let n = at.parent; n && n !== model.sourceFile; n = n.parent) {
        const local = model.declarationsOf(n).get(name);
        if (local && local !== top)
            return true;
    }
    return false;
}
