import { ts } from './load.js';
export function isFunctionLike(node) {
    switch (node.kind) {
        case ts.SyntaxKind.FunctionDeclaration:
        case ts.SyntaxKind.FunctionExpression:
        case ts.SyntaxKind.ArrowFunction:
        case ts.SyntaxKind.MethodDeclaration:
        case ts.SyntaxKind.Constructor:
        case ts.SyntaxKind.GetAccessor:
        case ts.SyntaxKind.SetAccessor:
            return true;
        default:
            return false;
    }
}
/** Scopes that receive hoisted `var`s. */
function isVarScope(node) {
    return ts.isSourceFile(node) || isFunctionLike(node) || ts.isModuleBlock(node) || ts.isClassStaticBlockDeclaration(node);
}
function isScope(node) {
    if (isVarScope(node))
        return true;
    switch (node.kind) {
        case ts.SyntaxKind.Block:
            // A function's body block is the function's scope, not a scope of its own.
            return !(isFunctionLike(node.parent) || ts.isClassStaticBlockDeclaration(node.parent));
        case ts.SyntaxKind.CaseBlock:
        case ts.SyntaxKind.ForStatement:
        case ts.SyntaxKind.ForInStatement:
        case ts.SyntaxKind.ForOfStatement:
        case ts.SyntaxKind.CatchClause:
            return true;
        default:
            return false;
    }
}
function isBlockScopedList(list) {
    return (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) !== 0;
}
function listKind(list) {
    if (list.flags & ts.NodeFlags.Let)
        return 'let';
    return isBlockScopedList(list) ? 'const' : 'var';
}
/** Name of a property key, when it is static. */
export function propertyKey(name) {
    if (!name)
        return null;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name))
        return name.text;
    if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression))
        return name.expression.text;
    return null;
}
export class ScopeModel {
    sourceFile;
    declarations = new Map();
    referenceIndex = null;
    referenceCache = new Map();
    allNames = null;
    constructor(sourceFile) {
        this.sourceFile = sourceFile;
    }
    /** The binding an identifier in expression position refers to; null for globals. */
    lookup(id) {
        const name = id.text;
        for (let n = id.parent; n; n = n.parent) {
            if (!isScope(n))
                continue;
            const b = this.declarationsOf(n).get(name);
            if (b)
                return b;
        }
        return null;
    }
    /** Reads of a binding (every identifier in expression position that resolves to it). */
    references(b) {
        let refs = this.referenceCache.get(b);
        if (refs)
            return refs;
        const start = b.scope.pos;
        const end = b.scope.end;
        refs = (this.index().get(b.name) ?? []).filter((id) => id !== b.id && id.pos >= start && id.end <= end && this.lookup(id) === b);
        this.referenceCache.set(b, refs);
        return refs;
    }
    /** `let`/`var` assigned again after its declaration, so its initializer is not its value. */
    isReassigned(b) {
        if (b.kind === 'const' || b.kind === 'import')
            return false;
        return this.references(b).some((r) => isWriteTarget(r));
    }
    /** Every identifier in the file that is not a property name after a dot, to pick a fresh one. */
    identifierNames() {
        if (this.allNames)
            return this.allNames;
        const names = new Set();
        const visit = (node) => {
            if (ts.isIdentifier(node)) {
                if (!(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node))
                    names.add(node.text);
                return;
            }
            ts.forEachChild(node, visit);
        };
        visit(this.sourceFile);
        this.allNames = names;
        return names;
    }
    declarationsOf(scope) {
        let map = this.declarations.get(scope);
        if (map)
            return map;
        map = new Map();
        this.declarations.set(scope, map);
        const into = map;
        const add = (id, kind, decl, extra = {}) => {
            // The first declaration wins: `var x; var x = ...` redeclares the same variable.
            if (!into.has(id.text))
                into.set(id.text, { name: id.text, kind, id, scope, decl, ...extra });
        };
        const addPattern = (name, kind, decl, init, path) => {
            if (ts.isIdentifier(name)) {
                add(name, kind, decl, { init, path });
                return;
            }
            for (const el of name.elements) {
                if (ts.isOmittedExpression(el))
                    continue;
                let sub = null;
                if (ts.isObjectBindingPattern(name) && !el.dotDotDotToken && path) {
                    const key = el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
                    sub = key === null ? null : [...path, key];
                }
                addPattern(el.name, kind, decl, init, sub);
            }
        };
        const addList = (list) => {
            const kind = listKind(list);
            for (const d of list.declarations)
                addPattern(d.name, kind, d, d.initializer, []);
        };
        const addStatement = (s) => {
            if (ts.isVariableStatement(s)) {
                if (isBlockScopedList(s.declarationList))
                    addList(s.declarationList);
            }
            else if (ts.isFunctionDeclaration(s) && s.name) {
                add(s.name, 'function', s);
            }
            else if (ts.isClassDeclaration(s) && s.name) {
                add(s.name, 'class', s);
            }
            else if ((ts.isEnumDeclaration(s) || ts.isModuleDeclaration(s)) && ts.isIdentifier(s.name)) {
                add(s.name, 'other', s);
            }
            else if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.importClause) {
                const module = s.moduleSpecifier.text;
                const clause = s.importClause;
                if (clause.name)
                    add(clause.name, 'import', clause, { module, imported: 'default' });
                const named = clause.namedBindings;
                if (named && ts.isNamespaceImport(named))
                    add(named.name, 'import', named, { module, imported: '*' });
                if (named && ts.isNamedImports(named)) {
                    for (const el of named.elements)
                        add(el.name, 'import', el, { module, imported: (el.propertyName ?? el.name).text });
                }
            }
            else if (ts.isImportEqualsDeclaration(s)) {
                const ref = s.moduleReference;
                if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
                    add(s.name, 'import', s, { module: ref.expression.text, imported: '*' });
                }
                else
                    add(s.name, 'other', s);
            }
        };
        let statements = [];
        if (isFunctionLike(scope)) {
            if (ts.isFunctionExpression(scope) && scope.name)
                add(scope.name, 'function', scope);
            for (const p of scope.parameters)
                addPattern(p.name, 'param', p, undefined, null);
            if (scope.body && ts.isBlock(scope.body))
                statements = scope.body.statements;
        }
        else if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
            statements = scope.statements;
        }
        else if (ts.isClassStaticBlockDeclaration(scope)) {
            statements = scope.body.statements;
        }
        else if (ts.isCaseBlock(scope)) {
            statements = scope.clauses.flatMap((c) => [...c.statements]);
        }
        else if (ts.isCatchClause(scope)) {
            if (scope.variableDeclaration)
                addPattern(scope.variableDeclaration.name, 'catch', scope.variableDeclaration, undefined, null);
        }
        else if (ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) {
            const init = scope.initializer;
            if (init && ts.isVariableDeclarationList(init) && isBlockScopedList(init))
                addList(init);
        }
        for (const s of statements)
            addStatement(s);
        if (isVarScope(scope))
            this.hoistVars(scope, addList);
        return map;
    }
    /** `var` anywhere in the function (outside nested functions) belongs to the function. */
    hoistVars(scope, addList) {
        const visit = (node) => {
            if (node !== scope && (isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)))
                return;
            if (ts.isVariableDeclarationList(node) && !isBlockScopedList(node))
                addList(node);
            ts.forEachChild(node, visit);
        };
        const body = isFunctionLike(scope) ? scope.body : scope;
        if (body)
            visit(body);
    }
    index() {
        if (this.referenceIndex)
            return this.referenceIndex;
        const index = new Map();
        const visit = (node) => {
            if (ts.isIdentifier(node)) {
                if (isReferencePosition(node)) {
                    const list = index.get(node.text);
                    if (list)
                        list.push(node);
                    else
                        index.set(node.text, [node]);
                }
                return;
            }
            ts.forEachChild(node, visit);
        };
        visit(this.sourceFile);
        this.referenceIndex = index;
        return index;
    }
}
/** An identifier that reads (or writes) a variable, not a property name, label or declaration. */
export function isReferencePosition(id) {
    const p = id.parent;
    switch (p.kind) {
        case ts.SyntaxKind.PropertyAccessExpression:
            return p.expression === id;
        case ts.SyntaxKind.BindingElement:
            return p.initializer === id;
        case ts.SyntaxKind.ExportSpecifier: {
            const spec = p;
            return !spec.parent.parent.moduleSpecifier && (spec.propertyName ?? spec.name) === id;
        }
        case ts.SyntaxKind.ShorthandPropertyAssignment:
            return true;
        case ts.SyntaxKind.LabeledStatement:
        case ts.SyntaxKind.BreakStatement:
        case ts.SyntaxKind.ContinueStatement:
        case ts.SyntaxKind.MetaProperty:
        case ts.SyntaxKind.QualifiedName:
        case ts.SyntaxKind.TypeReference:
        case ts.SyntaxKind.ImportSpecifier:
        case ts.SyntaxKind.ImportClause:
        case ts.SyntaxKind.NamespaceImport:
        case ts.SyntaxKind.ImportEqualsDeclaration:
            return false;
        default:
            // Declarations and property keys name the node; their value or body is the reference.
            return !('name' in p && p.name === id);
    }
}
/** `x = ...`, `x += ...`, `x++`, `for (x of ...)`: the identifier is written, not read. */
export function isWriteTarget(id) {
    let e = id;
    while (ts.isParenthesizedExpression(e.parent))
        e = e.parent;
    const p = e.parent;
    if (ts.isBinaryExpression(p)) {
        const op = p.operatorToken.kind;
        return p.left === e && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
    }
    if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
        return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
    }
    if (ts.isForInStatement(p) || ts.isForOfStatement(p))
        return p.initializer === e;
    return false;
}
