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
 * Sets the options so the child's fds in `ignore` (1 stdout, 2 stderr) go to /dev/null. With no
 * `stdio` yet, every fd the code does not use (`used`: 0 stdin, 1, 2) is ignored too: plain
 * `'ignore'` when that is all of them, else an array that keeps the used ones as pipes (fork's
 * array needs 'ipc'). An inline `'pipe'` string or array entry is replaced in place.
 */
/**
 * The parts of a stdio entry to set to 'ignore': the entry itself, or in a conditional the
 * branches written as a pipe ('pipe', 'overlapped', null, undefined). null when a branch is
 * neither a literal nor such a conditional, which the fix does not guess at.
 */
function pipingBranches(el) {
    const c = skipOuter(el);
    if (!ts.isConditionalExpression(c))
        return [el];
    const out = [];
    for (const b of [c.whenTrue, c.whenFalse]) {
        const v = skipOuter(b);
        if (ts.isConditionalExpression(v)) {
            const inner = pipingBranches(v);
            if (!inner)
                return null;
            out.push(...inner);
        }
        else if (ts.isStringLiteralLike(v)) {
            if (v.text === 'pipe' || v.text === 'overlapped')
                out.push(b);
        }
        else if (v.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(v) && v.text === 'undefined'))
            out.push(b);
        else if (!ts.isPropertyAccessExpression(v) && !ts.isNumericLiteral(v))
            return null;
    }
    return out;
}
export function ignoreStreamEdits(source, sf, call, options, config, ignore, used, fork) {
    const q = quoteOf(sf, call);
    const str = (v) => `${q}${v}${q}`;
    const values = [0, 1, 2].map((fd) => (!ignore.has(fd) && used.has(fd) ? 'pipe' : 'ignore'));
    // fork turns a string into an array with 'ipc' itself.
    const allIgnored = values.every((v) => v === 'ignore');
    const whole = allIgnored ? str('ignore') : `[${[...values.map(str), ...(fork ? [str('ipc')] : [])].join(', ')}]`;
    if (config.stdio) {
        if (!options.inline)
            return null;
        const value = skipOuter(config.stdio.initializer);
        if (ts.isStringLiteralLike(value)) {
            // 'pipe' for all three: keep the others as pipes, they were.
            const kept = `[${[0, 1, 2].map((fd) => str(ignore.has(fd) ? 'ignore' : 'pipe')).join(', ')}${fork ? `, ${str('ipc')}` : ''}]`;
            return { edits: [replaceNode(sf, value, kept)], wrote: `stdio: ${kept}` };
        }
        if (!ts.isArrayLiteralExpression(value))
            return null;
        const els = value.elements;
        const edits = [];
        const wrote = [];
        const missing = [];
        for (let fd = 0; fd <= Math.max(...ignore); fd++) {
            const el = els[fd];
            if (el) {
                if (!ignore.has(fd))
                    continue;
                if (ts.isOmittedExpression(el))
                    return null;
                // Ex) verbose ? process.stdout : 'pipe': only the branches that pipe change.
                const piped = pipingBranches(el);
                if (!piped)
                    return null;
                for (const b of piped)
                    edits.push(replaceNode(sf, b, str('ignore')));
                wrote.push(`stdio[${fd}]: ${str('ignore')}`);
            }
            else
                missing.push(str(ignore.has(fd) ? 'ignore' : 'pipe'));
        }
        if (missing.length) {
            const last = els[els.length - 1];
            if (last)
                edits.push({ start: last.end, end: last.end, content: `, ${missing.join(', ')}` });
            else
                edits.push(replaceNode(sf, value, `[${missing.join(', ')}]`));
            wrote.push(`${missing.join(', ')} appended to stdio`);
        }
        return { edits, wrote: wrote.join(', ') };
    }
    const wrote = `stdio: ${whole}`;
    if (options.object)
        return options.inline ? { edits: appendItems(source, sf, options.object, options.object.properties, [wrote]), wrote } : null;
    if (options.arg)
        return { edits: [replaceNode(sf, options.arg, `{ ${wrote} }`)], wrote };
    const last = call.arguments[call.arguments.length - 1];
    return last ? { edits: [{ start: last.end, end: last.end, content: `, { ${wrote} }` }], wrote } : null;
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
 * The import specifier or destructured `require('child_process')` element that declares the
 * bare name `callee` calls (`import { exec }`, `const { exec: run } = require(...)`), at file
 * level: the declaration a fix may remove or reuse once no use of the name is left.
 */
export function importedName(model, callee) {
    const c = skipOuter(callee);
    if (!ts.isIdentifier(c))
        return null;
    const binding = model.lookup(c);
    const decl = binding?.id.parent;
    if (!binding || !decl || binding.scope !== model.sourceFile)
        return null;
    if (ts.isImportSpecifier(decl))
        return { binding, decl };
    if (ts.isBindingElement(decl) && binding.path?.length === 1 && !decl.initializer && !!binding.init && model.qualifiedName(binding.init) === 'child_process')
        return { binding, decl };
    return null;
}
/**
 * How to call child_process.spawn where `callee` (exec or execFile) is called: the same module
 * object (`cp.exec` -> `cp.spawn`), an existing `spawn` binding, or the import/require that brought
 * the functions in, extended with `spawn` (or turned into `spawn` when the calls this fix rewrites
 * are the file's only calls of an imported exec/execFile). `rewritten` holds the callee names of
 * every call the same fix rewrites: when they are all the uses of the imported name, the name
 * goes (an import left unused is TS6133 under noUnusedLocals).
 */
export function spawnCallee(model, source, callee, rewritten) {
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
    const binding = model.lookup(c);
    const imported = importedName(model, c);
    const refs = imported ? model.references(imported.binding) : [];
    const lastUse = !!imported && refs.length > 0 && refs.every((r) => rewritten.has(r));
    const decl = imported?.decl;
    const existing = top.find((b) => model.bindingName(b) === 'child_process.spawn' && !shadowed(model, c, b.name));
    if (existing)
        return [replaceNode(sf, c, existing.name), ...(lastUse ? removeListItem(sf, decl) : [])];
    if (!binding)
        return null;
    const name = freshName(model, 'spawn');
    if (lastUse && namedExecCalls(model) === refs.length) {
        const item = name === 'spawn' ? 'spawn' : ts.isImportSpecifier(decl) ? `spawn as ${name}` : `spawn: ${name}`;
        return [replaceNode(sf, decl, item), replaceNode(sf, c, name)];
    }
    const list = childProcessList(model);
    if (list) {
        const item = name === 'spawn' ? 'spawn' : list.esm ? `spawn as ${name}` : `spawn: ${name}`;
        const dead = lastUse && list.items.includes(decl) ? removeListItem(sf, decl) : [];
        return [...appendItems(source, sf, list.open, list.items, [item]), replaceNode(sf, c, name), ...dead];
    }
    const module = top.find((b) => model.bindingName(b) === 'child_process' && !shadowed(model, c, b.name));
    return module ? [replaceNode(sf, c, `${module.name}.spawn`)] : null;
}
/**
 * Removes one item of an import or destructuring list with its comma: `{ exec, spawn }` ->
 * `{ spawn }`. The only item of a list is left alone (no edit): removing the whole statement
 * could drop a side effect or a comment.
 */
function removeListItem(sf, item) {
    const list = item.parent;
    const items = list.elements;
    const i = items.indexOf(item);
    if (i < 0 || items.length < 2)
        return [];
    if (i < items.length - 1)
        return [{ start: item.getStart(sf), end: items[i + 1].getStart(sf), content: '' }];
    return [{ start: items[i - 1].end, end: item.end, content: '' }];
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
